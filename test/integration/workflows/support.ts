import { expect, inject } from 'vitest';
import { remoteFake } from '../../fakes';
import type { RemoteFake, WebhookAnswer } from '../../fakes';
import { coinPaymentsIpnDelivery, deliver, j2txWebhookDelivery, paddleWebhookDelivery } from '../../fakes';
import type { CoinPaymentsIpnInput, J2txWebhookInput, PaddleWebhookInput } from '../../fakes';
import { ticketForm } from '../../support/api';
import type { ApiUser } from '../../support/api';
import { eventually } from '../../support/eventually';

export { eventually };

/** Opens a ticket of the type as the customer and returns its number. */
export async function openTicket(customer: ApiUser, type: string, overrides: Record<string, unknown> = {}): Promise<string> {
  const response = await customer.post('/v1/tickets', ticketForm(type, overrides));
  expect(response.status, JSON.stringify(response.body)).toBe(201);
  return response.body.ticket.number as string;
}

/** A refund form paid back by CoinPayments (which always goes to Compliance first). */
export function coinPaymentsRefund(amount = '0.015'): Record<string, unknown> {
  return { details: { provider: 'coinpayments', transactionId: 'CPHB0TQ5XKXXLGSE1NHWRBBWMD', amount, currency: 'BTC', refundAddress: 'bc1qar0srrr7xfkvy5l643lydnw9re59gtzzwf5mdq' } };
}

/** The ticket as the agent sees it (with the whole timeline and internal notes). */
export async function agentView(agent: ApiUser, number: string) {
  const response = await agent.get(`/v1/agent/tickets/${number}`);
  expect(response.status).toBe(200);
  return response.body as { ticket: { status: { code: string; label: string }; priority: string; phase: string }; messages: { body: string; internal: boolean; author: { kind: string; id: string } }[]; timeline: { kind: string; actor: { kind: string; id: string }; after: unknown; note?: string }[] };
}

/** The ticket's workflow as GET /v1/agent/tickets/{number}/workflow shows it. */
export async function workflowView(agent: ApiUser, number: string) {
  const response = await agent.get(`/v1/agent/tickets/${number}/workflow`);
  return response;
}

/** Waits until the ticket has the status, and returns the agent's view of it. */
export function untilStatus(agent: ApiUser, number: string, code: string, timeoutMs?: number) {
  return eventually(`ticket ${number} to be ${code}`, async () => {
    const view = await agentView(agent, number);
    return view.ticket.status.code === code ? view : undefined;
  }, timeoutMs);
}

/** Waits until the workflow waits for `kind` (provider, compliance, finance, customer, agent); returns the workflow view. */
export function untilWaiting(agent: ApiUser, number: string, kind: string, timeoutMs?: number) {
  return eventually(`the workflow of ${number} to wait for ${kind}`, async () => {
    const response = await workflowView(agent, number);
    return response.status === 200 && response.body.waiting?.kind === kind ? response.body : undefined;
  }, timeoutMs);
}

/** Waits until the workflow's execution has ended; returns the workflow view. */
export function untilEnded(agent: ApiUser, number: string, timeoutMs?: number) {
  return eventually(`the workflow of ${number} to end`, async () => {
    const response = await workflowView(agent, number);
    return response.status === 200 && response.body.execution.status !== 'RUNNING' ? response.body : undefined;
  }, timeoutMs);
}

/** Waits until the ticket has an internal note containing `text`; returns the agent's view. */
export function untilNote(agent: ApiUser, number: string, text: string, timeoutMs?: number) {
  return eventually(`an internal note on ${number} saying "${text}"`, async () => {
    const view = await agentView(agent, number);
    return view.messages.some((message) => message.internal && message.body.includes(text)) ? view : undefined;
  }, timeoutMs);
}

/** The provider reference the workflow waits on, once it waits on one. */
export async function providerReference(agent: ApiUser, number: string): Promise<string> {
  const view = await untilWaiting(agent, number, 'provider');
  return eventually(`a provider reference for ${number}`, async () => {
    const again = view.provider?.reference ? view : (await workflowView(agent, number)).body;
    return again.provider?.reference as string | undefined;
  });
}

/**
 * The provider reference of a new submission, once the workflow waits on one other than `previous`:
 * a customer's reply moves the ticket back to the provider's status at once, before the workflow has
 * resubmitted, so the view shows the old reference for a while (on a busy machine, long enough for
 * a webhook about it to arrive when the workflow no longer waits on it).
 */
export function newProviderReference(agent: ApiUser, number: string, previous: string): Promise<string> {
  return eventually(`a provider reference for ${number} other than ${previous}`, async () => {
    const response = await workflowView(agent, number);
    const reference = response.status === 200 && response.body.waiting?.kind === 'provider' ? (response.body.provider?.reference as string | undefined) : undefined;
    return reference !== undefined && reference !== previous ? reference : undefined;
  });
}

/** The names of the states the execution entered, in order. */
export function statesEntered(view: { history: { what: string; state?: string }[] }): string[] {
  return view.history.filter((line) => line.what === 'entered').map((line) => line.state ?? '');
}

const webhookUrl = (provider: string) => `${inject('localCloud').api}/v1/webhooks/${provider}`;

/** Sends a signed Paddle adjustment webhook to the local API. */
export const paddleSays = (input: PaddleWebhookInput): Promise<WebhookAnswer> => deliver(webhookUrl('paddle'), paddleWebhookDelivery(input));
/** Sends a signed CoinPayments IPN to the local API. */
export const coinPaymentsSays = (input: CoinPaymentsIpnInput): Promise<WebhookAnswer> => deliver(webhookUrl('coinpayments'), coinPaymentsIpnDelivery(input));
/** Sends a signed J2TX review webhook to the local API. */
export const j2txSays = (input: J2txWebhookInput): Promise<WebhookAnswer> => deliver(webhookUrl('j2tx'), j2txWebhookDelivery(input));

/** The fake providers running inside the local cloud. */
export function fakes(): { paddle: RemoteFake; coinpayments: RemoteFake; j2tx: RemoteFake } {
  const { providers } = inject('localCloud');
  return { paddle: remoteFake(providers.paddle), coinpayments: remoteFake(providers.coinpayments), j2tx: remoteFake(providers.j2tx) };
}
