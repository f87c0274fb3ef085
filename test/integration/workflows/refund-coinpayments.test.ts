import { beforeAll, describe, expect, it } from 'vitest';
import { signIn } from '../../support/api';
import type { ApiUser } from '../../support/api';
import { agentView, coinPaymentsRefund, coinPaymentsSays, fakes, openTicket, providerReference, untilNote, untilStatus, untilWaiting, workflowView } from './support';

let customer: ApiUser;
let agent: ApiUser;

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
  await fakes().coinpayments.reset();
});

/** Opens a CoinPayments refund and approves it in Compliance (which always reviews crypto refunds). */
async function approvedByCompliance(amount?: string): Promise<string> {
  const number = await openTicket(customer, 'refund', coinPaymentsRefund(amount));
  await untilWaiting(agent, number, 'compliance');
  const approved = await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'approve', note: 'Wallet verified.' });
  expect(approved.status).toBe(202);
  return number;
}

// Tests of a file run one after the other: the failure tests make the fake CoinPayments fail its next requests.
describe('the refund workflow through CoinPayments', () => {
  it('pays a refund out once Compliance approves: With Compliance, With CoinPayments, Refund approved', async () => {
    const number = await approvedByCompliance();
    const payout = await providerReference(agent, number);
    expect((await agentView(agent, number)).ticket.status.label).toBe('With CoinPayments');

    expect((await coinPaymentsSays({ withdrawalId: payout, status: 2 })).status).toBe(200);

    const view = await untilStatus(agent, number, 'refund_approved');
    expect(view.timeline.find((event) => event.kind === 'solved')).toMatchObject({ actor: { kind: 'provider', id: 'coinpayments' } });
    const mine = await customer.get(`/v1/tickets/${number}`);
    expect(mine.body.timeline.map((event: { after: { status?: string } }) => event.after.status)).toEqual(['submitted', 'in_progress', 'with_compliance', 'with_coinpayments', 'refund_approved']);
  });

  it('rejects the refund when Compliance rejects a crypto refund', async () => {
    const number = await openTicket(customer, 'refund', coinPaymentsRefund());
    await untilWaiting(agent, number, 'compliance');
    await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'reject', note: 'Address belongs to a mixer.' });
    await untilStatus(agent, number, 'refund_rejected');
  });

  it('sends a cancelled payout to the agents, who reject the refund', async () => {
    const number = await approvedByCompliance();
    const payout = await providerReference(agent, number);

    await coinPaymentsSays({ withdrawalId: payout, status: -1 });

    const escalated = await untilNote(agent, number, 'CoinPayments cancelled or failed the refund payout');
    expect(escalated.ticket.priority).toBe('high');
    await untilWaiting(agent, number, 'agent');
    await agent.post(`/v1/agent/tickets/${number}/decision`, { decision: 'reject', note: 'The address cannot receive BTC.' });
    const view = await untilStatus(agent, number, 'refund_rejected');
    expect(view.timeline.find((event) => event.kind === 'solved')).toMatchObject({ note: 'Settled by an agent: The address cannot receive BTC.' });
  });

  it('retries CoinPayments with backoff when it fails for a while, then pays', async () => {
    // Three failed HTTP attempts make one failed task: the state machine's retry asks again.
    await fakes().coinpayments.failNext(3, 503);
    const number = await approvedByCompliance();
    const payout = await providerReference(agent, number);

    const history = (await workflowView(agent, number)).body.history as { what: string; error?: string }[];
    expect(history.filter((line) => line.what === 'task failed').map((line) => line.error)).toEqual(['ProviderUnavailable']);
    await coinPaymentsSays({ withdrawalId: payout, status: 2 });
    await untilStatus(agent, number, 'refund_approved');
    expect((await agentView(agent, number)).ticket.priority).toBe('normal');
  });

  it('sends the refund to agents once CoinPayments keeps failing past the retries, moving nothing back', async () => {
    await fakes().coinpayments.failNext(12, 503);
    const number = await approvedByCompliance();

    const escalated = await untilNote(agent, number, 'The refund payout request to CoinPayments failed');
    expect(escalated.ticket).toMatchObject({ status: { code: 'with_coinpayments' }, priority: 'high' });
    expect(escalated.messages.at(-1)?.body).toContain('ProviderUnavailable');
    const waiting = await untilWaiting(agent, number, 'agent');
    expect(waiting.history.filter((line: { what: string }) => line.what === 'task failed')).toHaveLength(4);
    await fakes().coinpayments.reset();
  });
});
