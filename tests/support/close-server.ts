import type { Server } from 'node:http';

/**
 * Stops a test server at once. `server.close()` alone waits for every open connection, and a
 * browser keeps keep-alive connections (or a favicon request) open to whatever page it shows last:
 * on a busy machine that wait outlasted a test's whole time.
 */
export function closeServer(server: Server): Promise<void> {
  return new Promise<void>((done, fail) => {
    server.close((error) => (error ? fail(error) : done()));
    server.closeAllConnections();
  });
}
