import type { AppConfig } from '../config';
import { challengeOf, randomToken } from './pkce';

/** The signed-in person, as their ID token says. */
export interface Session {
  readonly idToken: string;
  /** The person's `sub`: what a ticket's assignee names. */
  readonly id: string;
  readonly email: string;
  readonly name: string;
  readonly agent: boolean;
  /** Epoch milliseconds after which the token is refused. */
  readonly expiresAt: number;
}

// sessionStorage: the tokens last as long as the tab, and no other site or tab reads them.
const sessionKey = 'ticketflow.session';
const pendingKey = 'ticketflow.sign-in';
/** The path the hosted sign-in page returns to: one of the app client's callback URLs. */
export const callbackPath = '/signed-in';

interface PendingSignIn {
  readonly state: string;
  readonly verifier: string;
  readonly returnTo: string;
}

function claimsOf(idToken: string): Record<string, unknown> {
  const payload = idToken.split('.')[1] ?? '';
  const json = atob(payload.replace(/-/g, '+').replace(/_/g, '/'));
  return JSON.parse(new TextDecoder().decode(Uint8Array.from(json, (c) => c.charCodeAt(0)))) as Record<string, unknown>;
}

function sessionOf(idToken: string): Session {
  const claims = claimsOf(idToken);
  const groups = Array.isArray(claims['cognito:groups']) ? claims['cognito:groups'] : [];
  const email = typeof claims['email'] === 'string' ? claims['email'] : '';
  return {
    idToken,
    id: typeof claims['sub'] === 'string' ? claims['sub'] : '',
    email,
    name: typeof claims['name'] === 'string' ? claims['name'] : '',
    agent: groups.includes('agents'),
    expiresAt: typeof claims['exp'] === 'number' ? claims['exp'] * 1000 : 0,
  };
}

/** The session kept in this tab, unless it has expired. */
export function currentSession(): Session | undefined {
  const token = sessionStorage.getItem(sessionKey);
  if (!token) return undefined;
  try {
    const session = sessionOf(token);
    if (session.expiresAt > Date.now()) return session;
  } catch {
    // A token that does not parse is no session.
  }
  sessionStorage.removeItem(sessionKey);
  return undefined;
}

/** Forgets the tokens of this tab (an expired or refused session). */
export function forgetSession(): void {
  sessionStorage.removeItem(sessionKey);
}

/** Sends the browser to the hosted sign-in page (authorization code with PKCE), to come back to `returnTo`. */
export async function signIn(config: AppConfig, returnTo: string): Promise<void> {
  const pending: PendingSignIn = { state: randomToken(16), verifier: randomToken(32), returnTo };
  sessionStorage.setItem(pendingKey, JSON.stringify(pending));
  const url = new URL('/oauth2/authorize', config.auth.domain);
  url.search = new URLSearchParams({
    response_type: 'code',
    client_id: config.auth.clientId,
    redirect_uri: `${location.origin}${callbackPath}`,
    scope: 'openid email profile',
    state: pending.state,
    code_challenge: await challengeOf(pending.verifier),
    code_challenge_method: 'S256',
  }).toString();
  location.assign(url.toString());
}

/**
 * Finishes a sign-in on the callback page: checks the state, exchanges the code and the PKCE
 * verifier at the token endpoint, keeps the ID token. Returns the path to go back to.
 * @throws Error when the answer is not for the sign-in this tab started, or the exchange is refused.
 */
export async function completeSignIn(config: AppConfig, search: string): Promise<string> {
  const params = new URLSearchParams(search);
  const pending = JSON.parse(sessionStorage.getItem(pendingKey) ?? 'null') as PendingSignIn | null;
  sessionStorage.removeItem(pendingKey);
  if (params.get('error')) throw new Error(`Sign-in was refused: ${params.get('error_description') ?? params.get('error')}`);
  const code = params.get('code');
  if (!pending || !code || params.get('state') !== pending.state) throw new Error('This sign-in link is not the one this tab started. Sign in again.');
  const response = await fetch(new URL('/oauth2/token', config.auth.domain), {
    method: 'POST',
    headers: { 'content-type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams({
      grant_type: 'authorization_code',
      client_id: config.auth.clientId,
      code,
      redirect_uri: `${location.origin}${callbackPath}`,
      code_verifier: pending.verifier,
    }),
  });
  const body = (await response.json().catch(() => ({}))) as { id_token?: string };
  if (!response.ok || !body.id_token) throw new Error('Sign-in could not be completed. Sign in again.');
  sessionStorage.setItem(sessionKey, body.id_token);
  return pending.returnTo.startsWith('/') ? pending.returnTo : '/';
}

/** Forgets the tokens and ends the hosted sign-in session, coming back to the portal's start. */
export function signOut(config: AppConfig): void {
  forgetSession();
  const url = new URL('/logout', config.auth.domain);
  url.search = new URLSearchParams({ client_id: config.auth.clientId, logout_uri: `${location.origin}/` }).toString();
  location.assign(url.toString());
}
