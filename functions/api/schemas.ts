import * as z from 'zod/mini';
import { isWalletPrivateKey } from '../domain/redaction';
import { attachmentLimits, attachmentTypes, type AttachmentType } from '../domain/attachment';
import { complaintResponseKinds } from '../domain/complaints';
import { phases, priorities, reportStatuses, ticketTypes } from '../domain/types';

/**
 * The request schemas of the API: they validate every request and generate the OpenAPI
 * document, so the two cannot disagree. Written with zod/mini, whose schemas cost a fraction of
 * classic zod's to build at cold start (see `npm run bench:cold`); the checks and messages are the same.
 */

const text = (max: number) => z.string().check(z.trim(), z.minLength(1, 'Required; must not be blank.'), z.maxLength(max, `At most ${max} characters.`));
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

/** A field or query parameter with what the API document says of it. */
const described = <T extends z.ZodMiniType>(schema: T, description: string): T => {
  z.globalRegistry.add(schema, { description });
  return schema;
};

/** An upload's id, as POST /v1/uploads answered it (a ULID). */
const uploadId = z.string().check(z.regex(/^[0-9A-HJKMNP-TV-Z]{26}$/, 'An upload id, as POST /v1/uploads answered it.'));

/** The uploads a message carries: their files are checked and attached with it. */
const attachments = described(
  z.optional(
    z.array(uploadId).check(z.maxLength(attachmentLimits.maxFilesPerMessage, `At most ${attachmentLimits.maxFilesPerMessage} files a message.`)),
  ),
  `Upload ids (POST /v1/uploads) whose files go with this message: at most ${attachmentLimits.maxFilesPerMessage}, each attached once, ${attachmentLimits.maxTicketBytes / (1024 * 1024)} MB a ticket in all. ` +
    'Each file is checked (its size, its type from its content) before anything is stored; a problem answers 422 `attachment_refused` (409 `upload_already_attached` for an upload attached already) naming the upload, and nothing is attached.',
);

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

/** POST /v1/tickets/{number}/messages. */
export const customerMessageBody = z.strictObject({ body: text(10_000), attachments });

const complaintResponse = described(
  z.optional(z.enum(complaintResponseKinds, { error: `One of: ${complaintResponseKinds.join(', ')}.` })),
  'What this public reply is for the ticket’s complaint: its `acknowledgement`, a `holding` reply (PSD2 only: sent within 15 business days it extends the final response’s deadline to 35) or its `final` response, which meets the deadline or is late. ' +
    'The first of each kind is recorded; 422 `invalid_change` naming `complaintResponse` when the ticket is not a complaint, the reply is an internal note, or a holding reply is given under another rule.',
);

/** POST /v1/agent/tickets/{number}/messages: a note's files are internal like the note. */
export const agentMessageBody = z.strictObject({
  body: text(10_000),
  internal: z._default(z.boolean(), false),
  awaitReply: z._default(z.boolean(), false),
  attachments,
  complaintResponse,
});

const attachmentTypeList = Object.keys(attachmentTypes) as [AttachmentType, ...AttachmentType[]];

/** POST /v1/uploads: what the caller declares of the file they are about to upload. */
export const uploadBody = z.strictObject({
  name: described(
    z
      .string()
      .check(
        z.trim(),
        z.minLength(1, 'Required; must not be blank.'),
        z.maxLength(255, 'At most 255 characters.'),
        z.refine((name) => !/[/\\]/.test(name) && ![...name].some((character) => character < ' ' || character === '\x7f'), 'A file name without a path: no slash, backslash or control character.'),
        z.refine((name) => name !== '.' && name !== '..', 'A file name, not "." or "..".'),
      ),
    'The file name the thread shows and a download saves it under.',
  ),
  contentType: z.enum(attachmentTypeList, { error: `One of: ${attachmentTypeList.join(', ')} (logs are text/plain).` }),
  size: z
    .int('A whole number of bytes.')
    .check(
      z.minimum(1, 'An empty file cannot be attached.'),
      z.maximum(attachmentLimits.maxFileBytes, `At most ${attachmentLimits.maxFileBytes / (1024 * 1024)} MB (${attachmentLimits.maxFileBytes} bytes) a file.`),
    ),
});

/** POST /v1/agent/tickets/{number}/status. */
export const statusChangeBody = z.strictObject({ status: z.string().check(z.minLength(1), z.maxLength(100)), note: z.optional(text(2000)) });

/** Words the queue's `assignee` filter gives a meaning (the caller, the unassigned): no agent is called so. */
const assigneeFilterWords = ['me', 'nobody'];

/** PATCH /v1/agent/tickets/{number}. */
export const ticketPatchBody = z
  .strictObject({
    priority: described(z.optional(z.enum(priorities)), 'A security ticket cannot go below high (422 invalid_change).'),
    assignee: z.optional(
      z.nullable(
        z.string().check(
          z.minLength(1),
          z.maxLength(200),
          z.refine((assignee) => !assigneeFilterWords.includes(assignee), "Give the agent's sub (\"me\" and \"nobody\" are words of the queue's filter), or null to unassign."),
        ),
      ),
    ),
    reportStatus: z.optional(z.nullable(z.enum(reportStatuses))),
  })
  .check(z.refine((patch) => Object.values(patch).some((value) => value !== undefined), 'Give at least one of priority, assignee, reportStatus.'))
  .register(z.globalRegistry, { minProperties: 1 });

/** PUT /v1/me/preferences. */
export const preferencesBody = z.strictObject({ emailOnStatusChange: z.boolean(), emailOnReply: z.boolean() });

const limit = described(z._default(z.coerce.number().check(z.int('A whole number.'), z.minimum(1, 'At least 1.'), z.maximum(100, 'At most 100.')), 20), 'The most tickets a page holds.');
const cursor = described(z.optional(z.string().check(z.minLength(1), z.maxLength(4000))), 'The `cursor` of the previous page; follow it until it is null.');

const filtered = 'Filters the items a request reads: a page may hold fewer than `limit`, even none, with a cursor to go on.';

/** GET /v1/tickets. */
export const customerListQuery = z.strictObject({
  phase: described(z.optional(z.enum(phases)), filtered),
  status: described(z.optional(z.string().check(z.minLength(1), z.maxLength(100))), filtered),
  type: described(z.optional(z.enum(ticketTypes)), filtered),
  limit,
  cursor,
});

/** GET /v1/agent/queue/counts: the filters the queue serves by key (a type or status would mean reading every ticket). */
export const queueCountsQuery = z.strictObject({
  priority: described(z.optional(z.enum(priorities)), 'Counts only the tickets of this priority.'),
  assignee: described(
    z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    "`me` for the caller's own tickets, `nobody` for the unassigned, or an agent's sub; absent for everyone's.",
  ),
});

/** GET /v1/agent/tickets: the queue of one phase (open by default; closed tickets leave the queue). */
export const agentQueueQuery = z.strictObject({
  phase: z._default(z.enum(['open', 'awaiting_reply', 'solved']), 'open'),
  status: described(z.optional(z.string().check(z.minLength(1), z.maxLength(100))), filtered),
  type: described(z.optional(z.enum(ticketTypes)), filtered),
  priority: described(z.optional(z.enum(priorities)), 'Read by key: pages are full.'),
  assignee: described(
    z.optional(z.string().check(z.minLength(1), z.maxLength(200))),
    "`me` for the caller's own tickets, `nobody` for the unassigned, or an agent's sub. Read by key: pages are full.",
  ),
  order: described(
    z._default(z.enum(['priority', 'due']), 'priority'),
    '`priority`: by priority, then oldest first. `due`: by the nearest service-level due time, overdue first, listing only the tickets with a target counting (not paused, not met); there `priority` and `assignee` filter what is read, so pages may be short.',
  ),
  limit,
  cursor,
});

/** POST /v1/tickets/{number}/complaint: the customer's reason, if they give one. */
export const customerComplaintBody = z.strictObject({
  reason: described(z.optional(text(2_000)), 'Why you are unhappy with how your case was handled, in your words (sensitive data is removed before it is kept).'),
});

/** POST /v1/agent/tickets/{number}/complaint: when the complaint was received, if earlier than now, and a note for agents. */
export const agentComplaintBody = z.strictObject({
  receivedAt: described(
    z.optional(z.iso.datetime({ offset: true, error: 'An ISO 8601 date and time, such as "2026-11-30T09:15:00Z".' })),
    'When the customer complained, if before now (regulators count from receipt): not later than now and not before the ticket was opened (422 `invalid_change` naming it). Now when absent.',
  ),
  note: described(z.optional(text(10_000)), 'A note for agents on the timeline’s `complaint` event.'),
});

/** The longest period one complaints export covers: a year, leap day included. */
export const complaintReportMaxDays = 366;
const reportDate = z.iso.date({ error: 'A date, YYYY-MM-DD.' });
// NaN for a day that is not a date, which its own field's check names: the period's checks below then pass.
const daysFromTo = (period: { from: string; to: string }) => (Date.parse(period.to) - Date.parse(period.from)) / 86_400_000;

/** GET /v1/agent/reports/complaints: the complaints received in a period of days, both included, in the deployment's time zone. */
export const complaintReportQuery = z.strictObject({ from: described(reportDate, 'The first day of the period.'), to: described(reportDate, 'The last day of the period (included).') }).check(
  z.refine((period) => !(daysFromTo(period) < 0), { message: 'Not before `from`.', path: ['to'] }),
  z.refine((period) => !(daysFromTo(period) >= complaintReportMaxDays), { message: `A period of at most ${complaintReportMaxDays} days: export a longer one in parts.`, path: ['to'] }),
);
