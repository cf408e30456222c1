import { StrictMode } from 'react';
import { createRoot } from 'react-dom/client';
import { Bare } from './bare';

// The reference for `npm run bench`: the smallest React page, built by the app's own Vite config.
// Its button appears, ready to press, as soon as React has rendered.
const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Bare heading="Signaal" />
    </StrictMode>,
  );
}
