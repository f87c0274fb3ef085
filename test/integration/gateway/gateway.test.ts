import { execFile } from 'node:child_process';
import { promisify } from 'node:util';
import { exportJWK, generateKeyPair, SignJWT } from 'jose';
import { describe, expect, inject, it } from 'vitest';
import { issueToken, subjectOf } from '../../../infra/local/identity';

const cloud = inject('localCloud');
const run = promisify(execFile);

function tokenFor(email: string, options: { agent?: boolean; expiresInSeconds?: number; audience?: string } = {}): Promise<string> {
  return issueToken({ keyDir: cloud.identityDir, issuer: cloud.issuer, audience: options.audience ?? cloud.audience, email, ...options });
}

async function call(method: string, path: string, options: { token?: string; authorization?: string; body?: string | Buffer; headers?: Record<string, string> } = {}) {
  const headers: Record<string, string> = { ...options.headers };
  if (options.token) headers['authorization'] = `Bearer ${options.token}`;
  if (options.authorization) headers['authorization'] = options.authorization;
  const response = await fetch(`${cloud.api}${path}`, { method, headers, body: options.body });
  const text = await response.text();
  return { status: response.status, headers: response.headers, text, json: () => JSON.parse(text) as Record<string, unknown> };
}

async function echoCount(): Promise<number> {
  const { count } = (await call('GET', '/test/echo-count')).json();
  return count as number;
}

async function expectUnauthorized(request: ReturnType<typeof call>, description?: string) {
  const response = await request;
  expect(response.status).toBe(401);
  expect(response.json()).toEqual({ message: 'Unauthorized' });
  expect(response.headers.get('apigw-requestid')).toBeTruthy();
  if (description) expect(response.headers.get('www-authenticate')).toBe(`Bearer scope="" error="invalid_token" error_description="${description}"`);
  else expect(response.headers.get('www-authenticate')).toMatch(/^Bearer/);
}

describe('GET /v1/me through the local API gateway', () => {
  it('tells a customer who they are, from the claims of their token', async () => {
    const response = await call('GET', '/v1/me', { token: await tokenFor('alice@example.com') });
    expect(response.status).toBe(200);
    expect(response.json()).toEqual({ sub: subjectOf('alice@example.com'), email: 'alice@example.com', groups: [] });
  });

  it('shows an agent in the agents group', async () => {
    const response = await call('GET', '/v1/me', { token: await tokenFor('agent.smith@example.com', { agent: true }) });
    expect(response.json()).toMatchObject({ email: 'agent.smith@example.com', groups: ['agents'] });
  });

  it('accepts the token without the Bearer prefix, as API Gateway does', async () => {
    const response = await call('GET', '/v1/me', { authorization: await tokenFor('alice@example.com') });
    expect(response.status).toBe(200);
  });

  it('answers 401 without a token', async () => {
    await expectUnauthorized(call('GET', '/v1/me'));
  });

  it('answers 401 to an expired token', async () => {
    await expectUnauthorized(call('GET', '/v1/me', { token: await tokenFor('alice@example.com', { expiresInSeconds: -5 }) }), 'the token has expired');
  });

  it('answers 401 to a token issued for another audience', async () => {
    const token = await tokenFor('alice@example.com', { audience: 'some-other-client' });
    await expectUnauthorized(call('GET', '/v1/me', { token }), 'the token does not have a valid audience');
  });

  it('answers 401 to a token signed by a key the issuer does not publish', async () => {
    const { privateKey, publicKey } = await generateKeyPair('RS256');
    const published = (await (await fetch(`${cloud.issuer}/.well-known/jwks.json`)).json()) as { keys: { kid: string }[] };
    for (const kid of [published.keys[0]?.kid ?? 'x', 'an-unknown-kid']) {
      const forged = await new SignJWT({ email: 'mallory@example.com', token_use: 'id' })
        .setProtectedHeader({ alg: 'RS256', kid })
        .setSubject(subjectOf('mallory@example.com'))
        .setIssuer(cloud.issuer)
        .setAudience(cloud.audience)
        .setIssuedAt()
        .setExpirationTime('1h')
        .sign(privateKey);
      await expectUnauthorized(call('GET', '/v1/me', { token: forged }), 'the token signature is invalid');
    }
    expect(await exportJWK(publicKey)).not.toEqual(published.keys[0]);
  });

  it('answers 401 to a token from another issuer and to a token that is not a JWT', async () => {
    const token = await issueToken({ keyDir: cloud.identityDir, issuer: 'http://127.0.0.1:1/other_pool', audience: cloud.audience, email: 'alice@example.com' });
    await expectUnauthorized(call('GET', '/v1/me', { token }), 'the token does not have a valid issuer');
    await expectUnauthorized(call('GET', '/v1/me', { token: 'not-a-jwt' }), 'the token is malformed');
  });
});

describe('the JWT authorizer', () => {
  it('does not invoke the function when it refuses the token', async () => {
    const before = await echoCount();
    await expectUnauthorized(call('POST', '/test/echo/x', { body: '{}', headers: { 'content-type': 'application/json' } }));
    await expectUnauthorized(call('POST', '/test/echo/x', { token: await tokenFor('alice@example.com', { expiresInSeconds: 0 }) }));
    expect(await echoCount()).toBe(before);
    expect((await call('POST', '/test/echo/x', { token: await tokenFor('alice@example.com') })).status).toBe(200);
    expect(await echoCount()).toBe(before + 1);
  });
});

describe('the event a function receives', () => {
  it('is a payload format 2.0 event with the route, parameters, query, claims and body', async () => {
    const token = await tokenFor('agent.jones@example.com', { agent: true });
    const response = await call('POST', '/test/echo/hello%20world?tag=a&tag=b&q=x%2By', {
      token,
      body: '{"text":"hi"}',
      headers: { 'content-type': 'application/json', cookie: 'theme=dark; lang=fr', 'x-trace': 'one' },
    });
    expect(response.status).toBe(200);
    const event = response.json();
    expect(event).toMatchObject({
      version: '2.0',
      routeKey: 'POST /test/echo/{name}',
      rawPath: '/test/echo/hello%20world',
      rawQueryString: 'tag=a&tag=b&q=x%2By',
      queryStringParameters: { tag: 'a,b', q: 'x+y' },
      pathParameters: { name: 'hello world' },
      cookies: ['theme=dark', 'lang=fr'],
      body: '{"text":"hi"}',
      isBase64Encoded: false,
      requestContext: {
        accountId: '000000000000',
        routeKey: 'POST /test/echo/{name}',
        stage: '$default',
        http: { method: 'POST', path: '/test/echo/hello%20world', protocol: 'HTTP/1.1', sourceIp: '127.0.0.1' },
        authorizer: {
          jwt: {
            claims: {
              sub: subjectOf('agent.jones@example.com'),
              email: 'agent.jones@example.com',
              email_verified: 'true',
              'cognito:groups': '[agents]',
              token_use: 'id',
              aud: cloud.audience,
              iss: cloud.issuer,
            },
            scopes: null,
          },
        },
      },
    });
    expect(event['headers']).toMatchObject({ 'content-type': 'application/json', 'x-trace': 'one', authorization: `Bearer ${token}` });
    expect(event['headers']).not.toHaveProperty('cookie');
    expect(event).not.toHaveProperty('stageVariables');
    expect(response.headers.get('apigw-requestid')).toBe((event['requestContext'] as { requestId: string }).requestId);
  });

  it('carries a binary body base64-encoded', async () => {
    const bytes = Buffer.from([0, 159, 146, 150, 255]);
    const response = await call('POST', '/test/echo/file', { token: await tokenFor('alice@example.com'), body: bytes, headers: { 'content-type': 'application/octet-stream' } });
    const event = response.json();
    expect(event['isBase64Encoded']).toBe(true);
    expect(Buffer.from(event['body'] as string, 'base64')).toEqual(bytes);
  });
});

describe('the response a caller gets', () => {
  const respond = (order: unknown) => call('POST', '/test/respond', { body: JSON.stringify(order), headers: { 'content-type': 'application/json' } });

  it('is the structured result: status, headers, cookies and body', async () => {
    const response = await respond({ return: { statusCode: 201, headers: { 'x-ticket': 'TF-1', 'content-type': 'text/plain' }, cookies: ['a=1', 'b=2'], body: 'created' } });
    expect(response.status).toBe(201);
    expect(response.headers.get('x-ticket')).toBe('TF-1');
    expect(response.headers.get('content-type')).toBe('text/plain');
    expect(response.headers.getSetCookie()).toEqual(['a=1', 'b=2']);
    expect(response.text).toBe('created');
  });

  it('is a 200 JSON body when the function returns a value without statusCode', async () => {
    const response = await respond({ return: { hello: 'world' } });
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/json');
    expect(response.json()).toEqual({ hello: 'world' });
  });

  it('is 500 Internal Server Error when the function throws or answers a malformed result', async () => {
    for (const order of [{ throw: 'boom' }, { return: { statusCode: 'teapot' } }]) {
      const response = await respond(order);
      expect(response.status).toBe(500);
      expect(response.json()).toEqual({ message: 'Internal Server Error' });
    }
  });

  it('is 404 Not Found for a path or method no route has', async () => {
    for (const [method, path] of [['GET', '/v1/nothing-here'], ['DELETE', '/v1/me']] as const) {
      const response = await call(method, path);
      expect(response.status).toBe(404);
      expect(response.json()).toEqual({ message: 'Not Found' });
    }
  });

  it('is 413 for a body over API Gateway’s 10 MB limit', async () => {
    const response = await call('POST', '/test/respond', { body: Buffer.alloc(10 * 1024 * 1024 + 1, 0x61), headers: { 'content-type': 'text/plain' } });
    expect(response.status).toBe(413);
  });
});

describe('the local identity provider', () => {
  it('publishes its discovery document and signing key under the issuer', async () => {
    const discovery = (await (await fetch(`${cloud.issuer}/.well-known/openid-configuration`)).json()) as Record<string, unknown>;
    expect(discovery).toMatchObject({ issuer: cloud.issuer, jwks_uri: `${cloud.issuer}/.well-known/jwks.json` });
    const { keys } = (await (await fetch(`${cloud.issuer}/.well-known/jwks.json`)).json()) as { keys: Record<string, unknown>[] };
    expect(keys).toHaveLength(1);
    expect(keys[0]).toMatchObject({ kty: 'RSA', alg: 'RS256', use: 'sig' });
    expect(keys[0]).not.toHaveProperty('d');
  });
});

describe('npm run token', () => {
  const env = { ...process.env, TICKETFLOW_IDENTITY_DIR: cloud.identityDir, TICKETFLOW_IDENTITY_PORT: new URL(cloud.identity).port };

  it('prints only a token the local API accepts', async () => {
    const { stdout } = await run('npm', ['run', '-s', 'token', '--', '--email', 'cli.user@example.com', '--agent'], { env });
    expect(stdout).toMatch(/^[\w-]+\.[\w-]+\.[\w-]+\n$/);
    const response = await call('GET', '/v1/me', { token: stdout.trim() });
    expect(response.json()).toEqual({ sub: subjectOf('cli.user@example.com'), email: 'cli.user@example.com', groups: ['agents'] });
  });

  it('explains a missing or invalid --email and exits with status 2', async () => {
    for (const args of [[], ['--email', 'nobody']]) {
      const failure = await run('npm', ['run', '-s', 'token', '--', ...args], { env }).catch((error: { code: number; stderr: string }) => error);
      expect(failure).toMatchObject({ code: 2, stderr: expect.stringMatching(/--email/) });
    }
  });
});
