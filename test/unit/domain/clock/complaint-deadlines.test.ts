import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isBusinessDay } from '../../../../functions/domain/clock/business-calendar';
import { complaintDeadlines, deadlineState, type ComplaintPolicy } from '../../../../functions/domain/clock/complaint-deadlines';
import { dayOfIsoDate, localDayOf } from '../../../../functions/domain/clock/zone';
import { calendarAndInstant, londonDesk } from './calendars';

const psd2: ComplaintPolicy = { rule: 'psd2', acknowledgementBusinessDays: 5 };
const fca: ComplaintPolicy = { rule: 'fca', acknowledgementBusinessDays: 5 };

describe('complaint deadlines under PSD2 (15 business days, 35 after a holding reply)', () => {
  it('counts 15 business days across weekends and the May bank holidays, to the end of the last day in London', () => {
    // Received Friday 1 May 2026; Monday 4 May and Monday 25 May are bank holidays.
    expect(complaintDeadlines(londonDesk, psd2, '2026-05-01T14:00:00Z')).toEqual({
      rule: 'psd2',
      acknowledgement: { lastDay: '2026-05-11', dueAt: '2026-05-11T23:00:00.000Z' },
      finalResponse: { lastDay: '2026-05-26', dueAt: '2026-05-26T23:00:00.000Z' },
      holdingReply: { lastDay: '2026-05-26', dueAt: '2026-05-26T23:00:00.000Z' },
      extended: false,
    });
  });

  it('counts 15 business days over Christmas, the Boxing Day substitute and New Year', () => {
    const deadlines = complaintDeadlines(londonDesk, psd2, '2026-12-17T10:00:00Z');
    expect(deadlines?.finalResponse).toEqual({ lastDay: '2027-01-12', dueAt: '2027-01-13T00:00:00.000Z' });
    expect(complaintDeadlines(londonDesk, psd2, '2026-12-17T10:00:00Z', '2026-12-30T10:00:00Z')?.finalResponse).toEqual({ lastDay: '2027-02-09', dueAt: '2027-02-10T00:00:00.000Z' });
  });

  it('extends the final response to 35 business days after a holding reply sent in time', () => {
    const deadlines = complaintDeadlines(londonDesk, psd2, '2026-05-01T14:00:00Z', '2026-05-20T09:00:00Z');
    expect(deadlines).toMatchObject({ extended: true, finalResponse: { lastDay: '2026-06-23', dueAt: '2026-06-23T23:00:00.000Z' }, holdingReply: { lastDay: '2026-05-26' } });
  });

  it('extends nothing with a holding reply sent after the 15 days were up', () => {
    const deadlines = complaintDeadlines(londonDesk, psd2, '2026-05-01T14:00:00Z', '2026-05-26T23:00:00Z');
    expect(deadlines).toMatchObject({ extended: false, finalResponse: { lastDay: '2026-05-26' } });
  });

  it('counts from the day of receipt in the deployment’s zone, not in UTC', () => {
    // 23:30 UTC on Monday 4 May is 00:30 BST on Tuesday 5 May: Wednesday is the first day counted.
    expect(complaintDeadlines(londonDesk, psd2, '2026-05-04T23:30:00Z')?.finalResponse.lastDay).toBe('2026-05-27');
    expect(complaintDeadlines(londonDesk, psd2, '2026-05-04T22:30:00Z')?.finalResponse.lastDay).toBe('2026-05-26');
  });

  it('always ends on a business day, after exactly 15 business days past the day of receipt', () => {
    fc.assert(
      fc.property(calendarAndInstant, ({ calendar, instant }) => {
        const deadlines = complaintDeadlines(calendar, psd2, new Date(instant).toISOString(), new Date(instant).toISOString())!;
        const received = localDayOf(calendar.timeZone, instant);
        for (const [deadline, count] of [[deadlines.holdingReply!, 15], [deadlines.finalResponse, 35]] as const) {
          const last = dayOfIsoDate(deadline.lastDay)!;
          let businessDays = 0;
          for (let day = received + 1; day <= last; day += 1) if (isBusinessDay(calendar, day)) businessDays += 1;
          expect(businessDays).toBe(count);
          expect(isBusinessDay(calendar, last)).toBe(true);
          expect(localDayOf(calendar.timeZone, Date.parse(deadline.dueAt))).toBe(last + 1);
          expect(localDayOf(calendar.timeZone, Date.parse(deadline.dueAt) - 1)).toBe(last);
        }
      }),
      { numRuns: 100 },
    );
  });
});

describe('complaint deadlines under the FCA’s DISP 1.6 (eight weeks)', () => {
  it('gives eight calendar weeks to the end of the day, across the October clock change, and 5 business days to acknowledge', () => {
    expect(complaintDeadlines(londonDesk, fca, '2026-09-10T15:00:00Z')).toEqual({
      rule: 'fca',
      acknowledgement: { lastDay: '2026-09-17', dueAt: '2026-09-17T23:00:00.000Z' },
      finalResponse: { lastDay: '2026-11-05', dueAt: '2026-11-06T00:00:00.000Z' },
      holdingReply: null,
      extended: false,
    });
  });

  it('counts weekends and holidays in the eight weeks', () => {
    expect(complaintDeadlines(londonDesk, fca, '2026-11-06T12:00:00Z')?.finalResponse.lastDay).toBe('2027-01-01');
  });
});

describe('complaints with no rule', () => {
  it('have no deadlines', () => {
    expect(complaintDeadlines(londonDesk, { rule: 'none', acknowledgementBusinessDays: 5 }, '2026-05-01T14:00:00Z')).toBeNull();
  });
});

describe('where a deadline stands', () => {
  const deadline = { lastDay: '2026-05-26', dueAt: '2026-05-26T23:00:00.000Z' };

  it('is met by a response before the end of its last day, and breached by one at or after it', () => {
    expect(deadlineState(deadline, '2026-05-26T22:59:59Z', '2026-06-01T00:00:00Z')).toBe('met');
    expect(deadlineState(deadline, '2026-05-26T23:00:00Z', '2026-06-01T00:00:00Z')).toBe('breached');
  });

  it('runs until its end while no response went out, and is breached after', () => {
    expect(deadlineState(deadline, null, '2026-05-26T22:00:00Z')).toBe('running');
    expect(deadlineState(deadline, null, '2026-05-26T23:00:00Z')).toBe('breached');
  });
});
