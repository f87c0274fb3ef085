import * as z from 'zod/mini';
import { isWalletPrivateKey } from '../domain/redaction';
import { priorities, ticketTypes } from '../domain/types';
import { attachments, described, text } from './schema-fields';

/*
 * The ticket forms of POST /v1/tickets and POST /v1/agent/tickets: one member per type, twice,
 * the largest schemas of the API. They are apart from functions/api/schemas.ts so that only the two
 * functions that open tickets build them at their cold start (zod builds a module's schemas when
 * it is imported).
 */

const amount = z
  .string()
  .check(
    z.regex(/^(?:0|[1-9]\d{0,11})(?:\.\d{1,8})?$/, 'A decimal amount as a string, such as "10.00".'),
    z.refine((value) => Number(value) > 0, 'Must be more than zero.'),
  );
const currency = z.string().check(z.regex(/^[A-Z][A-Z0-9]{2,9}$/, 'A currency code in capitals, such as "USD" or "USDT".'));
// Structured fields are validated, not redacted: a private key pasted where an address or an id
// belongs is refused, so it is neither stored nor sent to the provider.
const notAPrivateKey = z.refine<string>((value) => !isWalletPrivateKey(value), 'This is a wallet’s private key, not an address or an id: never send it; rotate the key if it was shared.');
const country = z.string().check(z.regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 country code, such as "DE".'));

const paddleRefund = z.strictObject({
  provider: z.literal('paddle'),
  transactionId: z.string().check(z.regex(/^txn_[a-z0-9]{10,40}$/, 'A Paddle transaction id, such as "txn_01h8bkrkjyxgtnvwf9s8d1tqzn".')),
  amount,
  currency,
});
const coinpaymentsRefund = z.strictObject({
  provider: z.literal('coinpayments'),
  transactionId: z.string().check(z.regex(/^[A-Za-z0-9]{8,64}$/, 'A CoinPayments transaction id (letters and digits).'), notAPrivateKey),
  amount,
  currency,
  refundAddress: z.string().check(z.regex(/^[A-Za-z0-9:._-]{10,128}$/, 'The address the refund is paid to.'), notAPrivateKey),
});
const refundDetails = z.discriminatedUnion('provider', [paddleRefund, coinpaymentsRefund], {
  error: 'Name the provider: "paddle" or "coinpayments".',
});
const withdrawalDetails = z.strictObject({ amount, currency, destination: text(200) });
const kycDetails = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('verification'), country, address: z.optional(text(500)) }),
    z.strictObject({ kind: z.literal('address_change'), country, address: text(500) }),
  ],
  { error: 'Say which: "verification" or "address_change".' },
);
const noDetails = z._default(z.strictObject({}), {});

const ticketBase = {
  name: text(200),
  phone: z.optional(z.string().check(z.regex(/^\+?[0-9][0-9 ()-]{5,24}$/, 'A phone number, such as "+49 30 1234567".'))),
  subject: text(200),
  description: text(10_000),
  priority: described(z._default(z.enum(priorities), 'normal'), 'A security ticket is handled at high priority at least: one opened lower is opened at high, and its `created` event records the priority asked for as `requestedPriority`.'),
  attachments,
};

/**
 * An email address support types for a customer: plain ASCII (an internationalised domain in its
 * punycode `xn--` form), so a look-alike letter from another script cannot slip into an address
 * that reads like a customer's (see README "Who owns a ticket").
 */
const customerEmail = z
  .string()
  .check(
    z.trim(),
    z.maxLength(254, 'At most 254 characters.'),
    z.regex(/^[\x21-\x3f\x41-\x7e]+@[a-zA-Z0-9-]+(?:\.[a-zA-Z0-9-]+)+$/, 'An email address in plain ASCII, such as "alice@pay.example" (an internationalised domain in its xn-- form).'),
  );

/** The ticket form of each type, with what a route adds to every form. */
const ticketForms = <S extends z.core.$ZodLooseShape>(extra: S) => {
  const withDetails = <T extends (typeof ticketTypes)[number], D extends z.ZodMiniType>(type: T, details: D) =>
    z.strictObject({ type: z.literal(type), ...ticketBase, ...extra, details });
  return z.discriminatedUnion(
    'type',
    [
      withDetails('refund', refundDetails),
      withDetails('withdrawal', withdrawalDetails),
      withDetails('kyc', kycDetails),
      ...(['account_restoration', 'account_deletion', 'bug_report', 'security', 'payments', 'api', 'account', 'general'] as const).map((type) =>
        withDetails(type, noDetails),
      ),
    ],
    { error: `One of: ${ticketTypes.join(', ')}.` },
  );
};

/** POST /v1/tickets. */
export const createTicketBody = ticketForms({});
export type CreateTicketBody = z.output<typeof createTicketBody>;

/** POST /v1/agent/tickets: support opens a case for the customer of `email`, with a first public message and an optional internal note. */
export const supportTicketBody = ticketForms({ email: customerEmail, message: text(10_000), note: z.optional(text(10_000)) });

