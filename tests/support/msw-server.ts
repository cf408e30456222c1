import { setupServer } from 'msw/node';

/** The one MSW server of the unit tests; tests add handlers for the boundaries they exercise. */
export const server = setupServer();
