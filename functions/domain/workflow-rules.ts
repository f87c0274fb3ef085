import { additionalInformationStatus, isWorkflowType, seedWording, statusOf, type Wording } from './catalog';
import { TransitionNotAllowedError, WorkflowOwnsStatusError } from './errors';
import type { IdSource } from './ids';
import { redact } from './redaction';
import type { RedactedText } from './redaction';
import { changeStatus, replyAsAgent, updateFields } from './ticket';
import { afterCustomerReply } from './transitions';
import type { Actor, Change, Priority, Ticket } from './types';

/*
 * The rules the refund, KYC and withdrawal workflows apply: the automatic checks of "In progress",
 * who may answer a waiting workflow with which decision, escalation, and the customer's cancel.
 */

/** The system itself, as the actor of a workflow's own moves. */
export const systemActor: Actor = { kind: 'system', id: 'system' };

/** What a workflow can wait for: an outside party, or a person. */
export const waitKinds = ['provider', 'compliance', 'finance', 'customer', 'agent'] as const;
export type WaitKind = (typeof waitKinds)[number];

/** What an agent may decide, by what the workflow waits for. */
export const decisionsByWait: Readonly<Record<WaitKind, readonly Decision[]>> = {
  provider: [],
  customer: [],
  compliance: ['approve', 'reject'],
  // After an escalation: the agent settles the outcome the provider did not give.
  agent: ['approve', 'reject'],
  finance: ['complete', 'cancel'],
};

export const decisions = ['approve', 'reject', 'complete', 'cancel'] as const;
export type Decision = (typeof decisions)[number];

/** The decisions that refuse what the customer asked for: the customer is told why. */
const refusals: ReadonlySet<Decision> = new Set(['reject', 'cancel']);

/**
 * What the customer is told when a person refuses, unless the agent wrote the reason themselves:
 * customer-safe words that say who reviewed the request, never the agent's internal note.
 */
const generalRefusalReasons: Readonly<Partial<Record<WaitKind, string>>> = {
  compliance: 'Our compliance team reviewed your refund request and could not approve it. If you have questions about this decision, please reply on your ticket.',
  agent: 'Our team reviewed your request and could not approve it. If you have questions about this decision, please reply on your ticket.',
  finance: 'Our finance team reviewed your withdrawal and could not send it. If you have questions about this decision, please reply on your ticket.',
};

/**
 * The reason a decision gives the customer: for a refusal, the reason the agent wrote for the
 * customer or general words for what was waited for; nothing for an approval or a completion.
 */
export function customerReasonOf(wait: WaitKind, decision: Decision, written: RedactedText | undefined): RedactedText | undefined {
  if (!refusals.has(decision)) return undefined;
  return written ?? redact(generalRefusalReasons[wait] ?? generalRefusalReasons.agent!).text;
}

/**
 * What the customer is told of a KYC verdict J2TX gave without a customer comment: general words
 * that say who reviewed the application and what the customer can do, never the internal comment.
 */
const generalVerificationReasons: Readonly<Record<string, string>> = {
  rejected: 'Our identity verification partner reviewed your application and could not approve it. If you have questions about this decision, please reply on your ticket.',
  needs_information: 'Our identity verification partner needs more information to finish reviewing your application. Please reply on your ticket and our team will tell you what to send.',
};

/**
 * The words a verification partner's verdict gives the customer: its own customer comment when it
 * wrote one, general words for a refusal or a request for information without one, and nothing
 * (an empty string: the state machine passes it on, and no message is written) otherwise.
 */
export function verificationCustomerComment(outcome: string, written: string | undefined): string {
  if (written !== undefined && written.trim() !== '') return written;
  return generalVerificationReasons[outcome] ?? '';
}

/** Settings of the automatic checks, given by the state machine's substitutions. */
export interface CheckSettings {
  /** Refunds of at least this amount go to Compliance first (a decimal string). */
  readonly complianceThreshold: string;
  /** The largest withdrawal processed (a decimal string). */
  readonly withdrawalMaxAmount: string;
  /** Currencies withdrawals are paid in. */
  readonly withdrawalCurrencies: readonly string[];
}

/**
 * The deployed settings of the automatic checks: infra/system.ts substitutes them into the state
 * machines, which hand them to every `assess` task. Their one definition.
 */
export const checkSettings: CheckSettings = {
  complianceThreshold: '1000',
  withdrawalMaxAmount: '10000',
  withdrawalCurrencies: ['USD', 'EUR', 'GBP', 'USDT', 'USDC', 'BTC', 'ETH'],
};

function kycStatusAfterReply(): string {
  const status = afterCustomerReply('kyc');
  if (!status) throw new Error('A KYC ticket must have a status the customer’s reply moves it to.');
  return status;
}

/**
 * How a KYC customer answers J2TX's question: their reply moves the ticket from "Additional
 * information required from the customer" back to With J2TX. The table's stream filter
 * (infra/system.ts) passes exactly this change to functions/streams/start-and-resume-workflows.ts,
 * which hands the reply to the waiting workflow; the state machine asks the customer by moving the
 * ticket to `from`.
 */
export const kycCustomerAnswered = { type: 'kyc', from: additionalInformationStatus, to: kycStatusAfterReply() } as const;

/** The outcome of a workflow's automatic checks in "In progress". */
export type Assessment =
  | { readonly eligible: false; readonly reason: string }
  | {
      readonly eligible: true;
      /** Refunds: which provider pays it, and whether Compliance reviews it first. */
      readonly provider?: 'paddle' | 'coinpayments';
      readonly compliance?: boolean;
      /** KYC: what J2TX reviews. */
      readonly kind?: 'verification' | 'address_change';
    };

const decimalPattern = /^(\d+)(?:\.(\d+))?$/;

/**
 * Compares two non-negative decimal strings exactly (no floating point): -1, 0 or 1.
 * @throws Error when either is not a plain decimal such as "10.50".
 */
export function compareDecimals(a: string, b: string): number {
  const parse = (value: string) => {
    const match = decimalPattern.exec(value.trim());
    if (!match) throw new Error(`Not a decimal amount: "${value}"`);
    return { whole: (match[1] ?? '0').replace(/^0+(?=\d)/, ''), fraction: match[2] ?? '' };
  };
  const x = parse(a);
  const y = parse(b);
  if (x.whole.length !== y.whole.length) return x.whole.length < y.whole.length ? -1 : 1;
  if (x.whole !== y.whole) return x.whole < y.whole ? -1 : 1;
  const width = Math.max(x.fraction.length, y.fraction.length);
  const fx = x.fraction.padEnd(width, '0');
  const fy = y.fraction.padEnd(width, '0');
  return fx === fy ? 0 : fx < fy ? -1 : 1;
}

const redactionMarker = /\[(?:REDACTED|card ending \d{4})\]/;
const fiatCurrency = /^[A-Z]{3}$/;

function detailsOf(ticket: Ticket): Readonly<Record<string, string | undefined>> {
  return ticket.details as Readonly<Record<string, string | undefined>>;
}

function refusal(reason: string): Assessment {
  return { eligible: false, reason };
}

/**
 * A refund's eligibility: the details are complete and plausible. It goes to Compliance when
 * the amount is at or above the threshold, and always when CoinPayments pays it (a crypto payout
 * cannot be called back).
 */
export function assessRefund(ticket: Ticket, settings: Pick<CheckSettings, 'complianceThreshold'>): Assessment {
  const { provider, transactionId, amount, currency, refundAddress } = detailsOf(ticket);
  if ((provider !== 'paddle' && provider !== 'coinpayments') || !transactionId || !amount || !currency) {
    return refusal('Your refund request is missing the payment details we need (provider, transaction, amount and currency). Please open a new request with all of them.');
  }
  if (provider === 'paddle' && !fiatCurrency.test(currency)) {
    return refusal(`Paddle payments are made in a currency such as USD or EUR, so a Paddle refund cannot be paid in ${currency}. Please check the currency of your original payment and open a new request.`);
  }
  if (provider === 'coinpayments' && (!refundAddress || redactionMarker.test(refundAddress))) {
    return refusal('A CoinPayments refund is paid to a wallet address, and your request has none we can use. Please open a new request with the address to refund to.');
  }
  if (compareDecimals(amount, '0') <= 0) return refusal('The refund amount must be more than zero.');
  const compliance = provider === 'coinpayments' || compareDecimals(amount, settings.complianceThreshold) >= 0;
  return { eligible: true, provider, compliance };
}

/** A withdrawal's automatic checks: amount within the limit, a currency we pay in, a usable destination. */
export function assessWithdrawal(ticket: Ticket, settings: Pick<CheckSettings, 'withdrawalMaxAmount' | 'withdrawalCurrencies'>): Assessment {
  const { amount, currency, destination } = detailsOf(ticket);
  if (!amount || !currency || !destination) {
    return refusal('Your withdrawal request is missing its amount, currency or destination. Please open a new request with all three.');
  }
  if (compareDecimals(amount, '0') <= 0) return refusal('The withdrawal amount must be more than zero.');
  if (compareDecimals(amount, settings.withdrawalMaxAmount) > 0) {
    return refusal(`A single withdrawal can be at most ${settings.withdrawalMaxAmount} ${currency}. Please open a new request for a smaller amount.`);
  }
  if (!settings.withdrawalCurrencies.includes(currency)) {
    return refusal(`We do not pay withdrawals in ${currency}. We pay in: ${settings.withdrawalCurrencies.join(', ')}.`);
  }
  if (redactionMarker.test(destination) || destination.trim().length < 10) {
    return refusal('We could not use the destination of your withdrawal (card numbers and secrets are removed from tickets for your safety). Please open a new request with a wallet address or IBAN.');
  }
  return { eligible: true };
}

/** A KYC application's completeness: a country, and for an address change the new address. */
export function assessKyc(ticket: Ticket): Assessment {
  const { kind, country, address } = detailsOf(ticket);
  if ((kind !== 'verification' && kind !== 'address_change') || !country) {
    return refusal('Your verification request is missing your country. Please open a new request with it.');
  }
  if (kind === 'address_change' && (!address || redactionMarker.test(address))) {
    return refusal('Your address change request has no new address we can use. Please open a new request with your full new address.');
  }
  return { eligible: true, kind };
}

/** The priority of a ticket sent to agents: at least high, critical when it already was high. */
export function raisedPriority(priority: Priority): Priority {
  if (priority === 'high' || priority === 'critical') return 'critical';
  return 'high';
}

/** A status change a workflow asks for, with an internal note and an optional message to the customer. */
export interface WorkflowMove {
  readonly to: string;
  readonly note?: RedactedText | undefined;
  readonly message?: RedactedText | undefined;
}

/**
 * A workflow moves its ticket, through the same rules and events as any status change, and
 * optionally tells the customer why in a public support message. A ticket already at the
 * status is left as it is (no events), so a retried task changes nothing twice.
 * @throws the domain's errors of changeStatus: TransitionNotAllowedError when the ticket moved
 * somewhere the workflow cannot follow (a withdrawal the customer cancelled), TicketClosedError.
 */
export function moveByWorkflow(ticket: Ticket, move: WorkflowMove, actor: Actor, now: string, ids: IdSource): Change {
  if (ticket.status === move.to) return { ticket, events: [] };
  const moved = changeStatus(ticket, { to: move.to, note: move.note }, actor, now, ids, { byWorkflow: true });
  if (!move.message) return moved;
  const told = replyAsAgent(moved.ticket, { body: move.message, internal: false, awaitReply: false }, actor, now, ids);
  return { ticket: told.ticket, events: [...moved.events, ...told.events], ...(told.message ? { message: told.message } : {}) };
}

/**
 * Sends a ticket to the agents: an internal note saying what happened and the priority raised.
 * The status does not move: nothing goes backwards.
 * @throws TicketClosedError when the ticket is closed.
 */
export function escalate(ticket: Ticket, note: RedactedText, actor: Actor, now: string, ids: IdSource): Change {
  const noted = replyAsAgent(ticket, { body: note, internal: true, awaitReply: false }, actor, now, ids);
  const raised = updateFields(noted.ticket, { priority: raisedPriority(ticket.priority) }, actor, now, ids);
  return { ticket: raised.ticket, events: [...noted.events, ...raised.events], ...(noted.message ? { message: noted.message } : {}) };
}

/** An agent's decision: what it is, the agent's note, and for a completed withdrawal its reference. */
export interface DecisionRecord {
  readonly decision: Decision;
  readonly note: RedactedText;
  readonly reference?: RedactedText | undefined;
}

/**
 * An agent's decision kept in the thread as an internal note, so the timeline says who decided what.
 * The note is redacted again as a whole, since joining redacted pieces could make a secret anew.
 */
export function recordDecision(ticket: Ticket, decision: DecisionRecord, actor: Actor, now: string, ids: IdSource): Change {
  const reference = decision.reference ? ` (reference ${decision.reference})` : '';
  const body = redact(`Decision: ${decision.decision}${reference}. ${decision.note}`).text;
  return replyAsAgent(ticket, { body, internal: true, awaitReply: false }, actor, now, ids);
}

const cancellableWithdrawal = new Set(['submitted', 'in_progress']);
const cancelledByCustomer = redact('Cancelled by the customer.').text;

/**
 * The customer cancels their own withdrawal while it has not reached the finance team.
 * @throws WorkflowOwnsStatusError for any other type of ticket; TransitionNotAllowedError once the
 * withdrawal is With Finance or has an outcome; TicketClosedError when it is closed.
 */
export function cancelWithdrawalAsCustomer(ticket: Ticket, actor: Actor, now: string, ids: IdSource, wording: Wording = seedWording): Change {
  if (ticket.type !== 'withdrawal') {
    const what = isWorkflowType(ticket.type) ? `its ${ticket.type === 'kyc' ? 'KYC' : ticket.type} process decides the outcome` : 'only a withdrawal can be cancelled';
    throw new WorkflowOwnsStatusError(`Ticket ${ticket.number} cannot be cancelled: ${what}.`);
  }
  if (!cancellableWithdrawal.has(ticket.status)) {
    const label = statusOf(ticket.type, ticket.status, wording).label;
    throw new TransitionNotAllowedError(
      ticket.status === 'with_finance'
        ? `Withdrawal ${ticket.number} is already with our finance team, so it can no longer be cancelled. Reply on the ticket if something is wrong.`
        : `Withdrawal ${ticket.number} is “${label}”, so it can no longer be cancelled.`,
    );
  }
  return changeStatus(ticket, { to: 'withdrawal_cancelled', note: cancelledByCustomer }, actor, now, ids, { byWorkflow: true, wording });
}
