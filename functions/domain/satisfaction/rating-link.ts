import { createHmac, timingSafeEqual } from 'node:crypto';
import type { RatingScore } from './rating';
import { InvalidRatingLinkError, RatingLinkExpiredError } from './rating-errors';

/*
 * The token of a "Was this helpful?" link in a solved ticket's email. It names the ticket, the
 * solve it asks about (the instant the ticket entered solved, so a ticket reopened and solved again
 * is asked again with new links), the score the link stands for and when it stops working, and is
 * signed with HMAC-SHA256 under a key the deployment keeps secret (Secrets Manager). It holds no
 * personal data: whoever has the email may rate, which is what the email is for. That a link is
 * used once is not the token's business: the rating is stored with a conditional write, so a second
 * use of either link of a solve is refused by the data, not by remembering tokens.
 *
 * Form: `<number>.<solve, ms since epoch>.<g|b>.<expiry, s since epoch>.<signature, base64url>`,
 * short and safe in a URL path.
 */

/** What a link says, once its signature is checked. */
export interface RatingLink {
  readonly number: string;
  /** The solve it rates: ISO 8601 instant. */
  readonly solvedAt: string;
  readonly score: RatingScore;
  /** When it stops working: ISO 8601 instant. */
  readonly expiresAt: string;
}

// Versioned, so that a later form can never be read as this one.
const purpose = 'ticketflow-rating-link-v1';
const scoreLetters: Readonly<Record<RatingScore, string>> = { good: 'g', bad: 'b' };
const tokenPattern = /^([1-9][0-9]{7})\.([0-9]{1,15})\.([gb])\.([0-9]{1,12})\.([A-Za-z0-9_-]{43})$/;

function signatureOf(payload: string, key: string): Buffer {
  return createHmac('sha256', key).update(`${purpose}:${payload}`).digest();
}

/**
 * The token of a link that rates `number`'s solve at `solvedAt` with `score`, working until `expiresAt`.
 * @throws RangeError when an instant is not ISO 8601 or the key is empty.
 */
export function signRatingLink(link: RatingLink, key: string): string {
  const solvedMs = Date.parse(link.solvedAt);
  const expiresMs = Date.parse(link.expiresAt);
  if (Number.isNaN(solvedMs) || Number.isNaN(expiresMs)) throw new RangeError('A rating link needs ISO 8601 instants.');
  if (key === '') throw new RangeError('A rating link needs a signing key.');
  const payload = `${link.number}.${solvedMs}.${scoreLetters[link.score]}.${Math.ceil(expiresMs / 1000)}`;
  return `${payload}.${signatureOf(payload, key).toString('base64url')}`;
}

/**
 * What a link's token says, when it is signed with `key` and still working at `now`.
 * @throws InvalidRatingLinkError when it is not a token of this form or its signature does not
 * match (changed, cut, or signed with another key); RatingLinkExpiredError when it expired.
 */
export function verifyRatingLink(token: string, key: string, now: Date): RatingLink {
  const match = tokenPattern.exec(token);
  if (!match) throw new InvalidRatingLinkError();
  const [, number, solvedMs, letter, expiresSeconds, signature] = match as unknown as [string, string, string, string, string, string];
  // Compared as text: decoding would let the unused low bits of the last character vary unnoticed.
  const expected = Buffer.from(signatureOf(`${number}.${solvedMs}.${letter}.${expiresSeconds}`, key).toString('base64url'));
  const given = Buffer.from(signature);
  if (given.length !== expected.length || !timingSafeEqual(given, expected)) throw new InvalidRatingLinkError();
  const expiresAt = new Date(Number(expiresSeconds) * 1000);
  if (now.getTime() >= expiresAt.getTime()) throw new RatingLinkExpiredError(number);
  return { number, solvedAt: new Date(Number(solvedMs)).toISOString(), score: letter === 'g' ? 'good' : 'bad', expiresAt: expiresAt.toISOString() };
}

/** When the links of a solve stop working: `days` after the solve, so every email of one solve carries the same links. */
export function ratingLinkExpiry(solvedAt: string, days: number): string {
  return new Date(Date.parse(solvedAt) + days * 86_400_000).toISOString();
}
