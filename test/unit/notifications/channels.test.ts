import { describe, expect, it } from 'vitest';
import { certainlyNotSent, mailboxOf } from '../../../functions/notifications/channels';

describe('whether a failed send certainly did not go out', () => {
  it('is so when the service answered with an error', () => {
    expect(certainlyNotSent(Object.assign(new Error('Throttling'), { $metadata: { httpStatusCode: 400 } }))).toBe(true);
  });

  it('is so when the service could not be reached', () => {
    expect(certainlyNotSent(Object.assign(new Error('connect ECONNREFUSED'), { code: 'ECONNREFUSED', $metadata: { attempts: 3 } }))).toBe(true);
  });

  it('is not so after a timeout or a reset, when the request may have arrived', () => {
    expect(certainlyNotSent(Object.assign(new Error('socket hang up'), { code: 'ECONNRESET' }))).toBe(false);
    expect(certainlyNotSent(Object.assign(new Error('aborted'), { name: 'AbortError' }))).toBe(false);
  });
});

describe('the From mailbox of an email', () => {
  it('puts a plain display name in quotes before the address', () => {
    expect(mailboxOf('Pay Example', 'help@pay.example')).toBe('"Pay Example" <help@pay.example>');
  });

  it('escapes quotes and backslashes and keeps the name on one line', () => {
    expect(mailboxOf('Pay "Help"\\Desk\r\nBcc: x@y.example', 'help@pay.example')).toBe('"Pay \\"Help\\"\\\\Desk Bcc: x@y.example" <help@pay.example>');
  });

  it('encodes a name beyond ASCII as RFC 2047 words of at most 75 characters that decode to the name', () => {
    const name = 'Zahlungsdienst Müller & Söhne – Kundenservice für Ihre Anfragen 🙂';
    const mailbox = mailboxOf(name, 'help@pay.example');
    const words = mailbox.replace(/ <help@pay\.example>$/, '').split(' ');
    expect(words.length).toBeGreaterThan(1);
    for (const word of words) expect(word).toMatch(/^=\?UTF-8\?B\?[A-Za-z0-9+/=]+\?=$/);
    for (const word of words) expect(word.length).toBeLessThanOrEqual(75);
    expect(words.map((word) => Buffer.from(word.slice(10, -2), 'base64').toString('utf8')).join('')).toBe(name);
  });

  it('is the bare address when the name is empty', () => {
    expect(mailboxOf('  ', 'help@pay.example')).toBe('help@pay.example');
  });
});
