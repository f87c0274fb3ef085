import { cardMarker, redactCardDetails } from './card-details';
import { redactRecoveryPhrases } from './recovery-phrase';
import type { RedactionKind } from './types';

declare const redactedBrand: unique symbol;

/**
 * Text that went through redact(): the only free text the domain accepts, whatever its source (a
 * customer, an agent, a provider). A plain string does not type-check where this is asked for.
 *
 * Text is redacted once, by the use case that takes it in, not by the request schemas: the kinds
 * found are part of the use case's result (the API's `redacted`), text from providers and state
 * machines reaches use cases without passing any request schema, the request schemas also build
 * the OpenAPI document (a transform would make their input and output differ), and an
 * Idempotency-Key's fingerprint must be taken over what the caller sent, not over what redaction
 * left of it (two requests that differ only in a secret are different requests).
 */
export type RedactedText = string & { readonly [redactedBrand]: true };

/** Text with its sensitive parts replaced, and the kinds that were found. */
export interface Redacted {
  readonly text: RedactedText;
  readonly kinds: RedactionKind[];
}

const redacted = '[REDACTED]';

interface Rule {
  readonly kind: RedactionKind;
  readonly pattern: RegExp;
  /** The replacement of one match, or undefined to leave that match alone. */
  readonly replace: (match: string, ...groups: string[]) => string | undefined;
  /** Leaves a match alone when the text before it on its line says it is no secret. */
  readonly unlessAfter?: RegExp;
}

const whole = () => redacted;

// Well-known prefixes make these unambiguous, so they are redacted wherever they appear.
const apiKeyPatterns = [
  /\b[sr]k_(?:live|test)_[0-9A-Za-z]{10,}/, // Stripe secret and restricted keys
  /\bwhsec_[0-9A-Za-z+/=]{16,}/, // Stripe webhook signing secrets
  /\bpdl_(?:live|sdbx)_apikey_[0-9A-Za-z_]{20,}/, // Paddle Billing API keys
  /\bgh[pousr]_[0-9A-Za-z]{30,}/, // GitHub tokens (classic PAT, OAuth, user, server, refresh)
  /\bgithub_pat_[0-9A-Za-z_]{30,}/, // GitHub fine-grained PATs
  /\bglpat-[0-9A-Za-z_-]{20,}/, // GitLab personal access tokens
  /\bxox[bpaors]-[0-9A-Za-z-]{10,}/, // Slack tokens
  /\bAIza[0-9A-Za-z_-]{35}/, // Google API keys
  /\bsk-(?:proj|ant|svcacct|admin)-[0-9A-Za-z_-]{20,}/, // OpenAI project and Anthropic keys
  /\bsk-[0-9A-Za-z]{40,}/, // OpenAI legacy keys
];

// A label and a value on one line: `password: x`, `"api_key": "x"`, `token=x`. The label stays so
// the reader knows what was there; a value already redacted, or the word Bearer (its token is
// handled by the bearer rule), is left alone.
const labelled = (labels: string) =>
  new RegExp(String.raw`\b(${labels})(["']?[ \t]*[:=][ \t]*)(?!\[REDACTED\])(?!Bearer\b)("[^"\n]*"|'[^'\n]*'|[^\s"']+)`, 'gi');

const quotedRedacted = (value: string) => (/^["']/.test(value) ? `${value[0]}${redacted}${value[0]}` : redacted);

const base58 = '[1-9A-HJ-NP-Za-km-z]';
const walletKey = String.raw`(?:5[HJK]${base58}{49}|[KL]${base58}{51}|[xyzt]prv${base58}{100,108})`;
const wholeWalletKey = new RegExp(`^${walletKey}$`);

/**
 * Whether a field that should hold an address or an id holds a wallet's private key instead (WIF
 * or an extended private key), so that the request can be refused rather than stored or sent on.
 */
export const isWalletPrivateKey = (value: string): boolean => wholeWalletKey.test(value);

const rules: readonly Rule[] = [
  {
    kind: 'private_key',
    // A block pasted without its END line is redacted to the end of the text.
    pattern: /-----BEGIN (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----[\s\S]*?(?:-----END (?:[A-Z0-9]+ )*PRIVATE KEY(?: BLOCK)?-----|$(?![\s\S]))/g,
    replace: whole,
  },
  {
    kind: 'private_key',
    // Bitcoin's Wallet Import Format (uncompressed 5H/5J/5K, compressed K/L) and BIP-32 extended
    // private keys: base58 of these lengths and prefixes is not something people write otherwise.
    pattern: new RegExp(String.raw`(?<![0-9A-Za-z])${walletKey}(?![0-9A-Za-z])`, 'g'),
    replace: whole,
  },
  {
    kind: 'private_key',
    // A raw key (Ethereum and most chains) is 64 hex digits, and so is a transaction or block
    // hash, which support needs to trace a payment: 64 hex digits are redacted unless the words
    // just before them on their line call them a transaction, a deposit, a hash... and nothing there
    // calls them a key, a secret or a seed.
    pattern: /(?<![0-9A-Za-z])(?:0x)?[0-9a-fA-F]{64}(?![0-9A-Za-z])/g,
    replace: whole,
    unlessAfter: /^(?![\s\S]*\b(?:key|private|secret|seed)\b)[\s\S]*(?:\b(?:tx|txid|txn|tx[ _-]?hash|transactions?|hash|block|deposits?|withdrawals?|transfers?|payments?|payouts?)\b|\/tx\/)/i,
  },
  {
    kind: 'aws_access_key',
    pattern: /\b(aws_secret_access_key)(["']?[ \t]*[:=][ \t]*)("[^"\n]*"|'[^'\n]*'|[^\s"']+)/gi,
    replace: (_match, label = '', separator = '', value = '') => `${label}${separator}${quotedRedacted(value)}`,
  },
  { kind: 'aws_access_key', pattern: /\b(?:AKIA|ASIA)[A-Z0-9]{16}\b/g, replace: whole },
  { kind: 'api_key', pattern: new RegExp(apiKeyPatterns.map((pattern) => pattern.source).join('|'), 'g'), replace: whole },
  {
    kind: 'bearer_token',
    pattern: /\b(Bearer)([ \t]+)([A-Za-z0-9\-._~+/]+=*)/gi,
    // A token has digits; "bearer authentication" or "the bearer of" is prose.
    replace: (match, word = '', space = '', token = '') => (token.length >= 8 && /\d/.test(token) ? `${word}${space}${redacted}` : undefined),
  },
  {
    kind: 'password',
    pattern: labelled('password|passwd|passphrase|pwd|secret|client_secret'),
    replace: (_match, label = '', separator = '', value = '') => `${label}${separator}${quotedRedacted(value)}`,
  },
  {
    kind: 'api_key',
    pattern: labelled('api[_-]?key|access[_-]?token|auth[_-]?token|token'),
    replace: (_match, label = '', separator = '', value = '') => `${label}${separator}${quotedRedacted(value)}`,
  },
];

/** Digits with single spaces or dashes between them, as a whole run (not a piece of a longer one). */
const digitRun = /(?<!\d)\d(?:[ -]?\d)*(?!\d)/g;

function luhnValid(digits: string): boolean {
  let sum = 0;
  for (let index = 0; index < digits.length; index++) {
    let digit = Number(digits[digits.length - 1 - index]);
    if (index % 2 === 1) {
      digit *= 2;
      if (digit > 9) digit -= 9;
    }
    sum += digit;
  }
  return sum % 10 === 0;
}

/**
 * The card numbers in a run of digit groups: consecutive groups holding 13 to 19 Luhn-valid
 * digits. Card numbers are written in groups of three or more (4-4-4-4, 4-6-5, 4-4-4-4-3), so
 * runs with shorter groups, such as dates and phone numbers, are left alone.
 */
function redactCardsInRun(run: string, found: () => void): string {
  const groups = run.split(/([ -])/);
  const digitsAt = (index: number) => groups[index * 2] ?? '';
  const count = (groups.length + 1) / 2;
  const out: string[] = [];
  let start = 0;
  while (start < count) {
    let end = -1;
    let digits = '';
    for (let last = start; last < count; last++) {
      const group = digitsAt(last);
      if (group.length < 3 || (last > start && digitsAt(last - 1).length < 4)) break;
      digits += group;
      if (digits.length > 19) break;
      if (digits.length >= 13 && luhnValid(digits)) end = last;
    }
    if (end >= 0) {
      const card = groups.slice(start * 2, end * 2 + 1).join('').replace(/[ -]/g, '');
      out.push(cardMarker(card.slice(-4)));
      found();
      if (end + 1 < count) out.push(groups[end * 2 + 1] ?? '');
      start = end + 1;
    } else {
      out.push(digitsAt(start));
      if (start + 1 < count) out.push(groups[start * 2 + 1] ?? '');
      start += 1;
    }
  }
  return out.join('');
}

/**
 * Removes what must never be stored or logged: card numbers keep their last four digits
 * (`[card ending 1234]`) and lose the security code and expiry that go with them; wallet recovery
 * phrases (twelve or more BIP-39 words), private keys (PEM blocks, WIF, extended keys, 64 hex
 * digits not called a transaction or hash), AWS keys, API keys with a known prefix, bearer tokens
 * and labelled passwords, secrets and tokens become `[REDACTED]` (a label stays, its value goes).
 * Ordinary numbers (amounts, dates, phone and ticket numbers, ids that fail the Luhn check) and
 * ordinary sentences stay. Redacting redacted text changes nothing.
 */
export function redact(text: string): Redacted {
  const kinds = new Set<RedactionKind>();
  const found = (kind: RedactionKind) => kinds.add(kind);
  // Phrases first: a phrase after `password:` would otherwise lose only its first word.
  let result = redactRecoveryPhrases(text, redacted, () => found('recovery_phrase'));
  for (const rule of rules) {
    result = result.replace(rule.pattern, (match: string, ...rest: unknown[]) => {
      // After the groups come the offset (a number), the input and maybe named groups.
      const offsetAt = rest.findIndex((value) => typeof value === 'number');
      const groups = rest.slice(0, offsetAt).map((value) => (typeof value === 'string' ? value : ''));
      if (rule.unlessAfter && rule.unlessAfter.test(lineBefore(String(rest[offsetAt + 1]), Number(rest[offsetAt])))) return match;
      const replacement = rule.replace(match, ...groups);
      if (replacement === undefined) return match;
      found(rule.kind);
      return replacement;
    });
  }
  result = result.replace(digitRun, (run) => redactCardsInRun(run, () => found('card_number')));
  result = redactCardDetails(result, redacted, found);
  return { text: result as RedactedText, kinds: [...kinds].sort() };
}

/** The few words before `offset` on its line: what a value is called is written just before it. */
function lineBefore(input: string, offset: number): string {
  const before = input.slice(Math.max(0, offset - 40), offset);
  return before.slice(before.lastIndexOf('\n') + 1);
}

/**
 * Redacts every string of a record (undefined values stay undefined) and says which kinds were
 * found in any of them.
 */
export function redactFields<T extends Readonly<Record<string, string | undefined>>>(
  fields: T,
): { fields: { [K in keyof T]: RedactedText | Extract<T[K], undefined> }; kinds: RedactionKind[] } {
  const kinds = new Set<RedactionKind>();
  const out: Record<string, RedactedText | undefined> = {};
  for (const [name, value] of Object.entries(fields)) {
    if (value === undefined) {
      out[name] = value;
      continue;
    }
    const result = redact(value);
    result.kinds.forEach((kind) => kinds.add(kind));
    out[name] = result.text;
  }
  return { fields: out as { [K in keyof T]: RedactedText | Extract<T[K], undefined> }, kinds: [...kinds].sort() };
}
