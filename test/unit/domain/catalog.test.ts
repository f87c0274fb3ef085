import { describe, expect, it } from 'vitest';
import { describeStatus, initialStatus, isStatusOf, isWorkflowType, reportStatusOf, statusesOf, statusOf } from '../../../functions/domain/catalog';
import { reportStatuses, ticketTypes } from '../../../functions/domain/types';
import type { TicketType } from '../../../functions/domain/types';
import { codeOf, seedPlatformWording, seedReportStatuses, seedStatuses } from '../../support/seed-catalogue';

const expected = seedStatuses;

const asRows = (type: TicketType) => statusesOf(type, seedPlatformWording).map(({ code, label, meaning, phase }) => [code, label, meaning, phase]);

describe('the status catalogues', () => {
  it.each(ticketTypes)('gives every %s status its seed label, meaning and phase, in the seed order', (type) => {
    expect(asRows(type)).toEqual(expected[type]);
  });

  it.each(ticketTypes)('codes every %s status as its label in lower snake_case without a company suffix', (type) => {
    for (const [code, label] of expected[type].filter(([code]) => code !== 'closed')) expect(code).toBe(codeOf(label));
  });

  it.each(ticketTypes)('describes every %s status as code, label and meaning', (type) => {
    for (const [code, label, meaning] of expected[type]) {
      expect(describeStatus(type, code, seedPlatformWording)).toEqual({ code, label, meaning });
    }
  });

  it('starts seed 001 types in Submitted and general categories in Open', () => {
    const initial = Object.fromEntries(ticketTypes.map((type) => [type, initialStatus(type)]));
    expect(initial).toEqual({
      refund: 'submitted',
      kyc: 'submitted',
      withdrawal: 'submitted',
      account_restoration: 'submitted',
      account_deletion: 'submitted',
      bug_report: 'submitted',
      security: 'open',
      payments: 'open',
      api: 'open',
      account: 'open',
      general: 'open',
    });
  });

  it('knows which types a workflow moves', () => {
    expect(ticketTypes.filter(isWorkflowType)).toEqual(['refund', 'kyc', 'withdrawal']);
  });

  it('throws for a status the type does not have', () => {
    expect(isStatusOf('refund', 'with_j2tx')).toBe(false);
    expect(isStatusOf('kyc', 'with_j2tx')).toBe(true);
    expect(() => statusOf('refund', 'with_j2tx')).toThrow('A refund ticket has no status "with_j2tx".');
    expect(() => describeStatus('general', 'submitted')).toThrow(/no status "submitted"/);
  });

  it('gives seed 000’s Report Status values their labels and meanings', () => {
    expect(reportStatuses.map(reportStatusOf)).toEqual(seedReportStatuses);
  });
});
