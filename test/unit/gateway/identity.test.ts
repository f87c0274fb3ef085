import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { createLocalJWKSet, decodeJwt, decodeProtectedHeader, jwtVerify } from 'jose';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { issueToken, localAudience, localIssuer, subjectOf } from '../../../infra/local/identity';
import { loadSigningKey } from '../../../infra/local/identity/signing-key';

let keyDir: string;
const issuer = localIssuer('127.0.0.1', 8090);
const mint = (email: string, extra: { agent?: boolean; verified?: boolean; expiresInSeconds?: number } = {}) =>
  issueToken({ keyDir, issuer, audience: localAudience, email, ...extra });

beforeEach(() => {
  keyDir = path.join(mkdtempSync(path.join(tmpdir(), 'ticketflow-identity-')), 'keys');
});
afterEach(() => rmSync(path.dirname(keyDir), { recursive: true, force: true }));

describe('local ID tokens', () => {
  it('look like a Cognito ID token of a customer, without a groups claim', async () => {
    const claims = decodeJwt(await mint('alice@example.com'));
    expect(claims).toMatchObject({
      sub: subjectOf('alice@example.com'),
      email: 'alice@example.com',
      email_verified: true,
      'cognito:username': subjectOf('alice@example.com'),
      token_use: 'id',
      aud: 'ticketflow-local',
      iss: 'http://127.0.0.1:8090/local_pool',
    });
    expect(claims).not.toHaveProperty('cognito:groups');
    expect((claims.exp ?? 0) - (claims.iat ?? 0)).toBe(3600);
  });

  it('put agents in the agents group', async () => {
    expect(decodeJwt(await mint('bob@example.com', { agent: true }))['cognito:groups']).toEqual(['agents']);
  });

  it('give the same email the same sub every time, and another email another sub', async () => {
    const first = decodeJwt(await mint('carol@example.com')).sub;
    expect(decodeJwt(await mint('carol@example.com')).sub).toBe(first);
    expect(first).toMatch(/^[0-9a-f]{8}-[0-9a-f]{4}-5[0-9a-f]{3}-[89ab][0-9a-f]{3}-[0-9a-f]{12}$/);
    expect(decodeJwt(await mint('dave@example.com')).sub).not.toBe(first);
  });

  it('say the email is verified, as Cognito does after confirmation, unless asked for an unverified user', async () => {
    expect(decodeJwt(await mint('gina@example.com')).email_verified).toBe(true);
    expect(decodeJwt(await mint('gina@example.com', { verified: false })).email_verified).toBe(false);
  });

  it('carry the email as typed, one sub whatever its case', async () => {
    const claims = decodeJwt(await mint('Hank@Example.com'));
    expect(claims.email).toBe('Hank@Example.com');
    expect(claims.sub).toBe(decodeJwt(await mint('hank@example.com')).sub);
  });

  it('can be made already expired', async () => {
    const claims = decodeJwt(await mint('erin@example.com', { expiresInSeconds: -60 }));
    expect(claims.exp).toBe((claims.iat ?? 0) - 60);
  });

  it('verify against the published key, named by kid', async () => {
    const token = await mint('frank@example.com');
    const key = await loadSigningKey(keyDir);
    expect(decodeProtectedHeader(token)).toEqual({ alg: 'RS256', kid: key.kid });
    const { payload } = await jwtVerify(token, createLocalJWKSet({ keys: [key.publicJwk] }), { issuer, audience: localAudience });
    expect(payload.email).toBe('frank@example.com');
    expect(key.publicJwk).not.toHaveProperty('d');
  });

  it('refuse an address that is not an email', async () => {
    await expect(mint('not-an-email')).rejects.toThrow('"not-an-email" is not an email address');
  });
});

describe('the signing key', () => {
  it('is made once even when several processes ask for it at the same moment', async () => {
    const keys = await Promise.all(Array.from({ length: 6 }, () => loadSigningKey(keyDir)));
    expect(new Set(keys.map((key) => key.kid)).size).toBe(1);
    expect((await loadSigningKey(keyDir)).kid).toBe(keys[0]?.kid);
  });
});
