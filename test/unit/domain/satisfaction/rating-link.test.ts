import { describe, expect, it } from 'vitest';
import { ratingLinkExpiry, signRatingLink, verifyRatingLink } from '../../../../functions/domain/satisfaction/rating-link';
import { InvalidRatingLinkError, RatingLinkExpiredError } from '../../../../functions/domain/satisfaction/rating-errors';

const key = 'k'.repeat(48);
const solvedAt = '2026-11-02T10:00:00.123Z';
const expiresAt = ratingLinkExpiry(solvedAt, 14);
const link = { number: '12345678', solvedAt, score: 'good', expiresAt } as const;
const before = (instant: string, ms: number) => new Date(Date.parse(instant) - ms);

describe('a rating link', () => {
  it('says, once verified, the ticket, the solve, the score and the expiry it was signed with', () => {
    const token = signRatingLink(link, key);
    // The expiry is kept to the second, rounded up.
    expect(verifyRatingLink(token, key, new Date(solvedAt))).toEqual({ ...link, expiresAt: '2026-11-16T10:00:01.000Z' });
    expect(verifyRatingLink(signRatingLink({ ...link, score: 'bad' }, key), key, new Date(solvedAt)).score).toBe('bad');
  });

  it('expires 14 days after the solve by default, not a second before', () => {
    expect(expiresAt).toBe('2026-11-16T10:00:00.123Z');
    const token = signRatingLink(link, key);
    expect(verifyRatingLink(token, key, before('2026-11-16T10:00:01.000Z', 1)).number).toBe('12345678');
    expect(() => verifyRatingLink(token, key, new Date('2026-11-16T10:00:01.000Z'))).toThrow(RatingLinkExpiredError);
  });

  it('is refused when any part of it was changed, however small', () => {
    const token = signRatingLink(link, key);
    const parts = token.split('.');
    const changed = [
      ['87654321', ...parts.slice(1)],
      [parts[0], String(Number(parts[1]) + 1), ...parts.slice(2)],
      [parts[0], parts[1], 'b', ...parts.slice(3)],
      [...parts.slice(0, 3), String(Number(parts[3]) + 86_400), parts[4]],
    ].map((each) => each.join('.'));
    for (const tampered of changed) expect(() => verifyRatingLink(tampered, key, new Date(solvedAt)), tampered).toThrow(InvalidRatingLinkError);
    // Every other last character of the signature, the unused bits of base64url included.
    const signature = parts[4]!;
    for (const character of 'AQgw') {
      if (signature.endsWith(character)) continue;
      const tampered = [...parts.slice(0, 4), signature.slice(0, -1) + character].join('.');
      expect(() => verifyRatingLink(tampered, key, new Date(solvedAt))).toThrow(InvalidRatingLinkError);
    }
  });

  it('is refused when signed with another key, cut short, or not a token at all', () => {
    const token = signRatingLink(link, key);
    for (const bad of [signRatingLink(link, 'x'.repeat(48)), token.slice(0, -1), token.slice(0, 20), '', 'hello', `${token}.extra`, token.replaceAll('.', '/')]) {
      expect(() => verifyRatingLink(bad, key, new Date(solvedAt)), bad).toThrow(InvalidRatingLinkError);
    }
  });

  it('checks the signature before the expiry, so an old forged link is called invalid, not expired', () => {
    const forged = signRatingLink(link, 'x'.repeat(48));
    expect(() => verifyRatingLink(forged, key, new Date('2030-01-01T00:00:00.000Z'))).toThrow(InvalidRatingLinkError);
  });

  it('is safe in a URL path and names nothing of the customer', () => {
    const token = signRatingLink(link, key);
    expect(encodeURIComponent(token)).toBe(token);
    expect(token).toMatch(/^12345678\.\d+\.g\.\d+\.[A-Za-z0-9_-]{43}$/);
  });
});
