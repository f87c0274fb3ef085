import { inject, beforeAll, describe, expect, it } from 'vitest';
import { coinPaymentsIpnDelivery, deliver, j2txWebhookDelivery, paddleId, paddleWebhookDelivery, unixNow } from '../../fakes';
import { signIn } from '../../support/api';
import type { ApiUser } from '../../support/api';
import { agentView, openTicket, providerReference, untilStatus, workflowView } from './support';

let customer: ApiUser;
let agent: ApiUser;

beforeAll(async () => {
  [customer, agent] = await Promise.all([signIn(), signIn({ agent: true })]);
});

const url = (provider: string) => `${inject('localCloud').api}/v1/webhooks/${provider}`;

/** A Paddle refund whose workflow waits for Paddle, with its adjustment id. */
async function waitingForPaddle(): Promise<{ number: string; adjustment: string }> {
  const number = await openTicket(customer, 'refund', { details: { provider: 'paddle', transactionId: 'txn_01h8bkrkjyxgtnvwf9s8d1tqzn', amount: '10.00', currency: 'USD' } });
  return { number, adjustment: await providerReference(agent, number) };
}

async function stillWaiting(number: string): Promise<void> {
  expect((await agentView(agent, number)).ticket.status.code).toBe('with_paddle');
  expect((await workflowView(agent, number)).body.waiting.kind).toBe('provider');
}

describe('provider webhooks', () => {
  it('answers a valid delivery with 200 once the waiting task has its answer, and moves the ticket', async () => {
    const { number, adjustment } = await waitingForPaddle();

    const answer = await deliver(url('paddle'), paddleWebhookDelivery({ adjustmentId: adjustment, status: 'approved' }));
    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ received: true, result: 'answered' });
    await untilStatus(agent, number, 'refund_approved');
  });

  it('refuses a forged delivery with 401 and changes nothing', async () => {
    const { number, adjustment } = await waitingForPaddle();

    const forged = await deliver(url('paddle'), paddleWebhookDelivery({ adjustmentId: adjustment, status: 'approved', secret: 'pdl_ntfset_attacker' }));
    expect(forged.status).toBe(401);
    expect(JSON.parse(forged.body).error.code).toBe('invalid_signature');
    const unsigned = await deliver(url('paddle'), { ...paddleWebhookDelivery({ adjustmentId: adjustment, status: 'approved' }), headers: { 'content-type': 'application/json' } });
    expect(unsigned.status).toBe(401);
    const tampered = paddleWebhookDelivery({ adjustmentId: adjustment, status: 'rejected' });
    expect((await deliver(url('paddle'), { ...tampered, rawBody: tampered.rawBody.replace('"rejected"', '"approved"') })).status).toBe(401);
    await stillWaiting(number);
  });

  it('refuses a stale delivery (signed ten minutes ago) with 401', async () => {
    const { number, adjustment } = await waitingForPaddle();

    const stale = await deliver(url('paddle'), paddleWebhookDelivery({ adjustmentId: adjustment, status: 'approved', timestamp: unixNow() - 600 }));
    expect(stale.status).toBe(401);
    await stillWaiting(number);
  });

  it('accepts a delivery signed with any of the secrets during a rotation', async () => {
    const { number, adjustment } = await waitingForPaddle();

    const rotated = await deliver(url('paddle'), paddleWebhookDelivery({ adjustmentId: adjustment, status: 'approved', secret: ['pdl_ntfset_next_secret', 'pdl_ntfset_local_ticketflow'] }));
    expect(rotated.status).toBe(200);
    await untilStatus(agent, number, 'refund_approved');
  });

  it('acknowledges a replayed delivery (the same bytes again) with 200 and changes nothing', async () => {
    const { number, adjustment } = await waitingForPaddle();
    const delivery = paddleWebhookDelivery({ adjustmentId: adjustment, status: 'rejected' });

    expect((await deliver(url('paddle'), delivery)).status).toBe(200);
    await untilStatus(agent, number, 'refund_rejected');
    const before = await agentView(agent, number);
    const replayed = await deliver(url('paddle'), delivery);

    expect(replayed.status).toBe(200);
    expect(JSON.parse(replayed.body)).toEqual({ received: true, duplicate: true });
    expect(await agentView(agent, number)).toEqual(before);
  });

  it('acknowledges a duplicate event (same event id, signed again) with 200 and changes nothing', async () => {
    const { number, adjustment } = await waitingForPaddle();
    const eventId = paddleId('evt');

    await deliver(url('paddle'), paddleWebhookDelivery({ adjustmentId: adjustment, status: 'approved', eventId }));
    await untilStatus(agent, number, 'refund_approved');
    const again = await deliver(url('paddle'), paddleWebhookDelivery({ adjustmentId: adjustment, status: 'rejected', eventId }));

    expect(again.status).toBe(200);
    expect(JSON.parse(again.body)).toMatchObject({ duplicate: true });
    expect((await agentView(agent, number)).ticket.status.code).toBe('refund_approved');
  });

  it('records and acknowledges an event for an unknown ticket', async () => {
    const answer = await deliver(url('paddle'), paddleWebhookDelivery({ adjustmentId: paddleId('adj'), status: 'approved' }));

    expect(answer.status).toBe(200);
    expect(JSON.parse(answer.body)).toEqual({ received: true, result: 'unknown_ticket' });
  });

  it('acknowledges a new event for a workflow no longer waiting for it, and changes nothing', async () => {
    const { number, adjustment } = await waitingForPaddle();
    await deliver(url('paddle'), paddleWebhookDelivery({ adjustmentId: adjustment, status: 'approved' }));
    await untilStatus(agent, number, 'refund_approved');

    const late = await deliver(url('paddle'), paddleWebhookDelivery({ adjustmentId: adjustment, status: 'rejected' }));

    expect(JSON.parse(late.body)).toEqual({ received: true, result: 'not_waiting' });
    expect((await agentView(agent, number)).ticket.status.code).toBe('refund_approved');
  });

  it('refuses a CoinPayments IPN with a forged HMAC or another merchant, and a J2TX event with a forged signature', async () => {
    const ipn = coinPaymentsIpnDelivery({ withdrawalId: 'CWXXXXXXXXXXXXXXXX', status: 2, ipnSecret: 'not-the-secret' });
    expect((await deliver(url('coinpayments'), ipn)).status).toBe(401);
    const otherMerchant = coinPaymentsIpnDelivery({ withdrawalId: 'CWXXXXXXXXXXXXXXXX', status: 2, merchantId: 'someone-else' });
    expect((await deliver(url('coinpayments'), otherMerchant)).status).toBe(401);
    const j2tx = j2txWebhookDelivery({ applicationId: 'app_unknown', answer: 'approved', secret: 'wrong' });
    expect((await deliver(url('j2tx'), j2tx)).status).toBe(401);
    const staleJ2tx = j2txWebhookDelivery({ applicationId: 'app_unknown', answer: 'approved', timestamp: unixNow() - 3600 });
    expect((await deliver(url('j2tx'), staleJ2tx)).status).toBe(401);
  });

  it('never shows the task token to the customer or the agent', async () => {
    const { number } = await waitingForPaddle();

    const mine = await customer.get(`/v1/tickets/${number}`);
    const theirs = await agent.get(`/v1/agent/tickets/${number}`);
    const workflow = await workflowView(agent, number);
    for (const body of [mine.body, theirs.body, workflow.body]) expect(JSON.stringify(body)).not.toMatch(/AQC[A-Za-z0-9_-]{86}|taskToken/);
  });
});
