import type { JWTPayload } from 'jose';

/** What `requestContext.authorizer.jwt` holds for a token the JWT authorizer accepted. */
export interface JwtAuthorizerContext {
  readonly claims: Readonly<Record<string, string>>;
  readonly scopes: readonly string[] | null;
}

/**
 * One claim value as API Gateway hands it to the function: every value becomes a string, and a
 * list is printed the way Go prints a slice, so `["agents","admins"]` arrives as `"[agents admins]"`
 * (observed on AWS, not published).
 */
export function claimString(value: unknown): string {
  if (typeof value === 'string') return value;
  if (Array.isArray(value)) return `[${value.map(claimString).join(' ')}]`;
  if (typeof value === 'object' && value !== null) return JSON.stringify(value);
  return String(value);
}

function scopesOf(payload: JWTPayload): string[] | null {
  for (const name of ['scope', 'scp']) {
    const value = payload[name];
    if (typeof value === 'string') return value.split(/\s+/).filter(Boolean);
    if (Array.isArray(value)) return value.map(String);
  }
  return null;
}

/**
 * The authorizer context API Gateway builds from a verified token: claims flattened to strings, and
 * the token's scopes, or `null` when it has none (as ID tokens have none).
 */
export function jwtAuthorizerContext(payload: JWTPayload): JwtAuthorizerContext {
  return {
    claims: Object.fromEntries(Object.entries(payload).map(([name, value]) => [name, claimString(value)])),
    scopes: scopesOf(payload),
  };
}
