import * as z from 'zod/mini';
import { attachmentLimits, attachmentTypes, type AttachmentType } from '../domain/attachment';
import { complaintResponseKinds } from '../domain/complaints';
import { phases, priorities, reportStatuses, ticketTypes } from '../domain/types';
import { attachments, described, text } from './schema-fields';

/**
 * The request schemas of the API (the ticket forms are in ticket-form-schemas.ts): they validate
 * every request and generate the OpenAPI document, so the two cannot disagree. Written with
 * zod/mini, whose schemas cost a fraction of classic zod's to build at cold start (see `npm run
 * bench:cold`); the checks and messages are the same.
 */

/** POST /v1/tickets/{number}/messages. */
export const customerMessageBody = z.strictObject({ body: text(10_000), attachments });

const complaintResponse = described(
  z.optional(z.enum(complaintResponseKinds, { error: `One of: ${complaintResponseKinds.join(', ')}.` })),
  'What this public reply is for the ticket’s complaint: its `acknowledgement`, a `holding` reply (PSD2 only: sent within 15 business days it extends the final response’s deadline to 35) or its `final` response, which meets the deadline or is late. ' +
    'The first of each kind is recorded; 422 `invalid_change` naming `complaintResponse` when the ticket is not a complaint, the reply is an internal note, or a holding reply is given under another rule or after the final response.',
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
