import type { Server } from 'node:http';
import type { AddressInfo } from 'node:net';

/** A local HTTP server that is listening, and how to stop it. */
export interface Listening {
  readonly endpoint: string;
  /** Closes the server and every open connection, keep-alive ones included. */
  close(): Promise<void>;
}

/**
 * Starts `server` on host:port and reports its endpoint.
 * @throws the listen error (for example EADDRINUSE when the port is taken).
 */
export async function listen(server: Server, host: string, port: number): Promise<Listening> {
  await new Promise<void>((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      server.off('error', reject);
      resolve();
    });
  });
  const address = server.address() as AddressInfo;
  return {
    endpoint: `http://${host}:${address.port}`,
    close: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
