import { describe, expect, it } from 'vitest';
import { statusOf } from '../../../functions/domain/catalog';
import { TransitionNotAllowedError, WorkflowOwnsStatusError } from '../../../functions/domain/errors';
import { redact } from '../../../functions/domain/redaction';
import type { Actor, Ticket, TicketDetails, TicketType } from '../../../functions/domain/types';
import {
  assessKyc,
  assessRefund,
  assessWithdrawal,
  cancelWithdrawalAsCustomer,
  compareDecimals,
  escalate,
  moveByWorkflow,
  raisedPriority,
  recordDecision,
  systemActor,
} from '../../../functions/domain/workflow-rules';
import { redacted } from '../../support/redacted';
import { ownerOfEmail } from '../../../functions/domain/owner';

const now = '2025-03-02T12:30:00.000Z';
// The domain takes free text only once redacted, whatever its source.
const said = (text: string) => redact(text).text;
const customer: Actor = { kind: 'customer', id: 'sub-customer' };
const paddle: Actor = { kind: 'provider', id: 'paddle' };

function counter(): () => string {
  let next = 0;
  return () => `id-${String(++next).padStart(3, '0')}`;
}

function ticketOf(type: TicketType, status: string, details: TicketDetails, overrides: Partial<Ticket> = {}): Ticket {
  return Object.freeze({
    number: '12345678',
    type,
    subject: redacted('Help'),
    description: redacted('Please.'),
    priority: 'normal',
    status,
    phase: statusOf(type, status).phase,
    reportStatus: null,
    details,
    requester: { sub: 'sub-customer', email: 'alice@example.com', owner: ownerOfEmail('alice@example.com'), name: redacted('Alice') },
    assignee: null,
    lastReply: null,
    customerLastWrote: null,
    createdAt: now,
    updatedAt: now,
    activityAt: now,
    version: 3,
    ...overrides,
  });
}

const paddleRefund = (amount: string, currency = 'USD') => ticketOf('refund', 'in_progress', { provider: 'paddle', transactionId: 'txn_1', amount, currency });
const settings = { complianceThreshold: '1000', withdrawalMaxAmount: '10000', withdrawalCurrencies: ['USD', 'USDT', 'BTC'] };

describe('comparing amounts', () => {
  it.each([
    ['1000', '1000.00', 0],
    ['999.99999999', '1000', -1],
    ['1000.01', '1000', 1],
    ['0010.5', '10.50', 0],
    ['12345678901.5', '9999', 1],
  ])('compares %s with %s exactly: %i', (a, b, expected) => {
    expect(compareDecimals(a, b)).toBe(expected);
  });
});

describe('a refund’s eligibility', () => {
  it('pays a small Paddle refund without Compliance', () => {
    expect(assessRefund(paddleRefund('49.00'), settings)).toEqual({ eligible: true, provider: 'paddle', compliance: false });
  });

  it('sends a refund at the threshold to Compliance', () => {
    expect(assessRefund(paddleRefund('1000.00'), settings)).toMatchObject({ eligible: true, compliance: true });
  });

  it('always sends a CoinPayments refund to Compliance', () => {
    const crypto = ticketOf('refund', 'in_progress', { provider: 'coinpayments', transactionId: 'CP1', amount: '0.01', currency: 'BTC', refundAddress: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' });
    expect(assessRefund(crypto, settings)).toEqual({ eligible: true, provider: 'coinpayments', compliance: true });
  });

  it('refuses a Paddle refund in a crypto currency, saying why', () => {
    expect(assessRefund(paddleRefund('10.00', 'USDT'), settings)).toEqual({ eligible: false, reason: expect.stringContaining('cannot be paid in USDT') });
  });

  it('refuses a CoinPayments refund whose address was redacted', () => {
    const crypto = ticketOf('refund', 'in_progress', { provider: 'coinpayments', transactionId: 'CP1', amount: '0.01', currency: 'BTC', refundAddress: '[REDACTED]' });
    expect(assessRefund(crypto, settings)).toMatchObject({ eligible: false });
  });
});

describe('a withdrawal’s checks', () => {
  const withdrawal = (amount: string, currency: string, destination: string) => ticketOf('withdrawal', 'in_progress', { amount, currency, destination: redacted(destination) });

  it('passes an amount within the limit, in a currency we pay, to a usable destination', () => {
    expect(assessWithdrawal(withdrawal('250.00', 'USDT', 'TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE'), settings)).toEqual({ eligible: true });
  });

  it.each([
    ['over the limit', withdrawal('10000.01', 'USD', 'IBAN DE89370400440532013000'), 'at most 10000 USD'],
    ['in a currency we do not pay', withdrawal('5', 'DOGE', 'DOGE wallet D8vFz4p1L37jdg47HXKtSHA5uYLYxbGgPD'), 'We pay in: USD, USDT, BTC'],
    ['to a card number redaction removed', withdrawal('5', 'USD', 'My Visa card [card ending 4242]'), 'card numbers and secrets are removed'],
  ])('refuses a withdrawal %s', (_case, ticket, reason) => {
    expect(assessWithdrawal(ticket, settings)).toEqual({ eligible: false, reason: expect.stringContaining(reason) });
  });
});

describe('a KYC application’s completeness', () => {
  it('passes a verification with a country, and says which kind it is', () => {
    expect(assessKyc(ticketOf('kyc', 'in_progress', { kind: 'verification', country: 'DE' }))).toEqual({ eligible: true, kind: 'verification' });
  });

  it('refuses an address change without a usable address', () => {
    expect(assessKyc(ticketOf('kyc', 'in_progress', { kind: 'address_change', country: 'DE', address: redacted('[REDACTED]') }))).toMatchObject({ eligible: false });
  });
});

describe('a workflow moving its ticket', () => {
  it('moves it through the domain as the provider, with a public message when given', () => {
    const ticket = ticketOf('refund', 'with_paddle', { provider: 'paddle', transactionId: 'txn_1', amount: '5', currency: 'USD' });
    const change = moveByWorkflow(ticket, { to: 'refund_rejected', note: said('Paddle said no.'), message: said('No refund is due.') }, paddle, now, counter());
    expect(change.ticket).toMatchObject({ status: 'refund_rejected', phase: 'solved', lastReply: { by: 'support' } });
    expect(change.events.map((event) => [event.kind, event.actor.id, event.note])).toEqual([
      ['solved', 'paddle', 'Paddle said no.'],
      ['message', 'paddle', undefined],
    ]);
    expect(change.message).toMatchObject({ body: 'No refund is due.', internal: false });
  });

  it('changes nothing when the ticket already has the status, so a retried task is harmless', () => {
    const ticket = paddleRefund('5');
    expect(moveByWorkflow(ticket, { to: 'in_progress' }, systemActor, now, counter())).toEqual({ ticket, events: [] });
  });

  it('refuses a move the ticket no longer allows (a withdrawal the customer cancelled)', () => {
    const ticket = ticketOf('withdrawal', 'withdrawal_cancelled', { amount: '5', currency: 'USD', destination: redacted('IBAN DE89370400440532013000') });
    expect(() => moveByWorkflow(ticket, { to: 'with_finance' }, systemActor, now, counter())).toThrow(TransitionNotAllowedError);
  });
});

describe('escalating to agents', () => {
  it.each([
    ['low', 'high'],
    ['normal', 'high'],
    ['high', 'critical'],
    ['critical', 'critical'],
  ] as const)('raises %s to %s', (from, to) => {
    expect(raisedPriority(from)).toBe(to);
  });

  it('leaves an internal note and raises the priority, without moving the status', () => {
    const ticket = paddleRefund('5');
    const change = escalate(ticket, said('Workflow: Paddle did not answer.'), systemActor, now, counter());
    expect(change.ticket).toMatchObject({ status: 'in_progress', priority: 'high', activityAt: now, version: 5 });
    expect(change.message).toMatchObject({ internal: true, body: 'Workflow: Paddle did not answer.' });
    expect(change.events.map((event) => [event.kind, event.internal])).toEqual([
      ['message', true],
      ['priority', false],
    ]);
  });

  it('keeps an agent’s decision as an internal note', () => {
    const change = recordDecision(paddleRefund('5'), { decision: 'complete', note: said('Sent.'), reference: said('TX-1') }, { kind: 'agent', id: 'sub-agent' }, now, counter());
    expect(change.message).toMatchObject({ internal: true, body: 'Decision: complete (reference TX-1). Sent.' });
  });
});

describe('the customer cancelling a withdrawal', () => {
  const withdrawal = (status: string) => ticketOf('withdrawal', status, { amount: '5', currency: 'USD', destination: redacted('IBAN DE89370400440532013000') });

  it.each(['submitted', 'in_progress'])('cancels it while it is %s', (status) => {
    const change = cancelWithdrawalAsCustomer(withdrawal(status), customer, now, counter());
    expect(change.ticket.status).toBe('withdrawal_cancelled');
    expect(change.events[0]).toMatchObject({ kind: 'solved', actor: customer });
  });

  it('refuses once it is With Finance, saying the finance team has it', () => {
    expect(() => cancelWithdrawalAsCustomer(withdrawal('with_finance'), customer, now, counter())).toThrow(/finance team/);
  });

  it('refuses any other type of ticket', () => {
    expect(() => cancelWithdrawalAsCustomer(paddleRefund('5'), customer, now, counter())).toThrow(WorkflowOwnsStatusError);
  });
});
