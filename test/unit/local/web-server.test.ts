import { mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startWebServer } from '../../../infra/local/web';

const config = { apiUrl: 'http://127.0.0.1:3000', auth: { domain: 'http://127.0.0.1:8090', clientId: 'ticketflow-local' } };
let workDir: string;
let distDir: string;
let web: { endpoint: string; stop(): Promise<void> };

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'ticketflow-web-'));
  distDir = path.join(workDir, 'dist');
  mkdirSync(path.join(distDir, 'assets'), { recursive: true });
  writeFileSync(path.join(distDir, 'index.html'), '<!doctype html><title>app</title>');
  writeFileSync(path.join(distDir, 'assets', 'index-abc.js'), 'console.log(1)');
  writeFileSync(path.join(workDir, 'secret.txt'), 'outside');
  web = await startWebServer({ host: '127.0.0.1', port: 0, distDir, config, uploadOrigins: ['http://127.0.0.1:4566/ticketflow-files'] });
});
afterAll(async () => {
  await web.stop();
  rmSync(workDir, { recursive: true, force: true });
});

describe('the local web server', () => {
  it('serves the deployment’s settings at /config.json', async () => {
    const response = await fetch(`${web.endpoint}/config.json`);
    expect(await response.json()).toEqual(config);
  });

  it('answers every app path, such as an email’s ticket link, with the app', async () => {
    const response = await fetch(`${web.endpoint}/tickets/48271935`);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('text/html; charset=utf-8');
    expect(await response.text()).toBe('<!doctype html><title>app</title>');
  });

  it('serves the built files, hashed assets cached for good', async () => {
    const response = await fetch(`${web.endpoint}/assets/index-abc.js`);
    expect(response.headers.get('content-type')).toBe('text/javascript; charset=utf-8');
    expect(response.headers.get('cache-control')).toBe('public, max-age=31536000, immutable');
  });

  it('sends a content security policy that lets the app reach only itself, the API, the sign-in domain and the files bucket', async () => {
    const csp = (await fetch(`${web.endpoint}/`)).headers.get('content-security-policy') ?? '';
    expect(csp).toContain("script-src 'self'");
    expect(csp).toContain("connect-src 'self' http://127.0.0.1:3000 http://127.0.0.1:8090 http://127.0.0.1:4566;");
    expect(csp).toContain("frame-ancestors 'none'");
  });

  it('never serves a file outside its folder', async () => {
    const response = await fetch(`${web.endpoint}/..%2Fsecret.txt`);
    expect(await response.text()).not.toContain('outside');
  });
});
