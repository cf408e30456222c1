import react from '@vitejs/plugin-react';
import { defineConfig } from 'vite';
import { signaalContent } from './src/content/vite-plugin';

export default defineConfig({
  // Relative base: the build runs from any static host, a subfolder, or inside an LMS package.
  base: './',
  plugins: [react(), signaalContent()],
  build: {
    manifest: true,
    target: 'es2022',
    sourcemap: false,
  },
  preview: { host: '127.0.0.1', port: 4173, strictPort: true },
});
