import { describe, expect, it } from 'vitest';
import { isoWeekOf, monthsOf, reportPeriod, satisfactionReport, type CountedRating } from '../../../../functions/domain/satisfaction/report';
import { InvalidReportPeriodError } from '../../../../functions/domain/satisfaction/rating-errors';

const rating = (at: string, score: 'good' | 'bad', type: CountedRating['type'] = 'general', assignee: string | null = 'agent-a'): CountedRating => ({ number: '12345678', type, assignee, score, at });

describe('the satisfaction report', () => {
  it('counts good and bad and the share good, overall, by type, by agent and by ISO week', () => {
    const report = satisfactionReport(
      [
        rating('2026-11-02T09:00:00.000Z', 'good', 'payments', 'agent-a'),
        rating('2026-11-03T09:00:00.000Z', 'bad', 'payments', 'agent-b'),
        rating('2026-11-08T23:59:59.999Z', 'good', 'general', 'agent-a'),
        rating('2026-11-09T00:00:00.000Z', 'good', 'payments', null),
      ],
      reportPeriod('2026-11-01', '2026-11-30'),
    );
    expect(report.overall).toEqual({ good: 3, bad: 1, total: 4, shareGood: 0.75 });
    expect(report.byType).toEqual([
      { type: 'payments', good: 2, bad: 1, total: 3, shareGood: 0.6667 },
      { type: 'general', good: 1, bad: 0, total: 1, shareGood: 1 },
    ]);
    expect(report.byAgent).toEqual([
      { agent: 'agent-a', good: 2, bad: 0, total: 2, shareGood: 1 },
      { agent: 'agent-b', good: 0, bad: 1, total: 1, shareGood: 0 },
      { agent: null, good: 1, bad: 0, total: 1, shareGood: 1 },
    ]);
    // Sunday the 8th ends week 45; Monday the 9th starts week 46.
    expect(report.byWeek).toEqual([
      { week: '2026-W45', monday: '2026-11-02', good: 2, bad: 1, total: 3, shareGood: 0.6667 },
      { week: '2026-W46', monday: '2026-11-09', good: 1, bad: 0, total: 1, shareGood: 1 },
    ]);
  });

  it('leaves out ratings given outside the period, counting both its days whole', () => {
    const report = satisfactionReport(
      [rating('2026-10-31T23:59:59.999Z', 'bad'), rating('2026-11-01T00:00:00.000Z', 'good'), rating('2026-11-02T23:59:59.999Z', 'good'), rating('2026-11-03T00:00:00.000Z', 'bad')],
      reportPeriod('2026-11-01', '2026-11-02'),
    );
    expect(report.overall).toEqual({ good: 2, bad: 0, total: 2, shareGood: 1 });
  });

  it('has no share when nothing was rated', () => {
    expect(satisfactionReport([], reportPeriod('2026-11-01', '2026-11-01'))).toEqual({
      period: { from: '2026-11-01', to: '2026-11-01' },
      overall: { good: 0, bad: 0, total: 0, shareGood: null },
      byType: [],
      byAgent: [],
      byWeek: [],
    });
  });

  it('names weeks as ISO 8601 does across a year’s end', () => {
    expect(isoWeekOf('2026-12-31T12:00:00.000Z')).toEqual({ week: '2026-W53', monday: '2026-12-28' });
    expect(isoWeekOf('2027-01-03T12:00:00.000Z')).toEqual({ week: '2026-W53', monday: '2026-12-28' });
    expect(isoWeekOf('2027-01-04T00:00:00.000Z')).toEqual({ week: '2027-W01', monday: '2027-01-04' });
    expect(isoWeekOf('2024-12-30T00:00:00.000Z')).toEqual({ week: '2025-W01', monday: '2024-12-30' });
    expect(isoWeekOf('2021-01-03T00:00:00.000Z')).toEqual({ week: '2020-W53', monday: '2020-12-28' });
  });

  it('reads one partition per month the period touches', () => {
    expect(monthsOf(reportPeriod('2026-11-30', '2027-02-01'))).toEqual(['2026-11', '2026-12', '2027-01', '2027-02']);
    expect(monthsOf(reportPeriod('2026-11-01', '2026-11-30'))).toEqual(['2026-11']);
    expect(monthsOf(reportPeriod('2024-01-01', '2024-12-31'))).toHaveLength(12);
  });

  it('covers at most 366 days, and refuses a period that ends before it starts or a date that is not one', () => {
    expect(reportPeriod('2024-01-01', '2024-12-31')).toEqual({ from: '2024-01-01', to: '2024-12-31' });
    expect(() => reportPeriod('2026-01-01', '2027-01-02')).toThrow(/at most 366 days/);
    expect(() => reportPeriod('2026-11-02', '2026-11-01')).toThrow(InvalidReportPeriodError);
    expect(() => reportPeriod('2026-02-30', '2026-03-01')).toThrow(/not a date/);
    expect(() => reportPeriod('2026-11-01', 'tomorrow')).toThrow(/not a date/);
  });
});
