import { describe, expect, it } from 'vitest';
import { parseClockSettings } from '../../../functions/domain/clock/settings';
import { respondToComplaint } from '../../../functions/domain/complaints';
import { replyAsAgent } from '../../../functions/domain/ticket';
import type { Ticket } from '../../../functions/domain/types';
import { complaintReportColumns, complaintReportCsv, complaintReportFileName, complaintReportRow } from '../../../functions/api/views/complaint-report';
import { monthsBetween } from '../../../functions/domain/months';
import { complaintMarked, sequentialIds } from '../../fixtures/complaints';
import { redacted } from '../../support/redacted';

const ids = sequentialIds();
const psd2 = parseClockSettings({ complaints: { rule: 'psd2' } });
const none = parseClockSettings({ complaints: { rule: 'none' } });
const agent = { kind: 'agent', id: 'agent-1' } as const;

/** A complaint whose free texts (subject, description, the customer's name, the reason) would do harm in a spreadsheet or leak if exported. */
function complaint(number: string, rule = psd2): Ticket {
  return complaintMarked(
    {
      number,
      subject: '=HYPERLINK("http://evil.example")',
      description: 'Since Monday, "quoted", and, commas',
      requesterName: 'Alice, "A"',
      openedAt: '2030-01-07T09:00:00.000Z',
      markedAt: '2030-01-07T10:00:00.000Z',
      clock: rule,
      reason: 'Bad, "very"',
      by: agent,
    },
    ids,
  ).ticket;
}

const answer = (ticket: Ticket, kind: 'acknowledgement' | 'holding' | 'final', at: string) =>
  respondToComplaint(replyAsAgent(ticket, { body: redacted('Answer'), internal: false, awaitReply: false }, agent, at, ids), kind, psd2.calendar, at, ids).ticket;

describe('the complaints export', () => {
  it('lists a complaint’s deadlines by day and its responses by instant, with where it stands', () => {
    const acknowledged = answer(complaint('10000001'), 'acknowledgement', '2030-01-08T09:00:00.000Z');
    const held = answer(acknowledged, 'holding', '2030-01-20T09:00:00.000Z');
    expect(complaintReportRow(held, '2030-02-01T00:00:00.000Z')).toEqual([
      '10000001',
      'payments',
      '2030-01-07T10:00:00.000Z',
      'psd2',
      '2030-01-14',
      '2030-01-08T09:00:00.000Z',
      '2030-02-25',
      '',
      '2030-01-20T09:00:00.000Z',
      'true',
      'open',
    ]);
    const answered = answer(held, 'final', '2030-02-03T09:00:00.000Z');
    expect(complaintReportRow(answered, '2030-03-01T00:00:00.000Z').slice(6)).toEqual(['2030-02-25', '2030-02-03T09:00:00.000Z', '2030-01-20T09:00:00.000Z', 'true', 'resolved_within_deadline']);
    expect(complaintReportRow(complaint('10000002'), '2030-03-01T00:00:00.000Z').at(-1)).toBe('late');
  });

  it('leaves the deadline columns empty under the rule none', () => {
    expect(complaintReportRow(complaint('10000003', none), '2030-03-01T00:00:00.000Z')).toEqual(['10000003', 'payments', '2030-01-07T10:00:00.000Z', 'none', '', '', '', '', '', '', 'open']);
  });

  it('writes a header row and one CRLF row per complaint, with no free text in any cell', () => {
    const csv = complaintReportCsv({ period: { from: '2030-01-01', to: '2030-01-31' }, complaints: [complaint('10000004'), complaint('10000005', none)], at: '2030-01-10T00:00:00.000Z' });
    const lines = csv.split('\r\n');
    expect(lines[0]).toBe(complaintReportColumns.join(','));
    expect(lines).toHaveLength(4);
    expect(lines[1]).toBe('10000004,payments,2030-01-07T10:00:00.000Z,psd2,2030-01-14,,2030-01-28,,,false,open');
    expect(lines[3]).toBe('');
    expect(csv).not.toMatch(/HYPERLINK|Alice|Bad/);
  });

  it('names the file by its period', () => {
    expect(complaintReportFileName({ period: { from: '2030-01-01', to: '2030-03-31' } })).toBe('complaints-2030-01-01-to-2030-03-31.csv');
  });

  it('reads the months of receipt a period spans, across a year’s end', () => {
    expect(monthsBetween('2029-11-30T23:00:00.000Z', '2030-02-01T00:00:00.000Z')).toEqual(['2029-11', '2029-12', '2030-01', '2030-02']);
    expect(monthsBetween('2030-01-01T00:00:00.000Z', '2030-01-31T00:00:00.000Z')).toEqual(['2030-01']);
  });
});
