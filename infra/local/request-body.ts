import type { IncomingMessage } from 'node:http';

/**
 * Reads a local server's request body whole, or `'tooLarge'` past `maxBytes`: past the limit it
 * keeps draining (so the client can read the refusal) but keeps nothing.
 */
export function readBody(request: IncomingMessage, maxBytes: number): Promise<Buffer | 'tooLarge'> {
  return new Promise((resolve, reject) => {
    const chunks: Buffer[] = [];
    let size = 0;
    request.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size <= maxBytes) chunks.push(chunk);
    });
    request.once('end', () => resolve(size > maxBytes ? 'tooLarge' : Buffer.concat(chunks)));
    request.once('error', reject);
  });
}
