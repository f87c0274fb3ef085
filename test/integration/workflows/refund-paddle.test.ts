import { beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../support/api';
import type { ApiUser } from '../../support/api';
import { agentView, fakes, openTicket, paddleSays, providerReference, statesEntered, untilEnded, untilNote, untilStatus, untilWaiting } from './support';

let customer: ApiUser;
let agent: ApiUser;

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
});

const paddleRefund = (amount: string, currency = 'USD') => ({ details: { provider: 'paddle', transactionId: 'txn_01h8bkrkjyxgtnvwf9s8d1tqzn', amount, currency } });

describe('the refund workflow through Paddle', () => {
  it('approves a refund under the compliance threshold: Submitted, In progress, With Paddle, Refund approved', async () => {
    const number = await openTicket(customer, 'refund', paddleRefund('49.00'));
    const adjustment = await providerReference(agent, number);
    expect(adjustment).toMatch(/^adj_/);
    const asked = (await fakes().paddle.requests()).find((request) => request.body.includes(number));
    expect(JSON.parse(asked?.body ?? '{}')).toMatchObject({ action: 'refund', transaction_id: 'txn_01h8bkrkjyxgtnvwf9s8d1tqzn', type: 'full' });

    const answer = await paddleSays({ adjustmentId: adjustment, status: 'approved' });
    expect(answer.status).toBe(200);

    await untilStatus(agent, number, 'refund_approved');
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.ticket.status).toEqual({ code: 'refund_approved', label: 'Refund approved', meaning: 'Your refund has been approved' });
    expect(mine.body.timeline.map((event: { after: { status?: string } }) => event.after.status)).toEqual(['submitted', 'in_progress', 'with_paddle', 'refund_approved']);
    const theirs = await agentView(agent, number);
    expect(theirs.timeline.find((event) => event.kind === 'solved')).toMatchObject({ actor: { kind: 'provider', id: 'paddle' } });
    const ended = await untilEnded(agent, number);
    expect(ended.execution.status).toBe('SUCCEEDED');
    expect(statesEntered(ended)).toEqual(['Submitted', 'In progress', 'Check eligibility', 'Eligible?', 'Needs compliance?', 'Which provider?', 'With Paddle', 'Waiting for Paddle', 'Paddle answer', 'Paddle approved', 'Refund approved']);
  });

  it('rejects the refund when Paddle rejects the adjustment', async () => {
    const number = await openTicket(customer, 'refund', paddleRefund('20.00'));
    const adjustment = await providerReference(agent, number);

    expect((await paddleSays({ adjustmentId: adjustment, status: 'rejected', reason: 'Already refunded by the bank' })).status).toBe(200);

    const view = await untilStatus(agent, number, 'refund_rejected');
    expect(view.ticket.status.label).toBe('Refund rejected');
    expect(view.timeline.find((event) => event.kind === 'solved')).toMatchObject({ actor: { kind: 'provider', id: 'paddle' }, note: expect.stringContaining('Paddle rejected the refund adjustment') });
  });

  it('sends a refund at the threshold to Compliance first; once approved, Paddle approves it', async () => {
    const number = await openTicket(customer, 'refund', paddleRefund('1000.00'));
    await untilWaiting(agent, number, 'compliance');
    expect((await agentView(agent, number)).ticket.status.label).toBe('With Compliance');

    const approved = await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'approve', note: 'Customer history is clean.' });
    expect(approved.status).toBe(202);
    const adjustment = await providerReference(agent, number);
    await paddleSays({ adjustmentId: adjustment, status: 'approved' });

    await untilStatus(agent, number, 'refund_approved');
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.timeline.map((event: { after: { status?: string } }) => event.after.status)).toEqual(['submitted', 'in_progress', 'with_compliance', 'with_paddle', 'refund_approved']);
    expect(JSON.stringify(mine.body)).not.toContain('Customer history is clean');
    const theirs = await agentView(agent, number);
    expect(theirs.messages[0]).toMatchObject({ internal: true, body: 'Decision: approve. Customer history is clean.', author: { kind: 'agent' } });
  });

  it('rejects the refund when Compliance rejects it, without asking Paddle', async () => {
    const number = await openTicket(customer, 'refund', paddleRefund('2500.00'));
    await untilWaiting(agent, number, 'compliance');

    expect((await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'reject', note: 'Chargeback already filed.' })).status).toBe(202);

    const view = await untilStatus(agent, number, 'refund_rejected');
    expect(view.timeline.find((event) => event.kind === 'solved')).toMatchObject({ note: 'Compliance rejected the refund: Chargeback already filed.', actor: { kind: 'system' } });
    expect((await fakes().paddle.requests()).some((request) => request.body.includes(number))).toBe(false);
    expect(statesEntered(await untilEnded(agent, number))).not.toContain('With Paddle');
  });

  it('rejects an ineligible refund at once, telling the customer why', async () => {
    const number = await openTicket(customer, 'refund', paddleRefund('30.00', 'USDT'));

    await untilStatus(agent, number, 'refund_rejected');
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.messages).toEqual([expect.objectContaining({ from: 'support', body: expect.stringContaining('a Paddle refund cannot be paid in USDT') })]);
  });

  it('sends the refund to agents when Paddle does not answer in time; an agent then settles it', async () => {
    const number = await openTicket(customer, 'refund', paddleRefund('15.00'));
    await providerReference(agent, number);

    // The test cloud gives Paddle 4 s.
    const escalated = await untilNote(agent, number, 'Paddle did not answer the refund request in time');
    expect(escalated.ticket).toMatchObject({ status: { code: 'with_paddle' }, priority: 'high' });
    expect(escalated.timeline.find((event) => event.kind === 'priority')).toMatchObject({ actor: { kind: 'system', id: 'system' }, after: { priority: 'high' } });
    const waiting = await untilWaiting(agent, number, 'agent');
    expect(waiting.currentState).toBe('Needs an agent');
    expect(waiting.history.some((line: { error?: string }) => line.error === 'States.Timeout')).toBe(true);

    expect((await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'approve', note: 'Refunded by hand in Paddle.' })).status).toBe(202);
    await untilStatus(agent, number, 'refund_approved');
  });

  it('answers 409 to a decision while the workflow waits for Paddle', async () => {
    const number = await openTicket(customer, 'refund', paddleRefund('12.00'));
    await providerReference(agent, number);

    const refused = await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'approve', note: 'Trying.' });
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('an outside provider');
  });
});
