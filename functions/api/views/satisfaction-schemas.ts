import * as z from 'zod/mini';
import { ticketTypes } from '../../domain/types';

// As ./tickets-schemas.ts writes times (which imports this module, so cannot be imported here).
const timestampSchema = z.iso.datetime();

/*
 * The zod schemas of what ./satisfaction.ts's views return: a ticket's satisfaction (whether the
 * customer may rate it, and their rating) and the satisfaction report.
 */

const scoreSchema = z.enum(['good', 'bad']);

/** The customer's answer to "Was this helpful?" for one solve of the ticket. */
export const ratingSchema = z.object({
  score: scoreSchema,
  /** Redacted like every free text; null when none was given. */
  comment: z.nullable(z.string()),
  at: timestampSchema,
  /** The solve it rates: when the ticket entered solved. */
  solvedAt: timestampSchema,
});

/** Whether the customer may rate the ticket now (it is solved, or closed from a solve, and that solve is not rated), and their latest rating. */
export const ticketSatisfactionSchema = z.object({ ratable: z.boolean(), rating: z.nullable(ratingSchema) });
export type TicketSatisfactionView = z.output<typeof ticketSatisfactionSchema>;

const tally = { good: z.int(), bad: z.int(), total: z.int(), shareGood: z.nullable(z.number()) };
const date = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/));

/** The satisfaction report of a period: counts of good and bad and the share good, overall, by type, by agent and by ISO week. */
export const satisfactionReportSchema = z.object({
  period: z.object({ from: date, to: date }),
  overall: z.object(tally),
  byType: z.array(z.object({ type: z.enum(ticketTypes), ...tally })),
  /** `agent`: the assignee's sub when the rating was given; null for tickets nobody was assigned. */
  byAgent: z.array(z.object({ agent: z.nullable(z.string()), ...tally })),
  /** ISO 8601 weeks in UTC: `week` like `2026-W49`, `monday` its first day. */
  byWeek: z.array(z.object({ week: z.string(), monday: date, ...tally })),
});
export type SatisfactionReportView = z.output<typeof satisfactionReportSchema>;
