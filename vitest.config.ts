import react from '@vitejs/plugin-react';
import { defineConfig } from 'vitest/config';
import { signaalContent } from './src/content/vite-plugin';

export default defineConfig({
  plugins: [react(), signaalContent()],
  test: {
    environment: 'happy-dom',
    include: ['tests/**/*.test.{ts,tsx}'],
    exclude: ['tests/e2e/**', 'node_modules/**'],
    setupFiles: ['tests/support/setup.ts'],
    restoreMocks: true,
  },
});
