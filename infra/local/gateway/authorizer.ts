import { createRemoteJWKSet, errors, jwtVerify, type JWTPayload } from 'jose';

/** What the JWT authorizer decided about a request. */
export type Authorization =
  | { readonly ok: true; readonly payload: JWTPayload }
  | { readonly ok: false; readonly challenge: string };

/** The settings of an HTTP API JWT authorizer: the issuer it trusts and the audiences it accepts. */
export interface JwtAuthorizerConfig {
  readonly issuer: string;
  readonly audience: string | readonly string[];
}

// API Gateway verifies only RSA signatures.
const algorithms = ['RS256', 'RS384', 'RS512'];
// API Gateway may keep an issuer's keys for two hours.
const keysKeptMs = 2 * 60 * 60 * 1000;

/**
 * The `www-authenticate` value of a refusal. AWS publishes the layout and one description ("the
 * token does not have a valid audience"); the other descriptions are ours, in the same style.
 */
function challenge(description?: string): string {
  return description === undefined ? 'Bearer' : `Bearer scope="" error="invalid_token" error_description="${description}"`;
}

function refused(description?: string): Authorization {
  return { ok: false, challenge: challenge(description) };
}

/** The token from the identity source `$request.header.Authorization`: bare, or after `Bearer `. */
export function tokenFrom(authorization: string | undefined): string | undefined {
  const value = authorization?.trim();
  if (!value) return undefined;
  const bearer = /^bearer\s+(.+)$/i.exec(value);
  return bearer?.[1] ?? value;
}

/** API Gateway checks `aud` when present, and `client_id` only when `aud` is absent. */
export function hasValidAudience(payload: JWTPayload, accepted: readonly string[]): boolean {
  if (payload.aud !== undefined) {
    const audiences = Array.isArray(payload.aud) ? payload.aud : [payload.aud];
    return audiences.some((audience) => accepted.includes(audience));
  }
  const clientId = payload['client_id'];
  return typeof clientId === 'string' && accepted.includes(clientId);
}

function describe(error: unknown): string {
  if (error instanceof errors.JWTExpired) return 'the token has expired';
  if (error instanceof errors.JWTClaimValidationFailed) {
    if (error.claim === 'iss') return 'the token does not have a valid issuer';
    if (error.claim === 'nbf') return 'the token is not valid yet';
    return `the token has an invalid ${error.claim} claim`;
  }
  if (error instanceof errors.JOSEAlgNotAllowed) return 'the token signing method is not allowed';
  if (error instanceof errors.JWKSNoMatchingKey || error instanceof errors.JWSSignatureVerificationFailed) return 'the token signature is invalid';
  if (error instanceof errors.JWKSTimeout || error instanceof errors.JWKSInvalid || !(error instanceof errors.JOSEError)) {
    return 'the issuer keys could not be fetched';
  }
  return 'the token is malformed';
}

/**
 * The local HTTP API JWT authorizer: it verifies a token as API Gateway does (RSA signature
 * against the issuer's published keys, found through its OpenID discovery document, cached and
 * fetched again for an unknown `kid`; then `iss`, `aud` or `client_id`, `exp`, `nbf` and `iat`).
 */
export class JwtAuthorizer {
  private keys: ReturnType<typeof createRemoteJWKSet> | undefined;
  private readonly audiences: readonly string[];

  constructor(private readonly config: JwtAuthorizerConfig) {
    this.audiences = typeof config.audience === 'string' ? [config.audience] : config.audience;
  }

  /** Verifies the token in an `Authorization` header value; never throws, a failure is a refusal. */
  async authorize(authorizationHeader: string | undefined): Promise<Authorization> {
    const token = tokenFrom(authorizationHeader);
    if (token === undefined) return refused();
    let payload: JWTPayload;
    try {
      ({ payload } = await jwtVerify(token, await this.issuerKeys(), { issuer: this.config.issuer, algorithms }));
    } catch (error) {
      return refused(describe(error));
    }
    if (!hasValidAudience(payload, this.audiences)) return refused('the token does not have a valid audience');
    if (typeof payload.iat === 'number' && payload.iat > Date.now() / 1000) return refused('the token was issued in the future');
    return { ok: true, payload };
  }

  private async issuerKeys(): Promise<ReturnType<typeof createRemoteJWKSet>> {
    if (this.keys) return this.keys;
    const discovery = `${this.config.issuer.replace(/\/$/, '')}/.well-known/openid-configuration`;
    const response = await fetch(discovery).catch((error: unknown) => {
      throw new errors.JWKSInvalid(`${discovery} could not be fetched: ${String(error)}`);
    });
    if (!response.ok) throw new errors.JWKSInvalid(`${discovery} answered ${response.status}`);
    const { jwks_uri: jwksUri } = (await response.json()) as { jwks_uri?: unknown };
    if (typeof jwksUri !== 'string') throw new errors.JWKSInvalid(`${discovery} names no jwks_uri`);
    this.keys = createRemoteJWKSet(new URL(jwksUri), { cacheMaxAge: keysKeptMs, cooldownDuration: 1000 });
    return this.keys;
  }
}
