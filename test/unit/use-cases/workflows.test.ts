import { metricsOf } from '../../support/stdout-lines';
import { redacted } from '../../support/redacted';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { InvalidChangeError, WebhookRefusedError, WorkflowNotWaitingError } from '../../../functions/domain/errors';
import type { Message } from '../../../functions/domain/types';
import type { ProviderOutcome, ProviderReference, WebhookDelivery } from '../../../functions/providers/types';
import { WebhookSignatureError } from '../../../functions/providers/types';
import { assess } from '../../../functions/use-cases/workflows/assess';
import { awaitPerson } from '../../../functions/use-cases/workflows/await-person';
import { awaitProvider } from '../../../functions/use-cases/workflows/await-provider';
import type { ProviderClients } from '../../../functions/use-cases/workflows/await-provider';
import { decide } from '../../../functions/use-cases/workflows/decide';
import { escalateTicket } from '../../../functions/use-cases/workflows/escalate';
import { receiveWebhook } from '../../../functions/use-cases/workflows/receive-webhook';
import { setStatus } from '../../../functions/use-cases/workflows/set-status';
import { startWorkflow } from '../../../functions/use-cases/workflows/start-workflow';
import { MemoryWorkflows, depsOf, ticketOf } from './workflow-fakes';

const agent = { kind: 'agent', id: 'sub-agent' } as const;
const card = '4111 1111 1111 1111';
const awsKey = 'AKIAIOSFODNN7EXAMPLE';
const withdrawal = (status: string) => ticketOf('withdrawal', status, { amount: '50', currency: 'USD', destination: redacted('IBAN DE89370400440532013000') });
const financeWait = { kind: 'finance', decisions: ['complete', 'cancel'], step: 'finance', since: '2025-03-02T12:00:00.000Z' } as const;

describe('an agent deciding for a workflow', () => {
  it('refuses a decision the workflow does not wait for, and answers nothing', async () => {
    const deps = depsOf(new MemoryWorkflows().add(withdrawal('with_finance'), { waiting: financeWait }, 'token-1'));

    const refused = decide(deps, agent, '12345678', { decision: 'approve', note: 'Looks fine.' });

    await expect(refused).rejects.toThrow(WorkflowNotWaitingError);
    await expect(refused).rejects.toThrow('It is waiting for a finance decision (complete or cancel).');
    expect(deps.executions.answers).toEqual([]);
    expect(await deps.workflows.messagesOf('12345678')).toEqual([]);
  });

  it('refuses to complete a withdrawal without the reference of its transaction', async () => {
    const deps = depsOf(new MemoryWorkflows().add(withdrawal('with_finance'), { waiting: financeWait }, 'token-1'));

    const refused = decide(deps, agent, '12345678', { decision: 'complete', note: 'Sent.' });

    await expect(refused).rejects.toThrow(InvalidChangeError);
    await expect(refused.catch((error: InvalidChangeError) => error.fields)).resolves.toEqual([{ path: 'reference', message: 'Required to complete a withdrawal.' }]);
    expect(deps.executions.answers).toEqual([]);
  });

  it('says the workflow is no longer waiting when its task is gone (timed out, or the execution ended), and notes nothing', async () => {
    const deps = depsOf(new MemoryWorkflows().add(withdrawal('with_finance'), { waiting: financeWait }, 'token-1'));
    deps.executions.goneTokens.add('token-1');

    await expect(decide(deps, agent, '12345678', { decision: 'cancel', note: 'Customer asked.' })).rejects.toThrow('is no longer waiting for a decision');
    expect(await deps.workflows.messagesOf('12345678')).toEqual([]);
    expect(await deps.workflows.getTaskToken('12345678')).toBeUndefined();
  });

  it('answers the wait and keeps the decision as an internal note, the note and reference redacted in both', async () => {
    const deps = depsOf(new MemoryWorkflows().add(withdrawal('with_finance'), { waiting: financeWait }, 'token-1'));

    const taken = await decide(deps, agent, '12345678', { decision: 'complete', note: `Paid to card ${card}.`, reference: 'TX-4242' });

    expect(taken).toMatchObject({ decision: 'complete', waitingFor: 'finance', ticket: { number: '12345678', version: 4 } });
    expect(deps.executions.answers).toEqual([
      { taskToken: 'token-1', output: { decision: 'complete', note: 'Paid to card [card ending 1111].', reason: '', reference: 'TX-4242', by: 'sub-agent' } },
    ]);
    const [note] = await deps.workflows.messagesOf('12345678');
    expect(note).toMatchObject({ internal: true, body: 'Decision: complete (reference TX-4242). Paid to card [card ending 1111].' });
  });

  it('gives the workflow the reason for the customer with a refusal: the agent’s, redacted, or general words, never the note', async () => {
    const written = depsOf(new MemoryWorkflows().add(withdrawal('with_finance'), { waiting: financeWait }, 'token-1'));
    await decide(written, agent, '12345678', { decision: 'cancel', note: 'Hot wallet short.', reason: `The card ${card} is not yours.` });
    const general = depsOf(new MemoryWorkflows().add(withdrawal('with_finance'), { waiting: financeWait }, 'token-1'));
    await decide(general, agent, '12345678', { decision: 'cancel', note: 'Hot wallet short.' });

    expect(written.executions.answers[0]?.output).toMatchObject({ reason: 'The card [card ending 1111] is not yours.' });
    expect(general.executions.answers[0]?.output).toMatchObject({ reason: expect.stringMatching(/^Our finance team reviewed your withdrawal and could not send it\./) });
    expect(JSON.stringify(general.executions.answers[0]?.output)).toContain('"note":"Hot wallet short."');
    expect((general.executions.answers[0]?.output as { reason: string }).reason).not.toContain('Hot wallet');
  });
});

describe('starting a workflow', () => {
  it('takes an execution that already exists as started, and records it', async () => {
    const deps = depsOf(new MemoryWorkflows());
    deps.executions.alreadyStarted = true;

    await startWorkflow(deps, { number: '12345678', type: 'refund' });

    expect(deps.workflows.executions.get('12345678')).toBe('arn:aws:states:us-east-1:000000000000:execution:refund:12345678');
  });
});

describe('waiting for the customer', () => {
  const replyAt = '2025-03-02T12:10:00.000Z';
  const reply: Message = { id: 'm-1', body: redacted('My bill is attached.'), internal: false, author: { kind: 'customer', id: 'sub-customer' }, at: replyAt };
  const kyc = (status: string) => ticketOf('kyc', status, { kind: 'verification', country: 'DE' }, { customerLastWrote: replyAt });

  it('answers at once with what the customer wrote when their reply came before the wait was recorded', async () => {
    const workflows = new MemoryWorkflows().add(kyc('with_j2tx'));
    workflows.messages.set('12345678', [reply]);
    const deps = depsOf(workflows);

    await awaitPerson(deps, { ticketNumber: '12345678', kind: 'customer', step: 'customer-1', taskToken: 'token-7' });

    expect(deps.executions.answers).toEqual([{ taskToken: 'token-7', output: { answeredBy: 'customer', additionalInformation: 'My bill is attached.' } }]);
    expect(await deps.workflows.getTaskToken('12345678')).toBeUndefined();
  });

  it('waits, token kept, while the ticket still awaits the customer', async () => {
    const deps = depsOf(new MemoryWorkflows().add(kyc('additional_information_required_from_the_customer')));

    expect(await awaitPerson(deps, { ticketNumber: '12345678', kind: 'customer', step: 'customer-1', taskToken: 'token-7' })).toEqual({ waitingFor: 'customer' });

    expect(deps.executions.answers).toEqual([]);
    expect(await deps.workflows.getTaskToken('12345678')).toBe('token-7');
    expect((await deps.workflows.getWorkflow('12345678')).waiting).toMatchObject({ kind: 'customer', decisions: [] });
  });
});

describe('waiting for a provider', () => {
  function j2txCounting(): ProviderClients & { calls: number } {
    const clients = {
      calls: 0,
      paddleClient: async () => Promise.reject(new Error('not this provider')),
      coinPaymentsClient: async () => Promise.reject(new Error('not this provider')),
      j2txClient: async () => ({
        submitApplication: async (): Promise<ProviderReference> => {
          clients.calls += 1;
          return { provider: 'j2tx', reference: `app-${clients.calls + 1}` };
        },
      }),
    };
    return clients;
  }

  it('does not ask the provider twice for the same step, and asks again for a new one', async () => {
    const deps = depsOf(new MemoryWorkflows().add(ticketOf('kyc', 'with_j2tx', { kind: 'verification', country: 'DE' }), { provider: 'j2tx', reference: 'app-1', referenceStep: 'review-1' }));
    const providers = j2txCounting();
    const settings = { coinPaymentsIpnUrl: '' };

    const retried = await awaitProvider(deps, providers, settings, { ticketNumber: '12345678', provider: 'j2tx', step: 'review-1', taskToken: 'token-2' });
    expect(retried).toEqual({ provider: 'j2tx', reference: 'app-1' });
    expect(providers.calls).toBe(0);
    expect(await deps.workflows.getTaskToken('12345678')).toBe('token-2');

    const next = await awaitProvider(deps, providers, settings, { ticketNumber: '12345678', provider: 'j2tx', step: 'review-2', taskToken: 'token-3' });
    expect(next).toEqual({ provider: 'j2tx', reference: 'app-2' });
    expect(providers.calls).toBe(1);
    expect(await deps.workflows.ticketOfReference('j2tx', 'app-2')).toBe('12345678');
  });
});

describe('a provider’s webhook', () => {
  const delivery: WebhookDelivery = { rawBody: '{}', headers: {} };
  const outcome: ProviderOutcome = { provider: 'j2tx', eventId: 'evt-1', reference: 'app-1', outcome: 'approved' };
  const verifying = (said: ProviderOutcome) => () => said;
  const waitingForJ2tx = () =>
    new MemoryWorkflows().add(
      ticketOf('kyc', 'with_j2tx', { kind: 'verification', country: 'DE' }),
      { provider: 'j2tx', reference: 'app-1', referenceStep: 'review-1', waiting: { kind: 'provider', provider: 'j2tx', decisions: [], step: 'review-1', since: '2025-03-02T12:00:00.000Z' } },
      'token-9',
    );

  it('answers the waiting workflow once: the same delivery seen again is a duplicate that does nothing', async () => {
    const workflows = waitingForJ2tx();
    await workflows.recordProviderReference('12345678', 'review-1', { provider: 'j2tx', reference: 'app-1' });
    const deps = depsOf(workflows);

    expect(await receiveWebhook(deps, 'j2tx', verifying(outcome), delivery)).toEqual({ duplicate: false, result: 'answered' });
    expect(await receiveWebhook(deps, 'j2tx', verifying(outcome), delivery)).toEqual({ duplicate: true });

    expect(deps.executions.answers).toEqual([
      { taskToken: 'token-9', output: { provider: 'j2tx', outcome: 'approved', reference: 'app-1', customerComment: '', internalComment: '' } },
    ]);
    expect(deps.workflows.deliveries).toHaveLength(1);
  });

  it('gives the workflow general words for the customer when J2TX declines or asks for more without a customer comment', async () => {
    const answered = async (said: ProviderOutcome) => {
      const workflows = waitingForJ2tx();
      await workflows.recordProviderReference('12345678', 'review-1', { provider: 'j2tx', reference: 'app-1' });
      const deps = depsOf(workflows);
      await receiveWebhook(deps, 'j2tx', verifying(said), delivery);
      return deps.executions.answers[0]?.output as { customerComment: string; internalComment: string };
    };

    const declined = await answered({ ...outcome, outcome: 'rejected', internalComment: 'MRZ mismatch' });
    expect(declined.customerComment).toMatch(/^Our identity verification partner reviewed your application and could not approve it\./);
    expect(declined.internalComment).toBe('MRZ mismatch');
    expect((await answered({ ...outcome, outcome: 'needs_information', customerComment: '  ' })).customerComment).toMatch(/needs more information/);
    expect((await answered({ ...outcome, outcome: 'rejected', customerComment: 'The document has expired.' })).customerComment).toBe('The document has expired.');
  });

  it('records and acknowledges an outcome for a ticket it does not know, answering no workflow', async () => {
    const deps = depsOf(new MemoryWorkflows());

    expect(await receiveWebhook(deps, 'j2tx', verifying({ ...outcome, reference: 'app-unknown' }), delivery)).toEqual({ duplicate: false, result: 'unknown_ticket' });

    expect(deps.workflows.deliveries).toEqual([
      { provider: 'j2tx', eventId: 'evt-1', reference: 'app-unknown', outcome: 'approved', result: 'unknown_ticket', ticketNumber: undefined, at: '2025-03-02T12:30:00.000Z' },
    ]);
    expect(deps.executions.answers).toEqual([]);
  });

  it('refuses a delivery whose signature does not hold, recording nothing', async () => {
    const deps = depsOf(waitingForJ2tx());
    const forged = () => {
      throw new WebhookSignatureError('signature mismatch');
    };

    await expect(receiveWebhook(deps, 'j2tx', forged, delivery)).rejects.toThrow(WebhookRefusedError);
    expect(deps.workflows.deliveries).toEqual([]);
    expect(deps.executions.answers).toEqual([]);
  });
});

describe('provider and workflow text reaching the ticket', () => {
  it('stores J2TX’s customer and internal comments redacted, in the message and the status note', async () => {
    const deps = depsOf(new MemoryWorkflows().add(ticketOf('kyc', 'with_j2tx', { kind: 'verification', country: 'DE' })));

    await setStatus(deps, {
      ticketNumber: '12345678',
      status: 'kyc_declined',
      outcome: { actor: { kind: 'provider', id: 'j2tx' }, note: `J2TX declined the application. Their key was ${awsKey}.`, message: `We saw the card ${card} on the document.` },
    });

    const stored = deps.workflows.tickets.get('12345678');
    expect(stored?.status).toBe('kyc_declined');
    expect((await deps.workflows.messagesOf('12345678')).map((message) => message.body)).toEqual(['We saw the card [card ending 1111] on the document.']);
    expect(JSON.stringify(stored)).not.toContain(awsKey);
  });

  it('redacts what a failed task said before the escalation note is stored', async () => {
    const deps = depsOf(new MemoryWorkflows().add(ticketOf('refund', 'with_paddle', { provider: 'paddle', transactionId: 'txn_1', amount: '5', currency: 'USD' })));

    await escalateTicket(deps, { ticketNumber: '12345678', reason: 'Paddle failed.', failure: { Error: 'ProviderRejected', Cause: JSON.stringify({ errorMessage: `card ${card} refused` }) } });

    const [note] = await deps.workflows.messagesOf('12345678');
    expect(note).toMatchObject({ internal: true, body: 'Workflow: Paddle failed. (ProviderRejected: card [card ending 1111] refused)' });
    expect(deps.workflows.tickets.get('12345678')?.priority).toBe('high');
  });
});


describe('the automatic checks of a workflow', () => {
  const refund = (amount: string) => ticketOf('refund', 'in_progress', { provider: 'paddle', transactionId: 'txn_1', amount, currency: 'USD' });

  it('checks a refund with the threshold its state machine gives, and nothing else', async () => {
    const deps = depsOf(new MemoryWorkflows().add(refund('1000')));
    expect(await assess(deps, { ticketNumber: '12345678', settings: { complianceThreshold: '1000' } })).toEqual({ eligible: true, reason: '', provider: 'paddle', compliance: true, kind: '' });
  });

  it('fails, naming the setting, when the state machine gives none for what the checks need', async () => {
    const deps = depsOf(new MemoryWorkflows().add(withdrawal('in_progress')));
    await expect(assess(deps, { ticketNumber: '12345678', settings: { withdrawalMaxAmount: '10000' } })).rejects.toThrow('was given no withdrawalCurrencies');
  });
});

describe('business metrics of the workflows', () => {
  afterEach(() => {
    vi.restoreAllMocks();
  });

  it('counts the status change and the outcome when a workflow moves its ticket to an outcome', async () => {
    const deps = depsOf(new MemoryWorkflows().add(ticketOf('kyc', 'with_j2tx', { kind: 'verification', country: 'DE' })));
    const published = await metricsOf(() => setStatus(deps, { ticketNumber: '12345678', status: 'kyc_approved' }));
    expect(published).toEqual([
      { type: 'kyc', StatusChanges: 1 },
      { type: 'kyc', outcome: 'kyc_approved', WorkflowOutcomes: 1 },
    ]);
  });

  it('counts an escalation by type, and a refused webhook by provider', async () => {
    const deps = depsOf(new MemoryWorkflows().add(ticketOf('refund', 'with_paddle', { provider: 'paddle', transactionId: 'txn_1', amount: '5', currency: 'USD' })));
    expect(await metricsOf(() => escalateTicket(deps, { ticketNumber: '12345678', reason: 'Paddle did not answer.' }))).toEqual([{ type: 'refund', WorkflowEscalations: 1 }]);
    const forged = () => {
      throw new WebhookSignatureError('no signature');
    };
    expect(await metricsOf(() => receiveWebhook(deps, 'paddle', forged, { rawBody: '{}', headers: {} }))).toEqual([{ provider: 'paddle', WebhooksRefused: 1 }]);
  });
});
