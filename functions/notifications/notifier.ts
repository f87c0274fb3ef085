import { statusOf } from '../domain/catalog';
import type { Requester, Ticket, TicketEvent } from '../domain/types';
import type { Preferences } from '../data/preferences';
import type { Store } from '../data/store';
import { getTicket } from '../data/tickets';
import { logger } from '../shared/logger';
import { certainlyNotSent, describeError, type Mailer, type TeamAlerts } from './channels';
import { replyEmail, statusEmail, teamAlert, type EmailContent, type TicketFacts } from './email-content';
import { claimNotification, markFailed, markSent, type LedgerSubject } from './ledger';
import { isVisibleStatusChange, noticeOf, type Notice } from './notices';
import { plainItem, type StreamChange } from './stream-image';
import { eventsOfChange, latestSupportMessage, messageOfTicket, messagesOfChange } from './ticket-reads';

/** What the notifier works with; the stream handler builds it from its environment at cold start. */
export interface NotifierDeps {
  readonly store: Store;
  readonly mailer: Mailer;
  /** Where critical tickets are announced; without it the team is not alerted. */
  readonly alerts: TeamAlerts | undefined;
  readonly portalUrl: string;
  readonly now: () => Date;
  /** How long a claim on a notification holds; longer than the function's timeout. */
  readonly leaseMs: number;
  /** Which emails the requester wants. */
  readonly preferencesOf: (requester: Requester) => Promise<Preferences>;
}

/** How one change of the stream ended. */
export type ChangeOutcome = 'sent' | 'skipped' | 'failed';

/** The notifier: turns changes of the table into emails and alerts, each at most once. */
export interface Notifier {
  /**
   * Handles changes in stream order and answers the sequence numbers of those to deliver again
   * (a send failed, or time ran short). Never throws for one change: a failure is its outcome.
   * @param remainingMs the time left in the invocation, when it is bounded.
   */
  process(changes: readonly StreamChange[], remainingMs?: () => number): Promise<{ failed: string[]; outcomes: ChangeOutcome[] }>;
}

/** Below this much time left, a change is handed back rather than started. */
const safetyMarginMs = 3000;

/** A timeline event as the stream carries it, with the ticket version its change committed. */
type StoredEvent = TicketEvent & { readonly ticketVersion: number };

/** What a change of the stream is, if it is a timeline event worth telling. */
function eventOf(change: StreamChange): { event: StoredEvent; number: string; eventKey: string; notice: Notice } | undefined {
  if (change.eventName !== 'INSERT' || !change.newImage) return undefined;
  const item = plainItem(change.newImage);
  if (item['entity'] !== 'event' || typeof item['pk'] !== 'string' || typeof item['sk'] !== 'string' || typeof item['ticketVersion'] !== 'number') return undefined;
  const event = item as unknown as StoredEvent;
  const notice = noticeOf(event);
  if (!notice) return undefined;
  return { event, number: item['pk'].slice('TICKET#'.length), eventKey: item['sk'], notice };
}

const factsOf = (ticket: Ticket): TicketFacts => ({ number: ticket.number, subject: ticket.subject, requesterName: ticket.requester.name });

/**
 * Makes the notifier. For each timeline event inserted into the table it decides what to send
 * (see noticeOf), reads what the message needs, honours the requester's preferences, and sends it
 * through the ledger so that a redelivered change sends nothing twice.
 */
export function createNotifier(deps: NotifierDeps): Notifier {
  async function customerEmail(ticket: Ticket, event: StoredEvent, notice: Extract<Notice, { audience: 'customer' }>): Promise<EmailContent | undefined> {
    const preferences = await deps.preferencesOf(ticket.requester);
    if (notice.kind === 'status') {
      if (!preferences.emailOnStatusChange) return undefined;
      const status = statusOf(ticket.type, notice.status);
      const written = (await messagesOfChange(deps.store, ticket.number, event.ticketVersion)).find((message) => !message.internal && message.author.kind !== 'customer');
      const request = status.phase === 'awaiting_reply' ? await latestSupportMessage(deps.store, ticket.number, event.ticketVersion) : undefined;
      return statusEmail({ ticket: factsOf(ticket), status, reply: written?.body, request: request?.body, portalUrl: deps.portalUrl });
    }
    if (!preferences.emailOnReply) return undefined;
    // A reply that also moved the status is told in that status email, unless the customer only wants replies.
    if (preferences.emailOnStatusChange && (await eventsOfChange(deps.store, ticket.number, event.ticketVersion)).some(isVisibleStatusChange)) return undefined;
    const message = await messageOfTicket(deps.store, ticket.number, event.ticketVersion, notice.messageId);
    if (!message || message.internal) return undefined;
    return replyEmail({ ticket: factsOf(ticket), status: statusOf(ticket.type, ticket.status), reply: message.body, portalUrl: deps.portalUrl });
  }

  /** Sends through the ledger: claim, send, record. */
  async function sendOnce(subject: LedgerSubject, send: () => Promise<string>): Promise<ChangeOutcome> {
    const claim = await claimNotification(deps.store, subject, deps.now(), deps.leaseMs);
    if (claim.kind === 'alreadySent') return 'skipped';
    if (claim.kind === 'inFlight') {
      logger.info('notification being sent by another attempt; retrying later', { ...subject, leaseUntil: claim.leaseUntil });
      return 'failed';
    }
    let messageId: string;
    try {
      messageId = await send();
    } catch (error) {
      const certain = certainlyNotSent(error);
      logger.warn('notification not sent', { ...subject, attempt: claim.attempt, certainlyNotSent: certain, error: describeError(error) });
      await markFailed(deps.store, subject, claim.token, describeError(error), certain, deps.now());
      return 'failed';
    }
    if (!(await markSent(deps.store, subject, claim.token, messageId, deps.now()))) {
      logger.error('notification sent after its claim expired: it may have gone out twice', { ...subject, messageId });
    }
    logger.info('notification sent', { ...subject, messageId, attempt: claim.attempt });
    return 'sent';
  }

  async function handle(change: StreamChange, signal: AbortSignal | undefined): Promise<ChangeOutcome> {
    const found = eventOf(change);
    if (!found) return 'skipped';
    const { event, number, eventKey, notice } = found;
    const ticket = await getTicket(deps.store, number);
    if (!ticket) {
      logger.warn('event of a ticket that does not exist; nothing to send', { ticketNumber: number, eventId: event.id });
      return 'skipped';
    }
    const subject: LedgerSubject = { eventId: event.id, audience: notice.audience, ticketNumber: number, eventKey };
    if (notice.audience === 'team') {
      const { alerts } = deps;
      if (!alerts) return 'skipped';
      const alert = teamAlert({
        number,
        subject: ticket.subject,
        type: ticket.type,
        statusLabel: statusOf(ticket.type, ticket.status).label,
        priority: notice.priority,
        reason: notice.reason,
      });
      const attributes = { ticketNumber: number, priority: notice.priority, reason: notice.reason };
      return sendOnce(subject, () => alerts.publish({ ...alert, attributes }, signal));
    }
    const email = await customerEmail(ticket, event, notice);
    if (!email) return 'skipped';
    return sendOnce(subject, () => deps.mailer.send(ticket.requester.email, email, signal));
  }

  return {
    async process(changes, remainingMs) {
      const failed: string[] = [];
      const outcomes: ChangeOutcome[] = [];
      for (const change of changes) {
        const left = remainingMs?.();
        let outcome: ChangeOutcome;
        if (left !== undefined && left < safetyMarginMs) {
          outcome = 'failed';
        } else {
          try {
            outcome = await handle(change, left !== undefined ? AbortSignal.timeout(left - safetyMarginMs / 2) : undefined);
          } catch (error) {
            logger.error('change not handled', { sequenceNumber: change.sequenceNumber, error: describeError(error) });
            outcome = 'failed';
          }
        }
        outcomes.push(outcome);
        if (outcome === 'failed') failed.push(change.sequenceNumber);
      }
      return { failed, outcomes };
    },
  };
}
