import type { TicketType } from '../types';
import type { RatingScore } from './rating';
import { InvalidReportPeriodError } from './rating-errors';
import { monthsBetween } from '../months';

/*
 * The satisfaction report: counts of good and bad ratings and the share good, over a period of
 * whole days (UTC), by ticket type, by agent (the assignee when the rating was given) and by ISO
 * week. Pure: the ratings come from the data layer, read by month.
 */

/** One rating as the report counts it. */
export interface CountedRating {
  readonly number: string;
  readonly type: TicketType;
  readonly assignee: string | null;
  readonly score: RatingScore;
  /** When it was given: ISO 8601 instant. */
  readonly at: string;
}

/** A period of whole days, both ends included, as `YYYY-MM-DD` dates in UTC. */
export interface ReportPeriod {
  readonly from: string;
  readonly to: string;
}

/** The longest period one report covers: a year, a leap year's included. */
export const maxReportDays = 366;

/** Counts of one group. `shareGood` is good / (good + bad), null when nothing was rated. */
export interface Tally {
  readonly good: number;
  readonly bad: number;
  readonly total: number;
  readonly shareGood: number | null;
}

export interface SatisfactionReport {
  readonly period: ReportPeriod;
  readonly overall: Tally;
  readonly byType: readonly (Tally & { readonly type: TicketType })[];
  /** `agent` is the assignee's sub when the rating was given, null for an unassigned ticket. */
  readonly byAgent: readonly (Tally & { readonly agent: string | null })[];
  /** ISO 8601 weeks (Monday to Sunday, UTC), `week` like `2026-W49`, starting on `monday`. */
  readonly byWeek: readonly (Tally & { readonly week: string; readonly monday: string })[];
}

const dayMs = 86_400_000;
const datePattern = /^\d{4}-\d{2}-\d{2}$/;

function dayOf(date: string, path: 'from' | 'to'): number {
  const ms = Date.parse(`${date}T00:00:00.000Z`);
  if (!datePattern.test(date) || Number.isNaN(ms) || new Date(ms).toISOString().slice(0, 10) !== date) {
    throw new InvalidReportPeriodError(`${date} is not a date like 2026-11-30.`, path);
  }
  return ms;
}

/**
 * The period from `from` to `to`, both included.
 * @throws InvalidReportPeriodError when a date is not a calendar date, `to` is before `from`, or
 * the period is longer than maxReportDays.
 */
export function reportPeriod(from: string, to: string): ReportPeriod {
  const start = dayOf(from, 'from');
  const end = dayOf(to, 'to');
  if (end < start) throw new InvalidReportPeriodError(`The period ends (${to}) before it starts (${from}).`, 'to');
  const days = (end - start) / dayMs + 1;
  if (days > maxReportDays) throw new InvalidReportPeriodError(`A report covers at most ${maxReportDays} days; ${from} to ${to} is ${days}. Ask for a shorter period.`, 'to');
  return { from, to };
}

/** The first and last instants of a period, for a key condition on the instants ratings were given. */
export function instantsOf(period: ReportPeriod): { readonly start: string; readonly end: string } {
  return { start: `${period.from}T00:00:00.000Z`, end: `${period.to}T23:59:59.999Z` };
}

/** Every month (`YYYY-MM`) a period touches, in order. */
export function monthsOf(period: ReportPeriod): string[] {
  return monthsBetween(period.from, period.to);
}

/** The ISO 8601 week of an instant (UTC): its name (`2026-W49`) and the date of its Monday. */
export function isoWeekOf(instant: string): { readonly week: string; readonly monday: string } {
  const day = new Date(`${instant.slice(0, 10)}T00:00:00.000Z`);
  const weekday = (day.getUTCDay() + 6) % 7;
  const monday = new Date(day.getTime() - weekday * dayMs);
  // The week belongs to the year of its Thursday.
  const thursday = new Date(monday.getTime() + 3 * dayMs);
  const year = thursday.getUTCFullYear();
  const firstThursday = new Date(Date.UTC(year, 0, 1));
  firstThursday.setUTCDate(1 + ((4 - firstThursday.getUTCDay() + 7) % 7));
  const week = 1 + Math.round((thursday.getTime() - firstThursday.getTime()) / (7 * dayMs));
  return { week: `${year}-W${String(week).padStart(2, '0')}`, monday: monday.toISOString().slice(0, 10) };
}

function tallyOf(ratings: readonly CountedRating[]): Tally {
  const good = ratings.filter((rating) => rating.score === 'good').length;
  const total = ratings.length;
  return { good, bad: total - good, total, shareGood: total === 0 ? null : Math.round((good / total) * 10_000) / 10_000 };
}

function groupBy<K>(ratings: readonly CountedRating[], keyOf: (rating: CountedRating) => K): Map<K, CountedRating[]> {
  const groups = new Map<K, CountedRating[]>();
  for (const rating of ratings) {
    const key = keyOf(rating);
    groups.set(key, [...(groups.get(key) ?? []), rating]);
  }
  return groups;
}

/**
 * The report of the ratings given in the period (those outside it are left out): overall, by
 * type (most rated first), by agent (most rated first, the unassigned last) and by week (in order).
 */
export function satisfactionReport(ratings: readonly CountedRating[], period: ReportPeriod): SatisfactionReport {
  const { start, end } = instantsOf(period);
  const inPeriod = ratings.filter((rating) => rating.at >= start && rating.at <= end);
  const byCount = <T extends Tally>(a: T, b: T) => b.total - a.total;
  const byType = [...groupBy(inPeriod, (rating) => rating.type)].map(([type, group]) => ({ type, ...tallyOf(group) })).sort(byCount);
  const byAgent = [...groupBy(inPeriod, (rating) => rating.assignee)]
    .map(([agent, group]) => ({ agent, ...tallyOf(group) }))
    .sort((a, b) => (a.agent === null ? 1 : b.agent === null ? -1 : byCount(a, b)));
  const byWeek = [...groupBy(inPeriod, (rating) => isoWeekOf(rating.at).week)]
    .map(([week, group]) => ({ week, monday: isoWeekOf(group[0]!.at).monday, ...tallyOf(group) }))
    .sort((a, b) => a.monday.localeCompare(b.monday));
  return { period, overall: tallyOf(inPeriod), byType, byAgent, byWeek };
}
