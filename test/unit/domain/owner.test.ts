import { describe, expect, it } from 'vitest';
import { normalisedEmail, ownerOf, ownerOfEmail, ownershipClaimOf, owns } from '../../../functions/domain/owner';

describe('who owns a ticket', () => {
  it('is the verified email, whatever its letter case or surrounding spaces', () => {
    expect(ownerOf({ sub: 's1', email: ' ALICE@Pay.Example ', emailVerified: true })).toBe(ownerOfEmail('alice@pay.example'));
  });

  it('is one text for the composed and decomposed spelling of the same letter', () => {
    expect(normalisedEmail('jos\u0065\u0301@pay.example')).toBe(normalisedEmail('jos\u00e9@pay.example'));
  });

  it.each([
    ['a dot', 'a.lice@pay.example'],
    ['a plus-tag', 'alice+x@pay.example'],
    ['a Cyrillic look-alike', '\u0430lice@pay.example'],
    ['a full-width look-alike', '\uff41lice@pay.example'],
    ['a Gmail dot', 'a.lice@gmail.com'],
  ])('keeps an address with %s a different owner', (_, other) => {
    expect(ownerOfEmail(other)).not.toBe(ownerOfEmail(other.endsWith('gmail.com') ? 'alice@gmail.com' : 'alice@pay.example'));
  });

  it('is only the token itself when the email is not verified, never the address', () => {
    const unverified = ownerOf({ sub: 's1', email: 'alice@pay.example', emailVerified: false });
    expect(unverified).toBe('SUB#s1');
    expect(unverified).not.toBe(ownerOfEmail('alice@pay.example'));
  });

  it('lets a token act on what its own subject opened unverified, whether or not its email is verified now, and on nothing of another subject', () => {
    const opened = ownerOf({ sub: 's1', email: 'alice@pay.example', emailVerified: false });
    expect(owns({ sub: 's1', email: 'alice@pay.example', emailVerified: true }, opened)).toBe(true);
    expect(owns({ sub: 's1', email: 'alice@pay.example', emailVerified: false }, opened)).toBe(true);
    expect(owns({ sub: 's2', email: 'alice@pay.example', emailVerified: true }, opened)).toBe(false);
    expect(owns({ sub: 's2', email: 'alice@pay.example', emailVerified: false }, ownerOfEmail('alice@pay.example'))).toBe(false);
  });

  it('moves what a subject opened unverified to its email once the email is verified, and claims nothing before', () => {
    expect(ownershipClaimOf({ sub: 's1', email: 'Alice@Pay.Example', emailVerified: true })).toEqual({ from: 'SUB#s1', to: ownerOfEmail('alice@pay.example') });
    expect(ownershipClaimOf({ sub: 's1', email: 'alice@pay.example', emailVerified: false })).toBeUndefined();
  });
});
