import { describe, expect, it } from 'vitest';
import { isWalletPrivateKey, redact, redactFields } from '../../../functions/domain/redaction';

// Secrets are assembled from pieces so that no secret scanner takes this file for a leak.
const join = (...pieces: string[]) => pieces.join('');
const awsKeyId = join('AKIA', 'IOSFODNN7EXAMPLE');
const awsSecret = join('wJalrXUtnFEMI/K7MDENG/', 'bPxRfiCYEXAMPLEKEY');

describe('redact: card numbers', () => {
  it.each([
    ['4111111111111111', 'Card 4111111111111111 please', 'Card [card ending 1111] please'],
    ['grouped with spaces', 'Card 4111 1111 1111 1111 please', 'Card [card ending 1111] please'],
    ['grouped with dashes', 'card 5555-5555-5555-4444.', 'card [card ending 4444].'],
    ['a 15-digit Amex in 4-6-5', 'amex 3782 822463 10005', 'amex [card ending 0005]'],
    ['a 13-digit Visa', 'old card 4222222222222', 'old card [card ending 2222]'],
    ['a 19-digit card', 'card 6304000000000000018', 'card [card ending 0018]'],
    ['a card followed by a date', 'paid with 4111 1111 1111 1111 2024-01-15', 'paid with [card ending 1111] 2024-01-15'],
  ])('keeps only the last four digits of %s', (_name, text, expected) => {
    expect(redact(text)).toEqual({ text: expected, kinds: ['card_number'] });
  });

  it.each([
    ['an amount', 'I was charged 1234.56 USD, then 10,000.00'],
    ['a date and time', 'on 2024-01-15 at 10:30, also 15/01/2024'],
    ['a 10-digit phone number', 'call me on 0412345678'],
    ['a spaced phone number', 'or +1 415 555 2671'],
    ['a ticket number', 'about ticket 12345678'],
    ['a 16-digit id that fails the Luhn check', 'transaction 4111111111111112'],
    ['a card-like run inside a longer digit run', 'reference 411111111111111100000'],
  ])('leaves %s alone', (_name, text) => {
    expect(redact(text)).toEqual({ text, kinds: [] });
  });
});

describe('redact: what goes with a card', () => {
  it('keeps neither the security code nor the expiry of a card', () => {
    expect(redact('my card is 5555 5555 5555 4444 exp 12/28 cvv 123')).toEqual({
      text: 'my card is [card ending 4444] exp [REDACTED] cvv [REDACTED]',
      kinds: ['card_expiry', 'card_number', 'card_security_code'],
    });
  });

  it.each([
    ['separated by bars', '4111111111111111|12/28|123', '[card ending 1111]|[REDACTED]|[REDACTED]'],
    ['separated by spaces', 'card 4111111111111111 12/2028 1234', 'card [card ending 1111] [REDACTED] [REDACTED]'],
    ['code before expiry', '4111111111111111, 123, 1/28', '[card ending 1111], [REDACTED], [REDACTED]'],
    ['labelled expiry then a bare code', '4111111111111111 expires 12/28 123', '[card ending 1111] expires [REDACTED] [REDACTED]'],
  ])('redacts an unlabelled expiry and code written right after the card number (%s)', (_name, text, expected) => {
    expect(redact(text)).toEqual({ text: expected, kinds: ['card_expiry', 'card_number', 'card_security_code'] });
  });

  it.each([
    ['CVV: 123', 'CVV: [REDACTED]'],
    ['cvc2=1234', 'cvc2=[REDACTED]'],
    ['the security code is 987', 'the security code is [REDACTED]'],
    ['card verification value 321', 'card verification value [REDACTED]'],
  ])('redacts a labelled security code anywhere: “%s”', (text, expected) => {
    expect(redact(text)).toEqual({ text: expected, kinds: ['card_security_code'] });
  });

  it('redacts a labelled expiry when a card is mentioned near it', () => {
    expect(redact('Visa exp. date: 09/2027, the card was declined')).toEqual({ text: 'Visa exp. date: [REDACTED], the card was declined', kinds: ['card_expiry'] });
  });

  it.each([
    ['an expiry with no card in sight', 'my subscription expires 12/28, is that right?'],
    ['a three-digit amount after a card number', 'paid 4111111111111111 then 100 USD'],
    ['a date after a card number', 'card 4111111111111111 on 2024-01-15 at 10:30'],
    ['a ticket number and a code that is not labelled', 'ticket 48271935, error code 503'],
  ])('leaves %s alone', (_name, text) => {
    const result = redact(text);
    expect(result.kinds).not.toContain('card_expiry');
    expect(result.kinds).not.toContain('card_security_code');
    expect(result.text).not.toContain('[REDACTED]');
  });
});

describe('redact: wallet recovery phrases', () => {
  const phrase12 = 'legal winner thank year wave sausage worth useful legal winner thank yellow';
  const phrase24 = 'letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic avoid letter advice cage absurd amount doctor acoustic bless';

  it.each([
    ['12 words separated by spaces', `my phrase is ${phrase12}, is it safe?`, 'my phrase is [REDACTED], is it safe?'],
    ['24 words', `words: ${phrase24}`, 'words: [REDACTED]'],
    ['in capitals, one per line', `Recovery:\n${phrase12.toUpperCase().split(' ').join('\n')}\nis it safe?`, 'Recovery:\n[REDACTED]\nis it safe?'],
    ['as a numbered list', `1. ${phrase12.split(' ').map((word, index) => (index ? `${index + 1}) ${word}` : word)).join(' ')}`, '1. [REDACTED]'],
    ['separated by commas and dashes', phrase12.split(' ').join(', ').replace(', year,', ' - year -'), '[REDACTED]'],
    ['with words shortened to four letters or mistyped after them', 'lega winn than year wave sausag worth usefull legal winner thank yellow', '[REDACTED]'],
    ['after a password label', `password: ${phrase12}`, 'password: [REDACTED]'],
  ])('redacts a recovery phrase: %s', (_name, text, expected) => {
    expect(redact(text)).toEqual({ text: expected, kinds: ['recovery_phrase'] });
  });

  it.each([
    ['eleven list words', phrase12.split(' ').slice(1).join(' ')],
    ['a sentence of list words cut by a sentence end', 'Please help, what about that? They will also add this when you can.'],
    ['an ordinary request', 'Hello, I lost access to my account after I changed my phone. Can you help me recover it? My wallet balance shows zero.'],
    ['list words among words that only start like list words', 'Applicant also pasted legal winner thank year wave sausage the form'],
    ['twelve list words broken by a word outside the list', 'legal winner thank year wave sausage the worth useful legal winner thank yellow'],
  ])('leaves %s alone', (_name, text) => {
    expect(redact(text)).toEqual({ text, kinds: [] });
  });
});

describe('redact: private keys', () => {
  const hex = join('4c0883a69102937d6231471b5dbb6204', 'fe5129617082792ae468d01a3f362318');

  it.each([
    ['64 hex digits', `my key ${hex} thanks`, 'my key [REDACTED] thanks'],
    ['64 hex digits with 0x', `pk=0x${hex}`, 'pk=[REDACTED]'],
    ['64 hex digits called a key after a transaction', `tx failed, private key: ${hex}`, 'tx failed, private key: [REDACTED]'],
    ['a compressed WIF key', join('import KwDiBf89QgGbjEhKnhXJuH7', 'LrciVrZi3qYjgd9M7rFU73sVHnoWn please'), 'import [REDACTED] please'],
    ['an uncompressed WIF key', join('5HueCGU8rMjxEXxiPuD5BDku4M', 'kFqeZyd4dZ1jvhTVqvbTLvyTJ'), '[REDACTED]'],
    [
      'an extended private key',
      join('xprv9s21ZrQH143K3QTDL4LXw2F7HEK3wJUD2nW2nRk4stbPy6cq3jPPqjiChkVvvNKmPG', 'JxWUtg6LnF5kejMRNNU3TGtRBeJgk33yuGBxrMPHi'),
      '[REDACTED]',
    ],
    ['a PGP private key block', '-----BEGIN PGP PRIVATE KEY BLOCK-----\nlQOYBF0\n-----END PGP PRIVATE KEY BLOCK-----', '[REDACTED]'],
  ])('redacts %s', (_name, text, expected) => {
    expect(redact(text)).toEqual({ text: expected, kinds: ['private_key'] });
  });

  it.each([
    ['a transaction hash', `withdrawal tx hash 0x${hex} not arrived`],
    ['a txid', `TxID: ${hex}`],
    ['a deposit', `my deposit 0x${hex} has not arrived`],
    ['an explorer link', `see https://etherscan.io/tx/0x${hex}`],
    ['a Bitcoin address', 'send to 1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2 or bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq'],
  ])('leaves %s alone', (_name, text) => {
    expect(redact(text)).toEqual({ text, kinds: [] });
  });
});

describe('isWalletPrivateKey', () => {
  it('tells a WIF or extended private key from an address or a transaction id', () => {
    expect(isWalletPrivateKey(join('KwDiBf89QgGbjEhKnhXJuH7', 'LrciVrZi3qYjgd9M7rFU73sVHnoWn'))).toBe(true);
    expect(isWalletPrivateKey(join('5HueCGU8rMjxEXxiPuD5BDku4M', 'kFqeZyd4dZ1jvhTVqvbTLvyTJ'))).toBe(true);
    expect(isWalletPrivateKey('bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq')).toBe(false);
    expect(isWalletPrivateKey('1BvBMSEYstWetqTFn5Au4m4GFg7xJaNVN2')).toBe(false);
    expect(isWalletPrivateKey('CPHB0TQ5XKXXLGSE1NHWRBBWMD')).toBe(false);
  });
});

describe('redact: secrets', () => {
  it('redacts an AWS access key id and a secret access key, keeping the label', () => {
    expect(redact(`id ${awsKeyId}\naws_secret_access_key = ${awsSecret}`)).toEqual({
      text: 'id [REDACTED]\naws_secret_access_key = [REDACTED]',
      kinds: ['aws_access_key'],
    });
    expect(redact(join('temporary ASIA', 'Y34FZKBOKMUTVV7A')).text).toBe('temporary [REDACTED]');
  });

  it('redacts a private key block whole', () => {
    const block = ['-----BEGIN RSA PRIVATE KEY-----', 'MIIEpAIBAAKCAQEA7', 'abc/def+ghi==', '-----END RSA PRIVATE KEY-----'].join('\n');
    expect(redact(`my key:\n${block}\nthanks`)).toEqual({ text: 'my key:\n[REDACTED]\nthanks', kinds: ['private_key'] });
  });

  it('redacts a private key block pasted without its end', () => {
    expect(redact('-----BEGIN OPENSSH PRIVATE KEY-----\nb3BlbnNzaC1rZXktdjEAAAAA')).toEqual({ text: '[REDACTED]', kinds: ['private_key'] });
  });

  it.each([
    ['a Stripe secret key', join('sk_', 'live_', '51HabcdefGHIJKLmnopqrstu')],
    ['a Stripe restricted key', join('rk_', 'live_', '51HabcdefGHIJKLmnopqrstu')],
    ['a Stripe webhook secret', join('whsec_', 'MfKQ9r8GKYqrTwjUPD8ILPZIo2LaLaSw')],
    ['a Paddle API key', join('pdl_live_', 'apikey_', '01gtgztp8f4kek3yd4g1wrksa3_q6TGTJyvoIz7LDtXT65bX7_AQO')],
    ['a GitHub classic token', join('ghp_', 'XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg')],
    ['a GitHub OAuth token', join('gho_', 'XIxB7KMNdAr3zqWtQqhE94qglHqOzn1D1stg')],
    ['a GitHub fine-grained token', join('github_', 'pat_', '11ABCDEFG0123456789_abcdefghijklmnopqrstuvwxyz')],
    ['a GitLab token', join('glpat-', 'abcdefghij0123456789')],
    ['a Slack bot token', join('xoxb-', '1234567890-0987654321-AbCdEfGh')],
    ['a Slack user token', join('xoxp-', '1234567890-0987654321-AbCdEfGh')],
    ['a Google API key', join('AIza', 'SyA1234567890abcdefghijklmnopqrstuv')],
    ['an OpenAI project key', join('sk-', 'proj-', 'abcdefghijklmnopqrstuvwxyz012345')],
    ['an Anthropic key', join('sk-', 'ant-', 'api03-abcdefghijklmnopqrstuvwxyz012345')],
  ])('redacts %s', (_name, key) => {
    expect(redact(`use ${key} for it`)).toEqual({ text: 'use [REDACTED] for it', kinds: ['api_key'] });
  });

  it('redacts a bearer token but keeps the word Bearer', () => {
    const jwt = join('eyJhbGciOiJIUzI1NiJ9', '.eyJzdWIiOiIxMjMifQ', '.dBjftJeZ4CVP-mB92K27uhbUJU1p1r_wW1gFWFOEjXk');
    expect(redact(`Authorization: Bearer ${jwt}`)).toEqual({ text: 'Authorization: Bearer [REDACTED]', kinds: ['bearer_token'] });
    expect(redact(`token: Bearer ${jwt}`)).toEqual({ text: 'token: Bearer [REDACTED]', kinds: ['bearer_token'] });
  });

  it.each([
    ['password: hunter2', 'password: [REDACTED]', 'password'],
    ['Password = s3cr3t!', 'Password = [REDACTED]', 'password'],
    ['passwd=abc', 'passwd=[REDACTED]', 'password'],
    ['pwd: abc', 'pwd: [REDACTED]', 'password'],
    ['secret: abc', 'secret: [REDACTED]', 'password'],
    ['{"password": "two words"}', '{"password": "[REDACTED]"}', 'password'],
    ['api_key=abc123', 'api_key=[REDACTED]', 'api_key'],
    ['API-KEY: abc123', 'API-KEY: [REDACTED]', 'api_key'],
    ['token: abc123', 'token: [REDACTED]', 'api_key'],
    ['access_token=abc123', 'access_token=[REDACTED]', 'api_key'],
  ])('redacts the value of “%s”, keeping its label', (text, expected, kind) => {
    expect(redact(text)).toEqual({ text: expected, kinds: [kind] });
  });

  it.each([
    ['prose about a password', 'I forgot my password, can you reset it? My api key stopped working.'],
    ['prose about bearers', 'The bearer of this letter uses Bearer authentication.'],
    ['an AWS-like word too short to be a key', 'AKIA123 is not a key'],
    ['ordinary ids', 'order ord_01H8X and customer cus_123, see https://example.com/a-b'],
  ])('leaves %s alone', (_name, text) => {
    expect(redact(text)).toEqual({ text, kinds: [] });
  });

  it('names every kind it found, once, in a stable order', () => {
    const text = `card 4111111111111111, password: x, ${awsKeyId}, again 5555555555554444`;
    expect(redact(text)).toEqual({
      text: 'card [card ending 1111], password: [REDACTED] [REDACTED], again [card ending 4444]',
      kinds: ['aws_access_key', 'card_number', 'password'],
    });
  });
});

describe('redactFields', () => {
  it('redacts every field and returns the union of kinds', () => {
    const result = redactFields({ subject: 'card 4111 1111 1111 1111', description: 'password: x', name: 'Ana', phone: undefined });
    expect(result).toEqual({
      fields: { subject: 'card [card ending 1111]', description: 'password: [REDACTED]', name: 'Ana', phone: undefined },
      kinds: ['card_number', 'password'],
    });
  });
});
