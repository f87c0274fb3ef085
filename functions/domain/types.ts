import type { Attachment } from './attachment';
import type { ClockEvent, ServiceLevelTarget } from './clock/service-levels';
import type { Complaint } from './complaints';
import type { RedactedText } from './redaction';

/** The kinds of ticket: three run as workflows, three are agent-driven processes, five are general categories. */
export const ticketTypes = [
  'refund',
  'kyc',
  'withdrawal',
  'account_restoration',
  'account_deletion',
  'bug_report',
  'security',
  'payments',
  'api',
  'account',
  'general',
] as const;
export type TicketType = (typeof ticketTypes)[number];

/** Types whose status is moved by a Step Functions workflow, not by agents. */
export const workflowTypes = ['refund', 'kyc', 'withdrawal'] as const satisfies readonly TicketType[];

/** Where a ticket stands, derived from its status: who has to act, or whether it is over. */
export const phases = ['open', 'awaiting_reply', 'solved', 'closed'] as const;
export type Phase = (typeof phases)[number];

export const priorities = ['low', 'normal', 'high', 'critical'] as const;
export type Priority = (typeof priorities)[number];

/** Seed 000's Report Status field, set by agents when a ticket goes to a technical team. */
export const reportStatuses = ['awaiting_opening', 'report_in_progress', 'report_completed', 'no_report_required'] as const;
export type ReportStatus = (typeof reportStatuses)[number];

/** One status of a type's catalogue, with the seed's label and "what it means" text, word for word. */
export interface StatusDefinition {
  readonly code: string;
  readonly label: string;
  readonly meaning: string;
  readonly phase: Phase;
}

/** Who is looking at a ticket: its customer sees it without internal data; an agent sees everything. */
export type Audience = 'customer' | 'agent';

/** Who did something: the customer, an agent (by id), the system, or an outside provider. */
export interface Actor {
  readonly kind: 'customer' | 'agent' | 'system' | 'provider';
  /** The customer's or agent's `sub`, `system`, or the provider's name (`paddle`, `j2tx`...). */
  readonly id: string;
}

/**
 * Who is signed in, as the use cases know them: their subject, their verified email (a customer is
 * their email, see DESIGN.md "Identity") and whether they are a support agent.
 */
export interface Identity {
  readonly sub: string;
  readonly email: string;
  /** Whether the identity provider verified the email; only a verified email owns tickets. */
  readonly emailVerified: boolean;
  readonly isAgent: boolean;
}

/** The person a ticket is for; what they typed about themselves is redacted text. */
export interface Requester {
  /** The customer's subject when they opened the ticket themselves; null when support opened it for their email. */
  readonly sub: string | null;
  readonly email: string;
  /** Whose ticket it is (domain/owner.ts): the normalised email, or the subject of an unverified token. */
  readonly owner: string;
  readonly name: RedactedText;
  readonly phone?: RedactedText;
}

/**
 * Type-specific details; amounts are decimal strings ("10.00"). `Text` is the type of the parts a
 * person writes freely (a withdrawal's destination, a KYC address): plain strings as they arrive,
 * redacted text once they are part of a ticket (TicketDetails).
 */
export type TicketDetailsOf<Text extends string> =
  | { readonly provider: 'paddle' | 'coinpayments'; readonly transactionId: string; readonly amount: string; readonly currency: string; readonly refundAddress?: string }
  | { readonly amount: string; readonly currency: string; readonly destination: Text }
  | { readonly kind: 'verification' | 'address_change'; readonly country: string; readonly address?: Text }
  | Readonly<Record<string, never>>;

/** A ticket's details as stored: free text redacted. */
export type TicketDetails = TicketDetailsOf<RedactedText>;

export interface Ticket {
  readonly number: string;
  readonly type: TicketType;
  readonly subject: RedactedText;
  readonly description: RedactedText;
  readonly priority: Priority;
  /** The status code; its label, meaning and phase come from the type's catalogue. */
  readonly status: string;
  readonly phase: Phase;
  readonly reportStatus: ReportStatus | null;
  readonly details: TicketDetails;
  readonly requester: Requester;
  /** The agent (sub) working the ticket, if any. */
  readonly assignee: string | null;
  /**
   * The team's last public reply (an agent's, a workflow's or a provider's message): seed 002's
   * "Last Reply" column. The customer's own messages never move it.
   */
  readonly lastReply: { readonly at: string; readonly by: 'support' } | null;
  /** When the customer last wrote on the ticket, for the agents. */
  readonly customerLastWrote: string | null;
  readonly createdAt: string;
  readonly updatedAt: string;
  /**
   * When the customer could last see something change (everything but internal notes and
   * assignee changes): their list is ordered by it, and it is the `updatedAt` they are shown.
   */
  readonly activityAt: string;
  /** Incremented by every change; writes are conditional on it. */
  readonly version: number;
  /** When the ticket entered its status (absent on tickets stored before it was kept: their last change counts). */
  readonly statusSince?: string;
  /** The clock's last warning or reminder in the current wait (domain/timers.ts), so it fires once. */
  readonly timerFired?: { readonly action: 'close_warning' | 'reminder'; readonly since: string } | null;
  /** When the clock next looks at the ticket (domain/timers.ts `nextTimerAt`), set when it is stored; null for never. */
  readonly nextTimerAt?: string | null;
  /** The bytes of every file attached to it, against the per-ticket limit; absent means none. */
  readonly attachmentBytes?: number;
  /** Its service levels' clocks (domain/clock/ticket-service-levels.ts); absent on tickets stored before them. */
  readonly serviceLevels?: TicketServiceLevels;
  /** Set once the ticket is marked as a complaint (domain/complaints.ts); absent on every other. */
  readonly complaint?: Complaint;
  /** When the ticket last entered the solved phase, kept while it is solved or closed from there; null once reopened (domain/satisfaction/). */
  readonly solvedAt?: string | null;
  /** The customer's answer to "Was this helpful?" for the latest solve they rated (domain/satisfaction/rating.ts). */
  readonly rating?: Rating | null;
}

/** A ticket's service levels as stored: the latest cycle of each target, and the alerts it gave. */
export interface TicketServiceLevels {
  /** Each target's clock events from its latest start. */
  readonly events: readonly ClockEvent[];
  /** The warnings and breaches given, by target and the start of the cycle they were given for. */
  readonly fired: readonly { readonly target: ServiceLevelTarget; readonly startedAt: string; readonly alert: 'warning' | 'breached' }[];
  /** The nearest due time of the targets counting when it was stored (the queue's order by due time); null for none. */
  readonly nearestDueAt: string | null;
}

/** A customer's satisfaction rating of one solve of a ticket. */
export interface Rating {
  readonly score: 'good' | 'bad';
  readonly comment: RedactedText | null;
  /** When it was given. */
  readonly at: string;
  /** The solve it rates (the ticket's `solvedAt` then). */
  readonly solvedAt: string;
  /** The agent the ticket was assigned to when it was rated, if any. */
  readonly assignee: string | null;
}

/** A message of the thread: public (customer or support) or an internal note (agents only). */
export interface Message {
  readonly id: string;
  readonly body: RedactedText;
  readonly internal: boolean;
  readonly author: Actor;
  readonly at: string;
}

/**
 * `attachment_removed`: a file of the thread failed its malware scan and was deleted (the system's doing).
 * `close_warning` and `reminder` are the clock's (domain/timers.ts): a solved ticket will close, a wait for the customer goes on.
 * `service_level` (internal): a service-level target started, paused, resumed, was met, warned or was breached (domain/clock/ticket-service-levels.ts).
 * `complaint`, `complaint_response` and `complaint_deadline` (domain/complaints.ts): the ticket marked as a complaint, a reply
 * recorded as its response, the clock's warning or breach of its deadline.
 * `rated`: the customer answered "Was this helpful?" (domain/satisfaction/rating.ts).
 */
export const eventKinds = [
  'created', 'status', 'priority', 'assignee', 'report_status', 'message', 'solved', 'reopened', 'attachment_removed', 'close_warning', 'reminder',
  'service_level', 'complaint', 'complaint_response', 'complaint_deadline', 'rated',
] as const;
export type EventKind = (typeof eventKinds)[number];

/** An immutable entry of the timeline. `internal` events are shown to agents only. */
export interface TicketEvent {
  readonly id: string;
  readonly kind: EventKind;
  readonly actor: Actor;
  readonly at: string;
  readonly before: unknown;
  readonly after: unknown;
  readonly internal: boolean;
  /** An optional note given with the change (agent status change, workflow reason). */
  readonly note?: RedactedText;
}

/** What a domain operation decided: the ticket as it is to be stored, and what to append. */
export interface Change {
  readonly ticket: Ticket;
  readonly events: readonly TicketEvent[];
  readonly message?: Message;
  /** The files attached with the change, to its message (or to the description of a ticket it opens). */
  readonly attachments?: readonly Attachment[];
}

/** The kinds of sensitive text redaction removes; the response names those it found. */
export const redactionKinds = ['card_number', 'card_security_code', 'card_expiry', 'recovery_phrase', 'aws_access_key', 'private_key', 'api_key', 'bearer_token', 'password'] as const;
export type RedactionKind = (typeof redactionKinds)[number];
