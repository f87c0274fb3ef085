import { reportPeriod, satisfactionReport, type SatisfactionReport } from '../../domain/satisfaction/report';
import type { RatingsSource } from './ports';

/**
 * The satisfaction report of the days `from` to `to` (UTC, both included): the ratings given in
 * them, read by month from the `ratings` index, counted by type, agent and week.
 * @throws InvalidReportPeriodError for a period that is not one, or longer than a year.
 */
export async function satisfactionReportOf(source: RatingsSource, from: string, to: string): Promise<SatisfactionReport> {
  const period = reportPeriod(from, to);
  return satisfactionReport(await source.ratingsGivenIn(period), period);
}
