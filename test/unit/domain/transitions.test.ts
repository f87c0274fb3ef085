import { describe, expect, it } from 'vitest';
import { statusesOf } from '../../../functions/domain/catalog';
import {
  afterCustomerReply,
  allowedTargets,
  awaitingStatus,
  canTransition,
  customerSolveStatus,
  reopenStatus,
} from '../../../functions/domain/transitions';
import { ticketTypes } from '../../../functions/domain/types';
import type { TicketType } from '../../../functions/domain/types';

const info = 'additional_information_required_from_the_customer';
const generalTypes = ['security', 'payments', 'api', 'account', 'general'] as const;

// The agreed tables, written out whole so that an added or missing edge fails.
const generalTable = {
  open: ['in_progress', 'awaiting_your_reply', 'resolved', 'closed'],
  in_progress: ['open', 'awaiting_your_reply', 'resolved', 'closed'],
  awaiting_your_reply: ['open', 'in_progress', 'resolved', 'closed'],
  resolved: ['open', 'closed'],
  closed: [] as string[],
};
const tables: Record<TicketType, Record<string, string[]>> = {
  security: generalTable,
  payments: generalTable,
  api: generalTable,
  account: generalTable,
  general: generalTable,
  bug_report: {
    submitted: ['in_progress', 'resolved', 'closed'],
    in_progress: ['with_engineering', 'resolved', 'closed'],
    with_engineering: ['in_progress', 'monitoring_fix', 'resolved', 'closed'],
    monitoring_fix: ['with_engineering', 'resolved', 'closed'],
    resolved: ['in_progress', 'closed'],
    closed: [],
  },
  account_deletion: {
    submitted: ['in_progress', 'deletion_cancelled', 'closed'],
    in_progress: ['with_developers', 'deletion_cancelled', 'closed'],
    with_developers: ['deletion_completed', 'deletion_cancelled', 'closed'],
    deletion_completed: ['closed'],
    deletion_cancelled: ['in_progress', 'closed'],
    closed: [],
  },
  account_restoration: {
    submitted: ['restoration_in_progress', info, 'restoration_request_rejected', 'closed'],
    restoration_in_progress: ['restoration_need_more_time', info, 'account_restored', 'restoration_request_rejected', 'closed'],
    restoration_need_more_time: ['restoration_in_progress', info, 'account_restored', 'restoration_request_rejected', 'closed'],
    [info]: ['restoration_in_progress', 'restoration_request_rejected', 'closed'],
    account_restored: ['restoration_in_progress', 'closed'],
    restoration_request_rejected: ['restoration_in_progress', 'closed'],
    closed: [],
  },
  refund: {
    submitted: ['in_progress'],
    in_progress: ['with_compliance', 'with_paddle', 'with_coinpayments', 'refund_rejected'],
    with_paddle: ['refund_approved', 'refund_rejected'],
    with_coinpayments: ['refund_approved', 'refund_rejected'],
    with_compliance: ['with_paddle', 'with_coinpayments', 'refund_rejected'],
    refund_approved: ['closed'],
    refund_rejected: ['closed'],
    closed: [],
  },
  kyc: {
    submitted: ['in_progress'],
    in_progress: ['with_j2tx', 'kyc_declined'],
    with_j2tx: ['kyc_approved', 'kyc_declined', info, 'residence_address_changed'],
    [info]: ['with_j2tx', 'kyc_declined'],
    kyc_approved: ['closed'],
    kyc_declined: ['closed'],
    residence_address_changed: ['closed'],
    closed: [],
  },
  withdrawal: {
    submitted: ['in_progress', 'withdrawal_cancelled'],
    in_progress: ['with_finance', 'withdrawal_cancelled'],
    with_finance: ['withdrawal_completed', 'withdrawal_cancelled'],
    withdrawal_completed: ['closed'],
    withdrawal_cancelled: ['closed'],
    closed: [],
  },
};

describe('the transition tables', () => {
  it.each(ticketTypes)('allow exactly the agreed edges of every %s status', (type) => {
    const actual = Object.fromEntries(statusesOf(type).map((status) => [status.code, [...allowedTargets(type, status.code)].sort()]));
    const agreed = Object.fromEntries(Object.entries(tables[type]).map(([from, targets]) => [from, [...targets].sort()]));
    expect(actual).toEqual(agreed);
  });

  it('answers canTransition from the same table', () => {
    expect(canTransition('refund', 'with_paddle', 'refund_approved')).toBe(true);
    expect(canTransition('refund', 'submitted', 'refund_approved')).toBe(false);
    expect(canTransition('general', 'resolved', 'open')).toBe(true);
    expect(canTransition('general', 'closed', 'open')).toBe(false);
  });

  it('lets no workflow ticket be closed before its outcome', () => {
    for (const type of ['refund', 'kyc', 'withdrawal'] as const) {
      const closable = statusesOf(type).filter((status) => canTransition(type, status.code, 'closed'));
      expect(closable.every((status) => status.phase === 'solved'), type).toBe(true);
    }
  });

  it('knows nothing of a status the type does not have', () => {
    expect(allowedTargets('general', 'with_paddle')).toEqual([]);
  });
});

describe('the per-type targets of the ticket operations', () => {
  it('await the customer in the type’s awaiting status, when it has one', () => {
    expect(Object.fromEntries(ticketTypes.map((type) => [type, awaitingStatus(type)]))).toEqual({
      refund: undefined,
      kyc: info,
      withdrawal: undefined,
      account_restoration: info,
      account_deletion: undefined,
      bug_report: undefined,
      ...Object.fromEntries(generalTypes.map((type) => [type, 'awaiting_your_reply'])),
    });
  });

  it('send a ticket back to the team on the customer’s reply along an allowed edge', () => {
    expect(afterCustomerReply('general')).toBe('open');
    expect(afterCustomerReply('account_restoration')).toBe('restoration_in_progress');
    expect(afterCustomerReply('kyc')).toBe('with_j2tx');
    for (const type of ticketTypes) {
      const awaiting = awaitingStatus(type);
      const after = afterCustomerReply(type);
      if (awaiting === undefined) expect(after, type).toBeUndefined();
      else expect(canTransition(type, awaiting, after ?? 'missing'), type).toBe(true);
    }
  });

  it('reopen to open, restoration in progress or in progress', () => {
    expect(Object.fromEntries(ticketTypes.map((type) => [type, reopenStatus(type)]))).toEqual({
      refund: 'in_progress',
      kyc: 'in_progress',
      withdrawal: 'in_progress',
      account_restoration: 'restoration_in_progress',
      account_deletion: 'in_progress',
      bug_report: 'in_progress',
      ...Object.fromEntries(generalTypes.map((type) => [type, 'open'])),
    });
  });

  it('let the customer solve agent-driven types only', () => {
    expect(Object.fromEntries(ticketTypes.map((type) => [type, customerSolveStatus(type)]))).toEqual({
      refund: undefined,
      kyc: undefined,
      withdrawal: undefined,
      account_restoration: 'closed',
      account_deletion: 'deletion_cancelled',
      bug_report: 'resolved',
      ...Object.fromEntries(generalTypes.map((type) => [type, 'resolved'])),
    });
  });
});
