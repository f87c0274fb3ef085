import { describe, expect, inject, it } from 'vitest';
import { callApi, signIn } from '../../support/api';

// The local cloud answers CORS for its own web app's origin.
const frontEnd = inject('localCloud').web;

describe('CORS on the local API, as the HTTP API answers browsers', () => {
  it('answers a preflight from a configured origin with what the browser may send', async () => {
    const response = await callApi('OPTIONS', '/v1/tickets', {
      headers: { origin: frontEnd, 'access-control-request-method': 'POST', 'access-control-request-headers': 'authorization,content-type' },
    });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBe(frontEnd);
    expect(response.headers.get('access-control-allow-methods')).toContain('POST');
    expect(response.headers.get('access-control-allow-headers')).toContain('idempotency-key');
  });

  it('gives an unknown origin no permission', async () => {
    const response = await callApi('OPTIONS', '/v1/tickets', { headers: { origin: 'https://evil.example', 'access-control-request-method': 'POST' } });
    expect(response.status).toBe(204);
    expect(response.headers.get('access-control-allow-origin')).toBeNull();
  });

  it('lets a configured origin read a response and its replay header', async () => {
    const user = await signIn();
    const response = await user.request('GET', '/v1/me', { headers: { origin: frontEnd } });
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(frontEnd);
    expect(response.headers.get('access-control-expose-headers')).toContain('idempotent-replayed');
  });
});
