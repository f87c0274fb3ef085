import { wordlist } from '@scure/bip39/wordlists/english.js';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { redact } from '../../../functions/domain/redaction';

// Filler is made of words that cannot be taken for a phrase's (not in the BIP-39 list, no list
// word's first four letters) and has no digits, so that what survives of a secret can be seen.
const listPrefixes = new Set(wordlist.map((word) => word.slice(0, 4)));
const fillerWords = ['hello', 'the', 'to', 'my', 'is', 'it', 'I', 'of', 'in', 'on', 'we', 'was', 'not', 'for', 'with', 'yesterday', 'received', 'withdrawal', 'refund', 'payment', 'status', 'thanks', 'support', 'urgent', 'please']
  .filter((word) => !listPrefixes.has(word.toLowerCase().slice(0, 4)) && !wordlist.includes(word.toLowerCase()));
const filler = fc.array(fc.constantFrom(...fillerWords), { maxLength: 8 }).map((words) => words.join(' '));
const embedded = (secret: fc.Arbitrary<string>) =>
  fc.tuple(filler, fc.constantFrom(' ', '\n', ': ', ', '), secret, fc.constantFrom(' ', '\n', ', ', '. '), filler).map((parts) => parts.join(''));

const digits = (length: number) => fc.array(fc.integer({ min: 0, max: 9 }), { minLength: length, maxLength: length }).map((values) => values.join(''));
const luhnCheckDigit = (body: string) => {
  let sum = 0;
  [...body].reverse().forEach((character, index) => {
    let digit = Number(character);
    if (index % 2 === 0) digit = digit * 2 > 9 ? digit * 2 - 9 : digit * 2;
    sum += digit;
  });
  return String((10 - (sum % 10)) % 10);
};
const cardNumber = fc.tuple(fc.constantFrom('4', '51', '55'), digits(14)).map(([prefix, rest]) => {
  const body = (prefix + rest).slice(0, 15);
  return body + luhnCheckDigit(body);
});
const grouped = (card: string, separator: string) => card.match(/.{1,4}/g)?.join(separator) ?? card;
const expiry = fc.tuple(fc.integer({ min: 1, max: 12 }), fc.integer({ min: 24, max: 39 }), fc.boolean()).map(([month, year, long]) => `${String(month).padStart(2, '0')}/${long ? `20${year}` : year}`);
const securityCode = fc.oneof(digits(3), digits(4));
const cardWithDetails = fc
  .tuple(cardNumber, fc.constantFrom('', ' ', '-'), expiry, securityCode, fc.constantFrom('labelled', 'bars', 'spaces', 'code first'))
  .map(([card, separator, date, code, layout]) => {
    const number = grouped(card, separator);
    if (layout === 'labelled') return `card ${number} exp ${date} cvv ${code}`;
    if (layout === 'bars') return `${number}|${date}|${code}`;
    if (layout === 'spaces') return `${number} ${date} ${code}`;
    return `${number}, ${code}, ${date}`;
  });

const phraseLength = fc.constantFrom(12, 15, 18, 21, 24);
const phrase = phraseLength
  .chain((length) =>
    fc.tuple(fc.array(fc.constantFrom(...wordlist), { minLength: length, maxLength: length }), fc.constantFrom(' ', ', ', '\n', ' - '), fc.boolean()),
  )
  .map(([words, separator, upper]) => (upper ? words.map((word) => word.toUpperCase()) : words).join(separator));

const hexDigits = (length: number) => fc.array(fc.constantFrom(...'0123456789abcdefABCDEF'), { minLength: length, maxLength: length }).map((values) => values.join(''));
const base58Alphabet = [...'123456789ABCDEFGHJKLMNPQRSTUVWXYZabcdefghijkmnopqrstuvwxyz'];
const base58 = (length: number) => fc.array(fc.constantFrom(...base58Alphabet), { minLength: length, maxLength: length }).map((values) => values.join(''));
const base64Line = fc.array(fc.constantFrom(...'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/'), { minLength: 16, maxLength: 64 }).map((values) => values.join(''));
const privateKey = fc.oneof(
  fc.tuple(fc.constantFrom('', '0x'), hexDigits(64)).map(([prefix, hex]) => `key ${prefix}${hex}`),
  fc.tuple(fc.constantFrom('5H', '5J', '5K'), base58(49)).map(([prefix, rest]) => prefix + rest),
  fc.tuple(fc.constantFrom('K', 'L'), base58(51)).map(([prefix, rest]) => prefix + rest),
  fc.tuple(fc.constantFrom('RSA ', 'EC ', 'OPENSSH ', ''), fc.array(base64Line, { minLength: 1, maxLength: 4 })).map(
    ([kind, lines]) => `-----BEGIN ${kind}PRIVATE KEY-----\n${lines.join('\n')}\n-----END ${kind}PRIVATE KEY-----`,
  ),
);

const withoutCardMarkers = (text: string) => text.replace(/\[card ending \d{4}\]/g, '');
const tokens = (text: string) => new Set(text.toLowerCase().match(/[a-z]+/g) ?? []);

describe('redact: properties', () => {
  it('changes nothing when it redacts redacted text', () => {
    const anything = fc.oneof(fc.string(), fc.string({ unit: 'grapheme' }), embedded(fc.oneof(cardWithDetails, phrase, privateKey)));
    fc.assert(
      fc.property(fc.array(anything, { maxLength: 4 }), (pieces) => {
        const once = redact(pieces.join(' '));
        expect(redact(once.text)).toEqual({ text: once.text, kinds: [] });
      }),
    );
  });

  it('lets no digit of a card number, its expiry or its security code through but the last four', () => {
    fc.assert(
      fc.property(embedded(cardWithDetails), (text) => {
        const result = redact(text);
        expect(withoutCardMarkers(result.text)).not.toMatch(/\d/);
        expect(result.kinds).toEqual(expect.arrayContaining(['card_number', 'card_expiry', 'card_security_code']));
      }),
    );
  });

  it('lets no word of a recovery phrase through', () => {
    fc.assert(
      fc.property(fc.tuple(filler, phrase, filler), ([before, words, after]) => {
        const result = redact(`${before} ${words}\n${after}`);
        const left = tokens(result.text);
        expect(words.toLowerCase().match(/[a-z]+/g)?.filter((word) => left.has(word))).toEqual([]);
        expect(result.kinds).toEqual(['recovery_phrase']);
      }),
    );
  });

  it('lets no private key through, whatever its format', () => {
    fc.assert(
      fc.property(privateKey, filler, filler, (key, before, after) => {
        const result = redact(`${before} ${key} ${after}`);
        const body = key.replace(/^key (0x)?/, '').replace(/-----[A-Z ]+-----/g, '');
        body.split('\n').filter((line) => line.length >= 8).forEach((line) => expect(result.text).not.toContain(line));
        expect(result.kinds).toEqual(['private_key']);
      }),
    );
  });

  it('leaves ordinary text alone: words, amounts, dates, ticket numbers and transaction hashes', () => {
    const ordinary = fc.oneof(
      filler,
      fc.tuple(fc.integer({ min: 1, max: 99_999 }), fc.integer({ min: 0, max: 99 }), fc.constantFrom('USD', 'EUR', 'USDT')).map(([whole, cents, currency]) => `${whole}.${String(cents).padStart(2, '0')} ${currency}`),
      fc.date({ min: new Date('2000-01-01'), max: new Date('2099-12-31'), noInvalidDate: true }).map((date) => date.toISOString().slice(0, 10)),
      fc.tuple(fc.integer({ min: 1, max: 28 }), fc.integer({ min: 1, max: 12 }), fc.integer({ min: 2000, max: 2099 })).map(([day, month, year]) => `${day}/${month}/${year}`),
      digits(8).map((number) => `ticket ${number}`),
      hexDigits(64).map((hash) => `tx hash 0x${hash}`),
    );
    fc.assert(
      fc.property(fc.array(ordinary, { maxLength: 6 }), (pieces) => {
        const text = pieces.join(', and ');
        expect(redact(text)).toEqual({ text, kinds: [] });
      }),
    );
  });
});
