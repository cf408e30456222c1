import '@testing-library/jest-dom/vitest';
import { cleanup } from '@testing-library/react';
import { afterEach } from 'vitest';

// Tests in a DOM (components, stores, browser integrations) start each test from an empty page
// and empty storage.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
