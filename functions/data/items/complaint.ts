import * as z from 'zod/mini';
import { complaintRules, type ComplaintDeadlines } from '../../domain/clock/complaint-deadlines';
import { alertedDeadlines, type AlertedDeadline, type Complaint } from '../../domain/complaints';
import { storedText, type EveryMember } from './stored-item';

/*
 * A ticket's complaint as the ticket item holds it (attribute `complaint`), and the sparse
 * `complaints` index that lists complaints by the month of their receipt for the regulatory export.
 * Declared, with the same names and attributes, in infra/system.ts.
 */

/** complaints index: sparse, only tickets marked as complaints, one partition per month of receipt (UTC), by receipt then number. */
export const complaintsIndex = {
  index: 'complaints',
  partitionAttribute: 'gsi7pk',
  sortAttribute: 'gsi7sk',
  /** The partition of a month, `YYYY-MM`. */
  partition: (month: string) => `COMPLAINTS#${month}`,
  sort: (receivedAt: string, number: string) => `${receivedAt}#${number}`,
} as const;

/** The complaints index's keys of a ticket's complaint. */
export function complaintIndexKeys(number: string, complaint: Pick<Complaint, 'receivedAt'>): Record<string, string> {
  return {
    [complaintsIndex.partitionAttribute]: complaintsIndex.partition(complaint.receivedAt.slice(0, 7)),
    [complaintsIndex.sortAttribute]: complaintsIndex.sort(complaint.receivedAt, number),
  };
}

const deadline = z.object({ lastDay: z.string(), dueAt: z.string() });
const deadlinesSchema: z.ZodMiniType<ComplaintDeadlines> = z.object({
  rule: z.enum(['fca', 'psd2']),
  acknowledgement: deadline,
  finalResponse: deadline,
  holdingReply: z.nullable(deadline),
  extended: z.boolean(),
});
const deadlineNames: EveryMember<AlertedDeadline> = Object.fromEntries(alertedDeadlines.map((name) => [name, name])) as EveryMember<AlertedDeadline>;

/** How a stored complaint is read back. */
export const complaintSchema: z.ZodMiniType<Complaint> = z.object({
  receivedAt: z.string(),
  markedAt: z.string(),
  markedBy: z.enum(['customer', 'agent']),
  reason: z.nullable(storedText),
  rule: z.enum(complaintRules),
  deadlines: z.nullable(deadlinesSchema),
  acknowledgedAt: z.nullable(z.string()),
  holdingReplyAt: z.nullable(z.string()),
  finalResponseAt: z.nullable(z.string()),
  alerts: z.array(z.object({ deadline: z.enum(deadlineNames), state: z.enum(['warning', 'breached']), dueAt: z.string() })),
});
