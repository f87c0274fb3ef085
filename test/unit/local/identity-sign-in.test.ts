import { createHash } from 'node:crypto';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createRemoteJWKSet, decodeJwt, jwtVerify } from 'jose';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { startIdentityProvider, subjectOf, type IdentityProvider } from '../../../infra/local/identity';

/*
 * The local identity provider's authorization code flow with PKCE, as the web app (and Cognito's
 * managed login) uses it: the sign-in page, the code redirected to the app, the token exchange.
 */

const app = 'http://127.0.0.1:5173';
const redirectUri = `${app}/signed-in`;
const verifier = 'a-verifier-of-at-least-forty-three-characters-0123456789';
const challenge = createHash('sha256').update(verifier).digest('base64url');
let workDir: string;
let identity: IdentityProvider;

beforeAll(async () => {
  workDir = mkdtempSync(path.join(tmpdir(), 'ticketflow-sign-in-'));
  identity = await startIdentityProvider({ host: '127.0.0.1', port: 0, keyDir: path.join(workDir, 'keys'), allowedOrigins: [app] });
});
afterAll(async () => {
  await identity.stop();
  rmSync(workDir, { recursive: true, force: true });
});

const authorizeQuery = (overrides: Record<string, string> = {}) =>
  new URLSearchParams({
    response_type: 'code',
    client_id: identity.audience,
    redirect_uri: redirectUri,
    state: 'state-123',
    code_challenge: challenge,
    code_challenge_method: 'S256',
    scope: 'openid email profile',
    ...overrides,
  });

/** Signs in on the page's form and returns the redirect the browser would follow. */
async function signIn(fields: Record<string, string>): Promise<Response> {
  return fetch(`${identity.endpoint}/oauth2/authorize`, {
    method: 'POST',
    redirect: 'manual',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({ ...Object.fromEntries(authorizeQuery()), ...fields }),
  });
}

async function codeFor(fields: Record<string, string>): Promise<string> {
  const response = await signIn(fields);
  expect(response.status).toBe(302);
  const location = new URL(response.headers.get('location') ?? '');
  expect(`${location.origin}${location.pathname}`).toBe(redirectUri);
  expect(location.searchParams.get('state')).toBe('state-123');
  return location.searchParams.get('code') ?? '';
}

const exchange = (code: string, overrides: Record<string, string> = {}) =>
  fetch(`${identity.endpoint}/oauth2/token`, {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded', origin: app },
    body: new URLSearchParams({ grant_type: 'authorization_code', client_id: identity.audience, code, redirect_uri: redirectUri, code_verifier: verifier, ...overrides }),
  });

describe('signing in on the local identity provider', () => {
  it('shows a sign-in page asking for an email, a name and the agent choice', async () => {
    const response = await fetch(`${identity.endpoint}/oauth2/authorize?${authorizeQuery()}`);
    expect(response.status).toBe(200);
    const page = await response.text();
    expect(page).toContain('<label for="email">Email</label>');
    expect(page).toContain('<label for="name">Name</label>');
    expect(page).toContain('Sign in as a support agent (local only)');
    expect(page).toContain(`value="${challenge}"`);
  });

  it('exchanges the code and its PKCE verifier for an ID token the API accepts, with the email, name and group chosen', async () => {
    const response = await exchange(await codeFor({ email: 'Alice@Example.com', name: 'Alice', agent: 'yes' }));
    expect(response.status).toBe(200);
    expect(response.headers.get('access-control-allow-origin')).toBe(app);
    const body = (await response.json()) as { id_token: string; access_token: string; token_type: string; expires_in: number };
    expect(body).toMatchObject({ token_type: 'Bearer', expires_in: 3600 });
    const { payload } = await jwtVerify(body.id_token, createRemoteJWKSet(new URL(`${identity.issuer}/.well-known/jwks.json`)), {
      issuer: identity.issuer,
      audience: identity.audience,
    });
    expect(payload).toMatchObject({
      sub: subjectOf('alice@example.com'),
      email: 'Alice@Example.com',
      email_verified: true,
      name: 'Alice',
      'cognito:groups': ['agents'],
      token_use: 'id',
    });
    expect(decodeJwt(body.access_token)).toMatchObject({ token_use: 'access', client_id: identity.audience, sub: subjectOf('alice@example.com') });
  });

  it('gives a customer no groups claim', async () => {
    const body = (await (await exchange(await codeFor({ email: 'carol@example.com', name: '' }))).json()) as { id_token: string };
    expect(decodeJwt(body.id_token)).not.toHaveProperty('cognito:groups');
  });

  it('refuses a wrong verifier, and the code once used', async () => {
    const code = await codeFor({ email: 'dave@example.com' });
    const wrong = await exchange(code, { code_verifier: 'another-verifier-of-at-least-forty-three-chars-000' });
    expect(wrong.status).toBe(400);
    expect(await wrong.json()).toMatchObject({ error: 'invalid_grant' });
    const again = await exchange(code);
    expect(again.status).toBe(400);
    expect(await again.json()).toMatchObject({ error: 'invalid_grant', error_description: 'The authorization code is unknown, used or expired.' });
  });

  it('refuses a code exchanged for another redirect URI', async () => {
    const response = await exchange(await codeFor({ email: 'erin@example.com' }), { redirect_uri: `${app}/elsewhere` });
    expect(await response.json()).toMatchObject({ error: 'invalid_grant' });
  });

  it('sends nobody to a redirect URI outside the app, nor signs in without PKCE', async () => {
    const foreign = await fetch(`${identity.endpoint}/oauth2/authorize?${authorizeQuery({ redirect_uri: 'https://evil.example/cb' })}`);
    expect(foreign.status).toBe(400);
    expect(await foreign.text()).toContain('is not on an allowed origin');
    const noPkce = await fetch(`${identity.endpoint}/oauth2/authorize?${authorizeQuery({ code_challenge: '' })}`);
    expect(noPkce.status).toBe(400);
    expect(await noPkce.text()).toContain('PKCE');
  });

  it('asks again, on the page, for an email that is not one', async () => {
    const response = await signIn({ email: 'not-an-email' });
    expect(response.status).toBe(400);
    expect(await response.text()).toContain('Enter an email address');
  });

  it('signs out back to the app, and only to the app', async () => {
    const out = await fetch(`${identity.endpoint}/logout?client_id=${identity.audience}&logout_uri=${encodeURIComponent(`${app}/`)}`, { redirect: 'manual' });
    expect(out.status).toBe(302);
    expect(out.headers.get('location')).toBe(`${app}/`);
    const elsewhere = await fetch(`${identity.endpoint}/logout?client_id=${identity.audience}&logout_uri=https://evil.example/`, { redirect: 'manual' });
    expect(elsewhere.status).toBe(400);
  });
});
