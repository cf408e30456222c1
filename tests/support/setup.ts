import { afterAll, afterEach, beforeAll } from 'vitest';
import { server } from './msw-server';

// Every test, in Node or in a DOM: any request a test did not mock is an error, so the app can
// never reach the network unnoticed.
beforeAll(() => server.listen({ onUnhandledRequest: 'error' }));
afterEach(() => server.resetHandlers());
afterAll(() => server.close());
