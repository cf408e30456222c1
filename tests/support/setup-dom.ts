import '@testing-library/jest-dom/vitest';
import { cleanup, configure } from '@testing-library/react';
import { afterEach } from 'vitest';

// A lazy screen can take more than the default second to arrive when two cores are shared with a
// browser and a build; what never appears still fails, after five.
configure({ asyncUtilTimeout: 5_000 });

// Tests in a DOM (components, stores, browser integrations) start each test from an empty page
// and empty storage.
afterEach(() => {
  cleanup();
  localStorage.clear();
});
