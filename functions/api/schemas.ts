import * as z from 'zod';
import { phases, priorities, reportStatuses, ticketTypes } from '../domain/types';

/**
 * The request schemas of the API: they validate every request and generate the OpenAPI
 * document, so the two cannot disagree.
 */

const text = (max: number) => z.string().trim().min(1, 'Required; must not be blank.').max(max, `At most ${max} characters.`);
const amount = z
  .string()
  .regex(/^(?:0|[1-9]\d{0,11})(?:\.\d{1,8})?$/, 'A decimal amount as a string, such as "10.00".')
  .refine((value) => Number(value) > 0, 'Must be more than zero.');
const currency = z.string().regex(/^[A-Z][A-Z0-9]{2,9}$/, 'A currency code in capitals, such as "USD" or "USDT".');
const country = z.string().regex(/^[A-Z]{2}$/, 'An ISO 3166-1 alpha-2 country code, such as "DE".');

const paddleRefund = z.strictObject({
  provider: z.literal('paddle'),
  transactionId: z.string().regex(/^txn_[a-z0-9]{10,40}$/, 'A Paddle transaction id, such as "txn_01h8bkrkjyxgtnvwf9s8d1tqzn".'),
  amount,
  currency,
});
const coinpaymentsRefund = z.strictObject({
  provider: z.literal('coinpayments'),
  transactionId: z.string().regex(/^[A-Za-z0-9]{8,64}$/, 'A CoinPayments transaction id (letters and digits).'),
  amount,
  currency,
  refundAddress: z.string().regex(/^[A-Za-z0-9:._-]{10,128}$/, 'The address the refund is paid to.'),
});
const refundDetails = z.discriminatedUnion('provider', [paddleRefund, coinpaymentsRefund], {
  error: 'Name the provider: "paddle" or "coinpayments".',
});
const withdrawalDetails = z.strictObject({ amount, currency, destination: text(200) });
const kycDetails = z.discriminatedUnion(
  'kind',
  [
    z.strictObject({ kind: z.literal('verification'), country, address: text(500).optional() }),
    z.strictObject({ kind: z.literal('address_change'), country, address: text(500) }),
  ],
  { error: 'Say which: "verification" or "address_change".' },
);
const noDetails = z.strictObject({}).default({});

const ticketBase = {
  name: text(200),
  phone: z.string().regex(/^\+?[0-9][0-9 ()-]{5,24}$/, 'A phone number, such as "+49 30 1234567".').optional(),
  subject: text(200),
  description: text(10_000),
  priority: z.enum(priorities).default('normal'),
};

const withDetails = <T extends (typeof ticketTypes)[number], D extends z.ZodType>(type: T, details: D) =>
  z.strictObject({ type: z.literal(type), ...ticketBase, details });

/** POST /v1/tickets. */
export const createTicketBody = z.discriminatedUnion(
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
export type CreateTicketBody = z.output<typeof createTicketBody>;

/** POST /v1/tickets/{number}/messages. */
export const customerMessageBody = z.strictObject({ body: text(10_000) });

/** POST /v1/agent/tickets/{number}/messages. */
export const agentMessageBody = z.strictObject({
  body: text(10_000),
  internal: z.boolean().default(false),
  awaitReply: z.boolean().default(false),
});

/** POST /v1/agent/tickets/{number}/status. */
export const statusChangeBody = z.strictObject({ status: z.string().min(1).max(100), note: text(2000).optional() });

/** PATCH /v1/agent/tickets/{number}. */
export const ticketPatchBody = z
  .strictObject({
    priority: z.enum(priorities).optional(),
    assignee: z.string().min(1).max(200).nullable().optional(),
    reportStatus: z.enum(reportStatuses).nullable().optional(),
  })
  .refine((patch) => Object.values(patch).some((value) => value !== undefined), 'Give at least one of priority, assignee, reportStatus.')
  .meta({ minProperties: 1 });

/** PUT /v1/me/preferences. */
export const preferencesBody = z.strictObject({ emailOnStatusChange: z.boolean(), emailOnReply: z.boolean() });

const limit = z.coerce.number().int('A whole number.').min(1, 'At least 1.').max(100, 'At most 100.').default(20);
const cursor = z.string().min(1).max(4000).optional();

/** GET /v1/tickets. */
export const customerListQuery = z.strictObject({
  phase: z.enum(phases).optional(),
  status: z.string().min(1).max(100).optional(),
  type: z.enum(ticketTypes).optional(),
  limit,
  cursor,
});

/** GET /v1/agent/tickets: the queue of one phase (open by default; closed tickets leave the queue). */
export const agentQueueQuery = z.strictObject({
  phase: z.enum(['open', 'awaiting_reply', 'solved']).default('open'),
  status: z.string().min(1).max(100).optional(),
  type: z.enum(ticketTypes).optional(),
  priority: z.enum(priorities).optional(),
  assignee: z.string().min(1).max(200).optional(),
  limit,
  cursor,
});
