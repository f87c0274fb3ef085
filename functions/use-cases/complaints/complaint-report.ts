import { dayOfIsoDate, startOfLocalDay } from '../../domain/clock/zone';
import type { Ticket } from '../../domain/types';

/** What the complaints report reads: the complaints received in a span of instants, the deployment's time zone, and the time. */
export interface ComplaintReportDeps {
  /** Tickets whose complaint was received at or after `from` and before `to` (ISO 8601 instants), by receipt. */
  readonly complaintsReceivedBetween: (from: string, to: string) => Promise<readonly Ticket[]>;
  /** The deployment's time zone (its business calendar's), in which the period's days begin and end. */
  readonly timeZone: string;
  readonly now: () => Date;
}

/** A period of whole days, `YYYY-MM-DD`, both included. */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
}

/** The complaints received in a period, by receipt, and the time the report was made (where each stands is as of then). */
export interface ComplaintReport {
  readonly period: ReportPeriod;
  readonly complaints: readonly Ticket[];
  readonly at: string;
}

/**
 * The complaints received in a period of days in the deployment's time zone, for a regulatory
 * return: from the start of `from` to the end of `to` there, read by month of receipt (never a Scan).
 * @throws RangeError when a day of the period is not a date (the route's schema checks them first).
 */
export async function complaintReport(deps: ComplaintReportDeps, period: ReportPeriod): Promise<ComplaintReport> {
  const first = dayOfIsoDate(period.from);
  const last = dayOfIsoDate(period.to);
  if (first === undefined || last === undefined) throw new RangeError(`Not a period of dates: ${period.from} to ${period.to}`);
  const from = new Date(startOfLocalDay(deps.timeZone, first)).toISOString();
  const to = new Date(startOfLocalDay(deps.timeZone, last + 1)).toISOString();
  const at = deps.now().toISOString();
  return { period, complaints: await deps.complaintsReceivedBetween(from, to), at };
}
