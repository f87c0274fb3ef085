import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listen } from '../listen';
import { AuthorizationCodes, TokenRequestError } from './authorization-codes';
import { signInPage, type AuthorizationRequest } from './sign-in-page';
import { loadSigningKey, signingAlgorithm } from './signing-key';
import { isEmailAddress, issueToken, localAudience, localIssuer, localPoolId } from './tokens';

/** A running local identity provider. */
export interface IdentityProvider {
  readonly endpoint: string;
  readonly issuer: string;
  readonly audience: string;
  stop(): Promise<void>;
}

const tokenLifetimeSeconds = 3600;
// Form bodies here are a few fields; anything larger is not a sign-in.
const maxBodyBytes = 16_384;

function sendJson(response: ServerResponse, status: number, body: unknown, headers: Record<string, string> = {}): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'no-store', ...headers });
  response.end(JSON.stringify(body));
}

function sendHtml(response: ServerResponse, status: number, html: string): void {
  response.writeHead(status, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' });
  response.end(html);
}

async function readForm(request: IncomingMessage): Promise<URLSearchParams> {
  const chunks: Buffer[] = [];
  let size = 0;
  for await (const chunk of request as AsyncIterable<Buffer>) {
    size += chunk.length;
    if (size > maxBodyBytes) throw new TokenRequestError('invalid_request', 'The request body is too large.');
    chunks.push(chunk);
  }
  return new URLSearchParams(Buffer.concat(chunks).toString('utf8'));
}

/**
 * Reads the authorization request of GET or POST /oauth2/authorize as Cognito checks it: our
 * client, `response_type=code`, an S256 PKCE challenge and a redirect URI on an allowed origin.
 * Returns the reason it is refused instead when it is.
 */
function authorizationRequestOf(params: URLSearchParams, allowedOrigins: readonly string[]): AuthorizationRequest | string {
  const redirectUri = params.get('redirect_uri') ?? '';
  let origin: string;
  try {
    origin = new URL(redirectUri).origin;
  } catch {
    return 'redirect_uri is missing or not a URL.';
  }
  if (!allowedOrigins.includes(origin)) return `redirect_uri ${redirectUri} is not on an allowed origin (${allowedOrigins.join(', ')}).`;
  if (params.get('client_id') !== localAudience) return `client_id must be ${localAudience}.`;
  if (params.get('response_type') !== 'code') return 'response_type must be code.';
  const codeChallenge = params.get('code_challenge') ?? '';
  if (!/^[A-Za-z0-9_-]{43}$/.test(codeChallenge) || params.get('code_challenge_method') !== 'S256') {
    return 'A PKCE code_challenge with code_challenge_method S256 is required.';
  }
  return { clientId: localAudience, redirectUri, state: params.get('state') ?? '', codeChallenge, scope: params.get('scope') ?? 'openid email profile' };
}

/**
 * Starts the local stand-in for a Cognito user pool and its managed login: it publishes the
 * signing key kept in `keyDir` (made on first use) at `<issuer>/.well-known/jwks.json`, with an
 * OpenID discovery document beside it, so that the API gateway verifies local tokens the way API
 * Gateway verifies Cognito's; and it serves Cognito's hosted-domain endpoints for the
 * authorization code flow with PKCE: GET /oauth2/authorize (a sign-in page asking for an email,
 * a name and whether to be an agent), its POST (a code, redirected to the app), POST /oauth2/token
 * (the code and verifier for an ID token shaped as `issueToken`'s) and GET /logout.
 * `allowedOrigins` plays the app client's callback and sign-out URLs, and the token endpoint's CORS.
 * @throws Error when the port is taken or the key folder cannot be used.
 */
export async function startIdentityProvider(o: { host: string; port: number; keyDir: string; allowedOrigins?: readonly string[] }): Promise<IdentityProvider> {
  const key = await loadSigningKey(o.keyDir);
  const allowedOrigins = o.allowedOrigins ?? [];
  const codes = new AuthorizationCodes();
  let issuer = '';

  const authorize = async (request: IncomingMessage, response: ServerResponse, url: URL) => {
    if (request.method === 'GET') {
      const parsed = authorizationRequestOf(url.searchParams, allowedOrigins);
      if (typeof parsed === 'string') sendHtml(response, 400, `<!doctype html><title>Bad sign-in request</title><p>${parsed.replace(/</g, '&lt;')}</p>`);
      else sendHtml(response, 200, signInPage(parsed));
      return;
    }
    const form = await readForm(request);
    const parsed = authorizationRequestOf(form, allowedOrigins);
    if (typeof parsed === 'string') {
      sendHtml(response, 400, `<!doctype html><title>Bad sign-in request</title><p>${parsed.replace(/</g, '&lt;')}</p>`);
      return;
    }
    const email = (form.get('email') ?? '').trim();
    if (!isEmailAddress(email)) {
      sendHtml(response, 400, signInPage(parsed, 'Enter an email address, such as alice@example.com.'));
      return;
    }
    const name = (form.get('name') ?? '').trim().slice(0, 200);
    const code = codes.issue({ ...parsed, email, name, agent: form.get('agent') === 'yes' });
    const target = new URL(parsed.redirectUri);
    target.searchParams.set('code', code);
    if (parsed.state) target.searchParams.set('state', parsed.state);
    response.writeHead(302, { location: target.toString(), 'cache-control': 'no-store' });
    response.end();
  };

  const token = async (request: IncomingMessage, response: ServerResponse, cors: Record<string, string>) => {
    try {
      const form = await readForm(request);
      if (form.get('grant_type') !== 'authorization_code') throw new TokenRequestError('unsupported_grant_type', 'grant_type must be authorization_code.');
      const grant = codes.redeem({
        code: form.get('code') ?? '',
        clientId: form.get('client_id') ?? '',
        redirectUri: form.get('redirect_uri') ?? '',
        verifier: form.get('code_verifier') ?? '',
      });
      const claims = { keyDir: o.keyDir, issuer, audience: localAudience, email: grant.email, agent: grant.agent, expiresInSeconds: tokenLifetimeSeconds };
      const [idToken, accessToken] = await Promise.all([
        issueToken({ ...claims, ...(grant.name ? { name: grant.name } : {}) }),
        issueToken({ ...claims, use: 'access', scope: grant.scope }),
      ]);
      sendJson(response, 200, { id_token: idToken, access_token: accessToken, token_type: 'Bearer', expires_in: tokenLifetimeSeconds }, cors);
    } catch (error) {
      if (!(error instanceof TokenRequestError)) throw error;
      sendJson(response, 400, { error: error.code, error_description: error.message }, cors);
    }
  };

  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const url = new URL(request.url ?? '/', 'http://local');
    const origin = request.headers.origin;
    const cors: Record<string, string> =
      origin && allowedOrigins.includes(origin) ? { 'access-control-allow-origin': origin, 'access-control-allow-headers': 'content-type', vary: 'origin' } : {};
    const route = `${request.method ?? 'GET'} ${url.pathname}`;
    switch (route) {
      case `GET /${localPoolId}/.well-known/jwks.json`:
        sendJson(response, 200, { keys: [key.publicJwk] }, { 'cache-control': 'max-age=3600' });
        return;
      case `GET /${localPoolId}/.well-known/openid-configuration`:
        sendJson(
          response,
          200,
          {
            issuer,
            jwks_uri: `${issuer}/.well-known/jwks.json`,
            authorization_endpoint: `${new URL(issuer).origin}/oauth2/authorize`,
            token_endpoint: `${new URL(issuer).origin}/oauth2/token`,
            response_types_supported: ['code'],
            code_challenge_methods_supported: ['S256'],
            subject_types_supported: ['public'],
            id_token_signing_alg_values_supported: [signingAlgorithm],
            scopes_supported: ['openid', 'email', 'profile'],
            claims_supported: ['sub', 'email', 'email_verified', 'name', 'cognito:username', 'cognito:groups'],
          },
          { 'cache-control': 'max-age=3600' },
        );
        return;
      case 'GET /oauth2/authorize':
      case 'POST /oauth2/authorize':
        await authorize(request, response, url);
        return;
      case 'POST /oauth2/token':
        await token(request, response, cors);
        return;
      case 'OPTIONS /oauth2/token':
        response.writeHead(204, { ...cors, 'access-control-allow-methods': 'POST', 'access-control-max-age': '3600' });
        response.end();
        return;
      case 'GET /logout': {
        // Cognito's sign-out ends its own session (this provider keeps none) and returns to logout_uri.
        const logoutUri = url.searchParams.get('logout_uri') ?? '';
        let target: URL | undefined;
        try {
          target = new URL(logoutUri);
        } catch {
          target = undefined;
        }
        if (!target || !allowedOrigins.includes(target.origin) || url.searchParams.get('client_id') !== localAudience) {
          sendJson(response, 400, { error: 'invalid_request', error_description: 'client_id and an allowed logout_uri are required.' });
          return;
        }
        response.writeHead(302, { location: target.toString() });
        response.end();
        return;
      }
      default:
        sendJson(response, 404, { message: 'Not Found' });
    }
  };

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (error instanceof TokenRequestError) sendJson(response, 400, { error: error.code, error_description: error.message });
      else sendJson(response, 500, { message: error instanceof Error ? error.message : String(error) });
    });
  });
  const listening = await listen(server, o.host, o.port);
  const { port } = new URL(listening.endpoint);
  issuer = localIssuer(o.host, Number(port));
  return {
    endpoint: listening.endpoint,
    issuer,
    audience: localAudience,
    stop: () => listening.close(),
  };
}
