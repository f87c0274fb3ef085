import { createReadStream } from 'node:fs';
import { stat } from 'node:fs/promises';
import { createServer } from 'node:http';
import path from 'node:path';
import { listen } from './listen';

/** What the app reads at /config.json: where the API is, and the user pool's hosted domain and app client. */
export interface WebAppConfig {
  readonly apiUrl: string;
  readonly auth: { readonly domain: string; readonly clientId: string };
}

const contentTypes: Readonly<Record<string, string>> = {
  '.html': 'text/html; charset=utf-8',
  '.js': 'text/javascript; charset=utf-8',
  '.css': 'text/css; charset=utf-8',
  '.json': 'application/json',
  '.svg': 'image/svg+xml',
  '.png': 'image/png',
  '.ico': 'image/x-icon',
  '.woff2': 'font/woff2',
};

/**
 * The security headers the web distribution sends in AWS (issue 12's CloudFront part), applied
 * locally too so that the app is tried under the same content security policy.
 */
export function securityHeaders(config: WebAppConfig, uploadOrigins: readonly string[] = []): Record<string, string> {
  // Attachments are posted by the browser straight to the files bucket (a presigned POST), so its origin is reachable too.
  const connect = [...new Set(["'self'", new URL(config.apiUrl).origin, new URL(config.auth.domain).origin, ...uploadOrigins.map((o) => new URL(o).origin)])].join(' ');
  return {
    'content-security-policy': `default-src 'self'; script-src 'self'; style-src 'self'; img-src 'self' data:; connect-src ${connect}; form-action 'self' ${new URL(config.auth.domain).origin}; frame-ancestors 'none'; base-uri 'self'; object-src 'none'`,
    'x-content-type-options': 'nosniff',
    'referrer-policy': 'strict-origin-when-cross-origin',
    'x-frame-options': 'DENY',
  };
}

/**
 * Serves the built web app from `distDir` as the web distribution will: its files, `index.html`
 * for every other path (the app routes in the browser, so an email's /tickets/48271935 opens the
 * ticket), and `/config.json` for this deployment.
 * @throws Error when the port is taken.
 */
export async function startWebServer(o: {
  host: string;
  port: number;
  distDir: string;
  config: WebAppConfig;
  uploadOrigins?: readonly string[];
}): Promise<{ endpoint: string; stop(): Promise<void> }> {
  const headers = securityHeaders(o.config, o.uploadOrigins);
  const configBody = JSON.stringify(o.config);
  const root = path.resolve(o.distDir);
  const server = createServer((request, response) => {
    void (async () => {
      const pathname = decodeURIComponent(new URL(request.url ?? '/', 'http://local').pathname);
      if (request.method !== 'GET' && request.method !== 'HEAD') {
        response.writeHead(405, { allow: 'GET, HEAD' }).end();
        return;
      }
      if (pathname === '/config.json') {
        response.writeHead(200, { ...headers, 'content-type': 'application/json', 'cache-control': 'no-store' }).end(configBody);
        return;
      }
      const file = path.resolve(root, `.${pathname}`);
      const inside = file.startsWith(`${root}${path.sep}`);
      const found = inside ? await stat(file).catch(() => undefined) : undefined;
      const served = found?.isFile() ? file : path.join(root, 'index.html');
      const immutable = found?.isFile() && pathname.startsWith('/assets/');
      response.writeHead(200, {
        ...headers,
        'content-type': contentTypes[path.extname(served)] ?? 'application/octet-stream',
        'cache-control': immutable ? 'public, max-age=31536000, immutable' : 'no-cache',
      });
      if (request.method === 'HEAD') response.end();
      else createReadStream(served).pipe(response);
    })().catch(() => {
      if (!response.headersSent) response.writeHead(500);
      response.end();
    });
  });
  const listening = await listen(server, o.host, o.port);
  return { endpoint: listening.endpoint, stop: () => listening.close() };
}
