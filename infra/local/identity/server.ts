import { createServer, type ServerResponse } from 'node:http';
import { listen } from '../listen';
import { loadSigningKey, signingAlgorithm } from './signing-key';
import { localAudience, localIssuer, localPoolId } from './tokens';

/** A running local identity provider. */
export interface IdentityProvider {
  readonly endpoint: string;
  readonly issuer: string;
  readonly audience: string;
  stop(): Promise<void>;
}

function sendJson(response: ServerResponse, status: number, body: unknown): void {
  response.writeHead(status, { 'content-type': 'application/json', 'cache-control': 'max-age=3600' });
  response.end(JSON.stringify(body));
}

/**
 * Starts the local stand-in for a Cognito user pool: it publishes the signing key kept in `keyDir`
 * (made on first use) at `<issuer>/.well-known/jwks.json`, with an OpenID discovery document
 * beside it, so that the API gateway verifies local tokens the way API Gateway verifies Cognito's.
 * Tokens themselves are minted by `issueToken` (or `npm run token`), which reads the same key.
 * @throws Error when the port is taken or the key folder cannot be used.
 */
export async function startIdentityProvider(o: { host: string; port: number; keyDir: string }): Promise<IdentityProvider> {
  const key = await loadSigningKey(o.keyDir);
  let issuer = '';
  const server = createServer((request, response) => {
    const url = new URL(request.url ?? '/', 'http://local');
    if (request.method !== 'GET' && request.method !== 'HEAD') {
      sendJson(response, 405, { message: 'Method Not Allowed' });
      return;
    }
    switch (url.pathname) {
      case `/${localPoolId}/.well-known/jwks.json`:
        sendJson(response, 200, { keys: [key.publicJwk] });
        return;
      case `/${localPoolId}/.well-known/openid-configuration`:
        sendJson(response, 200, {
          issuer,
          jwks_uri: `${issuer}/.well-known/jwks.json`,
          response_types_supported: ['code', 'token'],
          subject_types_supported: ['public'],
          id_token_signing_alg_values_supported: [signingAlgorithm],
          scopes_supported: ['openid', 'email', 'profile'],
          claims_supported: ['sub', 'email', 'email_verified', 'cognito:username', 'cognito:groups'],
        });
        return;
      default:
        sendJson(response, 404, { message: 'Not Found' });
    }
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
