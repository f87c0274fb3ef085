import { createHash, randomUUID } from 'node:crypto';
import { SignJWT } from 'jose';
import { system } from '../../system';
import { loadSigningKey, signingAlgorithm } from './signing-key';

/** The user pool's path on the local issuer, in the place Cognito puts a pool id. */
export const localPoolId = 'local_pool';
/** The app client id local tokens are issued for: the `aud` the local authorizer expects. */
export const localAudience = 'ticketflow-local';

const defaultLifetimeSeconds = 3600;
// A fixed namespace so that the same email always names the same user, across runs and machines.
const subjectNamespace = Buffer.from('6f1c2b1e9d0a4c5e8b7a3d2f1e0c9b8a', 'hex');
const emailPattern = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The issuer URL of the local user pool served at `host:port`. */
export function localIssuer(host: string, port: number): string {
  return `http://${host}:${port}/${localPoolId}`;
}

/**
 * The stable `sub` of a local user: a name-based (version 5) UUID of the lower-cased email, so
 * tokens minted for one address in different runs name the same user, as Cognito's would.
 */
export function subjectOf(email: string): string {
  const hash = createHash('sha1').update(subjectNamespace).update(email.trim().toLowerCase()).digest();
  hash[6] = ((hash[6] ?? 0) & 0x0f) | 0x50;
  hash[8] = ((hash[8] ?? 0) & 0x3f) | 0x80;
  const hex = hash.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20)}`;
}

/**
 * Whether a string looks like an email address, the only check Cognito's sign-up would make here.
 */
export function isEmailAddress(value: string): boolean {
  return emailPattern.test(value.trim());
}

/**
 * Signs a Cognito-style ID token (or, with `use: "access"`, access token) for a local user with the key kept in `keyDir` (made on first use).
 * Agents carry `cognito:groups: ["agents"]`; customers carry no groups claim, as Cognito omits it.
 * The email is carried as it was typed (Cognito keeps the attribute's spelling; the sub is one per
 * address whatever its case) with `email_verified: true` as after Cognito's confirmation code, or
 * `false` when `verified` is false (a user who has not confirmed the address).
 * `expiresInSeconds` may be zero or negative to make a token that has already expired.
 * @throws Error when the email is not an email address or the key folder cannot be used.
 */
export async function issueToken(o: {
  keyDir: string;
  issuer: string;
  audience: string;
  email: string;
  agent?: boolean;
  verified?: boolean;
  /** The `name` attribute, as Cognito carries it in ID tokens when the user has one. */
  name?: string;
  /** `access` makes an access token as Cognito's: `client_id` and `scope` instead of `aud` and the profile. */
  use?: 'id' | 'access';
  scope?: string;
  expiresInSeconds?: number;
}): Promise<string> {
  if (!isEmailAddress(o.email)) throw new Error(`"${o.email}" is not an email address`);
  const email = o.email.trim();
  const key = await loadSigningKey(o.keyDir);
  const now = Math.floor(Date.now() / 1000);
  const sub = subjectOf(email);
  const groups = o.agent ? { 'cognito:groups': [system.agentGroup] } : {};
  const common = { auth_time: now, event_id: randomUUID(), origin_jti: randomUUID() };
  const claims =
    o.use === 'access'
      ? { ...groups, client_id: o.audience, username: sub, scope: o.scope ?? 'openid email profile', token_use: 'access', ...common }
      : {
          email,
          email_verified: o.verified ?? true,
          ...(o.name ? { name: o.name } : {}),
          'cognito:username': sub,
          ...groups,
          token_use: 'id',
          ...common,
        };
  const token = new SignJWT(claims).setProtectedHeader({ alg: signingAlgorithm, kid: key.kid }).setSubject(sub).setIssuer(o.issuer);
  if (o.use !== 'access') token.setAudience(o.audience);
  return token
    .setIssuedAt(now)
    .setExpirationTime(now + (o.expiresInSeconds ?? defaultLifetimeSeconds))
    .setJti(randomUUID())
    .sign(key.privateKey);
}
