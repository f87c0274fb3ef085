import { TransitionNotAllowedError } from '../domain/errors';
import { newId } from '../domain/ids';
import { timeOfChange } from '../domain/ticket';
import type { Actor, Ticket } from '../domain/types';
import { assessKyc, assessRefund, assessWithdrawal, decisionsByWait, escalate, moveByWorkflow, systemActor } from '../domain/workflow-rules';
import type { Assessment, CheckSettings, WaitKind } from '../domain/workflow-rules';
import { currentTicket, saveChange } from '../data/tickets';
import type { WriteConflictError } from '../data/tickets';
import { getWorkflow, recordProviderReference, startWaiting } from '../data/workflows';
import type { ProviderConfig } from '../providers/config';
import type { ProviderName, ProviderReference } from '../providers/types';
import { logger } from '../shared/observability';
import { retryOnWriteConflict } from './conflicts';
import { answerTask, customerWordsSince } from './workflows';
import type { WorkflowDeps, WorkflowWriteDeps } from './workflows';

/*
 * What the state machines' Lambda tasks do. Each is safe to run again: Step Functions retries
 * tasks, and a retried task must not move, note or pay anything twice.
 */

/**
 * The ticket a task works on: the one a lost write returned, or read afresh.
 * @throws TicketMissingError, which no Retry matches.
 */
async function ticketOf(deps: WorkflowDeps, number: string, conflict?: WriteConflictError): Promise<Ticket> {
  const ticket = await currentTicket(deps.store, number, conflict);
  if (!ticket) throw new TicketMissingError(`Ticket ${number} does not exist.`);
  return ticket;
}

/** The workflow's ticket is gone: a programming or data error that ops must look at. */
export class TicketMissingError extends Error {
  override readonly name = 'TicketMissing';
}

/**
 * The ticket moved where the workflow cannot follow (the customer cancelled the withdrawal): the
 * state machine catches it and ends quietly.
 */
export class TicketMovedOnError extends Error {
  override readonly name = 'TicketMovedOn';
}

/** What a `set-status` task asks for: the status, and who decided it and why (`$.outcome` of the state machine). */
export interface SetStatusInput {
  readonly ticketNumber: string;
  readonly status: string;
  readonly outcome?: { readonly actor?: Actor; readonly note?: string; readonly message?: string };
}

/**
 * Moves the ticket through the domain as its workflow (actor `system` unless the task names the
 * provider), optionally with a public support message. Already at the status: nothing happens.
 * Lost races are retried on the fresh ticket; a move the ticket no longer allows throws TicketMovedOn.
 * @throws TicketMissingError; TicketMovedOnError; WriteContentionError when the invocation runs out of
 * time to retry (a task error the state machine retries).
 */
export async function setStatus(deps: WorkflowWriteDeps, input: SetStatusInput): Promise<{ status: string; changed: boolean }> {
  const actor = input.outcome?.actor ?? systemActor;
  const note = input.outcome?.note || undefined;
  const message = input.outcome?.message || undefined;
  return retryOnWriteConflict(deps.remainingMs, async (conflict) => {
    const ticket = await ticketOf(deps, input.ticketNumber, conflict);
    let change;
    try {
      change = moveByWorkflow(ticket, { to: input.status, note, message }, actor, timeOfChange(ticket, deps.now()), newId);
    } catch (error) {
      if (error instanceof TransitionNotAllowedError) throw new TicketMovedOnError(`Ticket ${ticket.number} is ${ticket.status}; the workflow cannot move it to ${input.status}.`);
      throw error;
    }
    if (change.events.length === 0) return { status: ticket.status, changed: false };
    await saveChange(deps.store, change, ticket.version);
    logger.info('workflow moved ticket', { ticketNumber: ticket.number, from: ticket.status, to: input.status });
    return { status: input.status, changed: true };
  });
}

/** What an `assess` task is given: the ticket, and the settings from the state machine. */
export interface AssessInput {
  readonly ticketNumber: string;
  readonly settings: {
    readonly complianceThreshold?: string;
    readonly withdrawalMaxAmount?: string;
    /** Comma-separated, as a substitution gives it. */
    readonly withdrawalCurrencies?: string;
  };
}

/** An assessment with every field present, as the state machine's ResultSelector reads them all. */
export interface AssessmentResult {
  readonly eligible: boolean;
  readonly reason: string;
  readonly provider: string;
  readonly compliance: boolean;
  readonly kind: string;
}

function completeAssessment(assessment: Assessment): AssessmentResult {
  if (!assessment.eligible) return { eligible: false, reason: assessment.reason, provider: '', compliance: false, kind: '' };
  return { eligible: true, reason: '', provider: assessment.provider ?? '', compliance: assessment.compliance ?? false, kind: assessment.kind ?? '' };
}

/** The automatic checks of "In progress" for the ticket's type. @throws TicketMissingError */
export async function assess(deps: WorkflowDeps, input: AssessInput): Promise<AssessmentResult> {
  return completeAssessment(await assessTicket(deps, input));
}

async function assessTicket(deps: WorkflowDeps, input: AssessInput): Promise<Assessment> {
  const ticket = await ticketOf(deps, input.ticketNumber);
  const settings: CheckSettings = {
    complianceThreshold: input.settings.complianceThreshold ?? '1000',
    withdrawalMaxAmount: input.settings.withdrawalMaxAmount ?? '10000',
    withdrawalCurrencies: (input.settings.withdrawalCurrencies ?? '').split(',').map((code) => code.trim()).filter(Boolean),
  };
  switch (ticket.type) {
    case 'refund':
      return assessRefund(ticket, settings);
    case 'withdrawal':
      return assessWithdrawal(ticket, settings);
    case 'kyc':
      return assessKyc(ticket);
    default:
      throw new TicketMissingError(`Ticket ${ticket.number} is a ${ticket.type} ticket, which has no workflow.`);
  }
}

/** What an `escalate` task is given: what went wrong, and the error the state machine caught. */
export interface EscalateInput {
  readonly ticketNumber: string;
  readonly reason: string;
  readonly failure?: { readonly Error?: string; readonly Cause?: string };
}

/** Why a caught error happened, in a line an agent can read (a Lambda error's Cause is JSON). */
function failureText(failure: EscalateInput['failure']): string {
  if (!failure?.Error) return '';
  let message = failure.Cause ?? '';
  try {
    const parsed = JSON.parse(message) as { errorMessage?: unknown };
    if (typeof parsed.errorMessage === 'string') message = parsed.errorMessage;
  } catch {
    // a plain-text cause is kept as it is
  }
  return ` (${failure.Error}${message ? `: ${message.slice(0, 300)}` : ''})`;
}

/**
 * Sends the ticket to the agents: an internal note saying what failed and the priority raised.
 * The status stays where it is.
 * @throws TicketMissingError; WriteContentionError when the invocation runs out of time to retry.
 */
export async function escalateTicket(deps: WorkflowWriteDeps, input: EscalateInput): Promise<{ priority: string }> {
  return retryOnWriteConflict(deps.remainingMs, async (conflict) => {
    const ticket = await ticketOf(deps, input.ticketNumber, conflict);
    const change = escalate(ticket, `Workflow: ${input.reason}${failureText(input.failure)}`, systemActor, timeOfChange(ticket, deps.now()), newId);
    await saveChange(deps.store, change, ticket.version);
    logger.warn('workflow escalated to agents', { ticketNumber: ticket.number, reason: input.reason, error: input.failure?.Error });
    return { priority: change.ticket.priority };
  });
}

/** What a wait for a person is given: the ticket, who must answer, the token to answer on. */
export interface AwaitPersonInput {
  readonly ticketNumber: string;
  readonly kind: Exclude<WaitKind, 'provider'>;
  readonly step: string;
  readonly taskToken: string;
}

const awaitingCustomerStatus = 'additional_information_required_from_the_customer';

/**
 * Records that the workflow waits for an agent's decision or the customer's reply. A customer who
 * replied before the wait was recorded is answered at once, so no reply is ever missed.
 * @throws TicketMissingError
 */
export async function awaitPerson(deps: WorkflowDeps, input: AwaitPersonInput): Promise<{ waitingFor: string }> {
  const since = deps.now().toISOString();
  await startWaiting(deps.store, input.ticketNumber, { kind: input.kind, decisions: decisionsByWait[input.kind], step: input.step, since }, input.taskToken);
  if (input.kind === 'customer') {
    const ticket = await ticketOf(deps, input.ticketNumber);
    if (ticket.status !== awaitingCustomerStatus) {
      // The reply moved the ticket on between the status change and this wait.
      const words = await customerWordsSince(deps.store, ticket.number, ticket.lastReply?.at ?? since);
      await answerTask(deps, ticket.number, input.taskToken, { answeredBy: 'customer', additionalInformation: words });
    }
  }
  logger.info('workflow waiting', { ticketNumber: input.ticketNumber, waitingFor: input.kind });
  return { waitingFor: input.kind };
}

/** What a wait for a provider is given. */
export interface AwaitProviderInput {
  readonly ticketNumber: string;
  readonly provider: ProviderName;
  /** Names the request within the workflow; a retry of the same step never asks twice. */
  readonly step: string;
  readonly taskToken: string;
  /** KYC: what the customer added since J2TX asked for more. */
  readonly additionalInformation?: string;
}

/** Where CoinPayments sends its IPN for payouts; empty uses the merchant account's default. */
export interface ProviderCallSettings {
  readonly coinPaymentsIpnUrl: string;
}

async function askProvider(providers: ProviderConfig, settings: ProviderCallSettings, ticket: Ticket, input: AwaitProviderInput): Promise<ProviderReference> {
  const details = ticket.details as Readonly<Record<string, string | undefined>>;
  switch (input.provider) {
    case 'paddle':
      return (await providers.paddleClient()).requestRefund({
        transactionId: details['transactionId'] ?? '',
        reason: `Refund requested by the customer in ticket ${ticket.number}`,
        ticketNumber: ticket.number,
      });
    case 'coinpayments':
      return (await providers.coinPaymentsClient()).createPayout({
        amount: details['amount'] ?? '',
        currency: details['currency'] ?? '',
        address: details['refundAddress'] ?? '',
        ipnUrl: settings.coinPaymentsIpnUrl,
        note: `Refund for ticket ${ticket.number}`,
      });
    case 'j2tx':
      return (await providers.j2txClient()).submitApplication({
        ticketNumber: ticket.number,
        kind: details['kind'] === 'address_change' ? 'address_change' : 'verification',
        country: details['country'] ?? '',
        ...(details['address'] ? { address: details['address'] } : {}),
        email: ticket.requester.email,
        name: ticket.requester.name,
        ...(input.additionalInformation ? { additionalInformation: input.additionalInformation } : {}),
      });
  }
}

/**
 * Records that the workflow waits for the provider (token first, so that an answer arriving at
 * once finds it), then asks the provider and indexes its reference for the webhook. A retry of
 * the same step whose request already went through asks nothing again.
 * @throws ProviderUnavailable (retried by the state machine), ProviderRejected, TicketMissingError.
 */
export async function awaitProvider(
  deps: WorkflowDeps,
  providers: ProviderConfig,
  settings: ProviderCallSettings,
  input: AwaitProviderInput,
): Promise<ProviderReference> {
  const ticket = await ticketOf(deps, input.ticketNumber);
  await startWaiting(deps.store, ticket.number, { kind: 'provider', provider: input.provider, decisions: [], step: input.step, since: deps.now().toISOString() }, input.taskToken);
  const record = await getWorkflow(deps.store, ticket.number);
  if (record.provider === input.provider && record.referenceStep === input.step && record.reference) {
    logger.info('provider already asked for this step', { ticketNumber: ticket.number, provider: input.provider, step: input.step });
    return { provider: input.provider, reference: record.reference };
  }
  const created = await askProvider(providers, settings, ticket, input);
  await recordProviderReference(deps.store, ticket.number, input.step, created);
  logger.info('provider asked', { ticketNumber: ticket.number, provider: input.provider, reference: created.reference, step: input.step });
  return created;
}
