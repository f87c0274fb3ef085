import type { Server } from 'node:http';
import * as sesPackage from 'aws-ses-v2-local';

type ServeSes = (config: { host: string; port: number }) => Promise<Server>;
// A CommonJS module with an `exports.default`: Node's ESM loader and bundlers unwrap it differently.
const imported = sesPackage.default as unknown as ServeSes | { default: ServeSes };
const serveSes: ServeSes = typeof imported === 'function' ? imported : imported.default;

/** A running local SES (aws-ses-v2-local): SES v1 and v2 APIs, a page of sent mail and `/store`. */
export interface LocalSes {
  readonly endpoint: string;
  stop(): Promise<void>;
}

/** Starts the local SES on the given host and port. */
export async function startSes(options: { host: string; port: number }): Promise<LocalSes> {
  const server: Server = await serveSes({ host: options.host, port: options.port });
  // Express 5 hands a listen error to the callback and the package resolves anyway.
  if (!server.listening) throw new Error(`Local SES could not listen on ${options.host}:${options.port} (is the port in use?)`);
  return {
    endpoint: `http://${options.host}:${options.port}`,
    stop: () =>
      new Promise<void>((resolve) => {
        server.close(() => resolve());
        server.closeAllConnections();
      }),
  };
}
