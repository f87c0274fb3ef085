import { beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../support/api';
import type { ApiUser } from '../../support/api';
import { agentView, openTicket, statesEntered, untilEnded, untilNote, untilStatus, untilWaiting } from './support';

let customer: ApiUser;
let agent: ApiUser;

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
});

// Each test works on tickets of its own, so they run at once and their waits on the workflows'
// test-sized timers (test/fixtures/workflows/system.ts) overlap instead of adding up.
describe.concurrent('the withdrawal workflow', () => {
  it('completes a withdrawal: Submitted, In progress, With Finance, then Withdrawal completed with the reference', async () => {
    const number = await openTicket(customer, 'withdrawal');
    await untilWaiting(agent, number, 'finance');

    const decided = await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'complete', note: 'Sent from the hot wallet.', reference: 'TX-4242' });
    expect(decided.status, JSON.stringify(decided.body)).toBe(202);

    const view = await untilStatus(agent, number, 'withdrawal_completed');
    expect(view.ticket.status.label).toBe('Withdrawal completed');
    const ended = await untilEnded(agent, number);
    expect(ended.execution.status).toBe('SUCCEEDED');
    expect(statesEntered(ended)).toEqual(['Submitted', 'In progress', 'Check withdrawal', 'Checks passed?', 'Cancellation window', 'With Finance', 'Waiting for Finance', 'Finance decision', 'Finance completed', 'Withdrawal completed']);
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.timeline.filter((event: { kind: string }) => event.kind !== 'message').map((event: { after: { status?: string } }) => event.after.status)).toEqual([
      'submitted',
      'in_progress',
      'with_finance',
      'withdrawal_completed',
    ]);
    expect(mine.body.messages.map((message: { body: string }) => message.body)).toEqual(['Your withdrawal has been sent. Transaction reference: TX-4242']);
    expect(mine.body.timeline.find((event: { after: { status?: string } }) => event.after.status === 'in_progress').actor).toEqual({ kind: 'system' });
  });

  it('cancels a withdrawal when finance cancels it, telling the customer the reason finance wrote for them, not its note', async () => {
    const number = await openTicket(customer, 'withdrawal');
    await untilWaiting(agent, number, 'finance');

    const decision = { decision: 'cancel', note: 'Screening: wallet cluster 4471.', reason: 'We cannot send funds to this destination wallet.' };
    const decided = await agent.post(`/v1/agent/tickets/${number}/decision`, decision);
    expect(decided.status).toBe(202);

    await untilStatus(agent, number, 'withdrawal_cancelled');
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.ticket.status).toMatchObject({ code: 'withdrawal_cancelled', label: 'Withdrawal cancelled' });
    expect(mine.body.messages.at(-1)).toMatchObject({ body: 'We cannot send funds to this destination wallet.', from: 'support' });
    expect(JSON.stringify(mine.body)).not.toContain('cluster 4471');
    expect((await untilEnded(agent, number)).execution.status).toBe('SUCCEEDED');
  });

  it('lets the customer cancel before the withdrawal is With Finance, and stops its workflow', async () => {
    const number = await openTicket(customer, 'withdrawal');
    await untilStatus(agent, number, 'in_progress');

    const cancelled = await customer.post(`/v1/tickets/${number}/cancel`);
    expect(cancelled.status, JSON.stringify(cancelled.body)).toBe(200);
    expect(cancelled.body.ticket.status).toMatchObject({ code: 'withdrawal_cancelled', label: 'Withdrawal cancelled' });

    const ended = await untilEnded(agent, number);
    expect(['ABORTED', 'SUCCEEDED']).toContain(ended.execution.status);
    expect(statesEntered(ended)).not.toContain('With Finance');
    const view = await agentView(agent, number);
    expect(view.ticket.status.code).toBe('withdrawal_cancelled');
    expect(view.timeline.filter((event: { kind: string }) => event.kind !== 'service_level').at(-1)).toMatchObject({ kind: 'solved', actor: { kind: 'customer' }, after: { status: 'withdrawal_cancelled' } });
  });

  it('refuses the customer’s cancel with 409 once the withdrawal is With Finance', async () => {
    const number = await openTicket(customer, 'withdrawal');
    await untilWaiting(agent, number, 'finance');

    const refused = await customer.post(`/v1/tickets/${number}/cancel`);
    expect(refused.status).toBe(409);
    expect(refused.body.error.message).toContain('finance team');
    expect((await agentView(agent, number)).ticket.status.code).toBe('with_finance');
  });

  it('cancels at once, saying why, a withdrawal in a currency we do not pay', async () => {
    const number = await openTicket(customer, 'withdrawal', { details: { amount: '20.00', currency: 'DOGE', destination: 'DOGE wallet D8vFz4p1L37jdg47HXKtSHA5uYLYxbGgPD' } });
    await untilStatus(agent, number, 'withdrawal_cancelled');
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.messages.at(-1).body).toMatch(/We do not pay withdrawals in DOGE/);
  });

  it('answers 409 to a decision the workflow is not waiting for, and to a completion without its reference 422', async () => {
    const number = await openTicket(customer, 'withdrawal');
    await untilWaiting(agent, number, 'finance');

    const wrong = await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'approve', note: 'Looks fine.' });
    expect(wrong.status).toBe(409);
    expect(wrong.body.error).toMatchObject({ code: 'workflow_not_waiting', message: expect.stringContaining('finance decision') });
    const noReference = await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'complete', note: 'Sent.' });
    expect(noReference.status).toBe(422);
    expect(noReference.body.error.fields).toEqual([{ path: 'reference', message: 'Required to complete a withdrawal.' }]);
  });

  it('sends an overdue finance decision to the agents with a note and a raised priority, and still takes the decision', async () => {
    const number = await openTicket(customer, 'withdrawal');
    await untilWaiting(agent, number, 'finance');

    // The test cloud gives finance 3 s.
    const escalated = await untilNote(agent, number, 'Finance has not completed or cancelled this withdrawal');
    expect(escalated.ticket.status.code).toBe('with_finance');
    expect(escalated.ticket.priority).toBe('high');
    expect(escalated.messages.at(-1)).toMatchObject({ internal: true, author: { kind: 'system', id: 'system' } });
    expect(escalated.messages.at(-1)?.body).toContain('Finance has not completed or cancelled this withdrawal');

    await untilWaiting(agent, number, 'finance');
    const decided = await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'complete', note: 'Done late.', reference: 'TX-LATE' });
    expect(decided.status).toBe(202);
    await untilStatus(agent, number, 'withdrawal_completed');
  });
});
