import { StrictMode, useState } from 'react';
import { createRoot } from 'react-dom/client';

// The reference for `npm run bench`: the smallest React page, built by the app's own Vite config.
// Its button appears, ready to press, as soon as React has rendered.
function Bare() {
  const [pressed, setPressed] = useState(false);
  return (
    <main>
      <h1>Signaal</h1>
      <button type="button" aria-pressed={pressed} onClick={() => setPressed(!pressed)}>
        Start
      </button>
    </main>
  );
}

const root = document.getElementById('root');
if (root) {
  createRoot(root).render(
    <StrictMode>
      <Bare />
    </StrictMode>,
  );
}
