import { createHash, randomBytes } from 'node:crypto';

/** Who signed in on the sign-in page, and what the app asked for. */
export interface Grant {
  readonly email: string;
  readonly name: string;
  readonly agent: boolean;
  readonly clientId: string;
  readonly redirectUri: string;
  readonly codeChallenge: string;
  readonly scope: string;
}

/** Why a code exchange was refused, in OAuth's words (RFC 6749 section 5.2). */
export class TokenRequestError extends Error {
  constructor(
    readonly code: 'invalid_request' | 'invalid_grant' | 'invalid_client' | 'unsupported_grant_type',
    message: string,
  ) {
    super(message);
  }
}

// Cognito's authorization codes are valid for 5 minutes and for one exchange.
const codeLifetimeMs = 5 * 60_000;

/** The S256 challenge of a PKCE verifier (RFC 7636 section 4.2). */
export function challengeOf(verifier: string): string {
  return createHash('sha256').update(verifier).digest('base64url');
}

/** Authorization codes issued by the sign-in page, each exchanged at most once, within its lifetime. */
export class AuthorizationCodes {
  private readonly grants = new Map<string, { grant: Grant; expiresAt: number }>();

  /** Issues a new single-use code for a grant. */
  issue(grant: Grant): string {
    const code = randomBytes(24).toString('base64url');
    this.grants.set(code, { grant, expiresAt: Date.now() + codeLifetimeMs });
    return code;
  }

  /**
   * Takes a code back for the client, redirect URI and PKCE verifier it was issued for; the code
   * is spent whatever the outcome, as a replayed code must never work.
   * @throws TokenRequestError when the code is unknown, spent or expired, or the client, redirect
   * URI or verifier do not match.
   */
  redeem(o: { code: string; clientId: string; redirectUri: string; verifier: string }): Grant {
    const entry = this.grants.get(o.code);
    this.grants.delete(o.code);
    for (const [code, other] of this.grants) if (other.expiresAt < Date.now()) this.grants.delete(code);
    if (!entry || entry.expiresAt < Date.now()) throw new TokenRequestError('invalid_grant', 'The authorization code is unknown, used or expired.');
    if (entry.grant.clientId !== o.clientId) throw new TokenRequestError('invalid_client', 'The code was issued to another client.');
    if (entry.grant.redirectUri !== o.redirectUri) throw new TokenRequestError('invalid_grant', 'redirect_uri differs from the authorization request.');
    if (challengeOf(o.verifier) !== entry.grant.codeChallenge) throw new TokenRequestError('invalid_grant', 'code_verifier does not match the code challenge.');
    return entry.grant;
  }
}
