import { randomUUID } from 'node:crypto';

/**
 * A short tag that keeps a test's subject or email apart from other tests' on the shared cloud.
 * Eight hex characters: never a run of 12 or more digits, which redaction rightly reads as a card
 * number when it passes Luhn (a `Date.now()` suffix did, one run in ten).
 */
export const uniqueTag = (): string => randomUUID().slice(0, 8);
