import { claimNotification, markFailed, markSent, type LedgerSubject } from '../data/notification-ledger';
import type { Preferences } from '../data/preferences';
import type { Store } from '../data/store';
import type { Wording } from '../domain/catalog';
import type { TicketAtCommit } from '../data/items/event';
import { countBusinessEvent, logger } from '../shared/observability';
import { certainlyNotSent, describeError, type Mailer, type TeamAlerts } from './channels';
import { customerEmailOf, teamAlertOf } from './compose';
import type { RatingLinks } from './email-content';
import { readStreamEvent, type NotifiableEvent, type StreamEventReading } from './stream-event';
import type { StreamChange } from './stream-changes';

/** Whose preferences are asked for: the requester as the event's change recorded them, by their owner key. */
export type Requester = TicketAtCommit['requester'];

/** What the notifier works with; the stream handler builds it from its environment at cold start. */
export interface NotifierDeps {
  readonly store: Store;
  readonly mailer: Mailer;
  /** Where critical tickets are announced; without it the team is not alerted. */
  readonly alerts: TeamAlerts | undefined;
  readonly portalUrl: string;
  /** The deployment's words for statuses; the seeds' when absent. */
  readonly wording?: Wording | undefined;
  readonly now: () => Date;
  /** How long a claim on a notification holds; longer than the function's timeout. */
  readonly leaseMs: number;
  /** Which emails the ticket's owner wants (the requester's owner key, domain/owner.ts); asked once per owner per batch. */
  readonly preferencesOf: (requester: Requester) => Promise<Preferences>;
  /** The "Was this helpful?" links of a ticket's solve; without it, solved emails do not ask. */
  readonly ratingLinks?: ((number: string, solvedAt: string) => Promise<RatingLinks>) | undefined;
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

/** A change's outcome from those of its notices: failed if one failed (it is delivered again), sent if one went out. */
function combined(outcomes: readonly ChangeOutcome[]): ChangeOutcome {
  if (outcomes.includes('failed')) return 'failed';
  return outcomes.includes('sent') ? 'sent' : 'skipped';
}

/** Below this much time left, a change is handed back rather than started. */
const safetyMarginMs = 3000;

/** A change as read before the batch is handled: what it is, or why it could not be read. */
type Reading = StreamEventReading | { readonly kind: 'failed'; readonly error: unknown };

function read(change: StreamChange): Reading {
  try {
    return readStreamEvent(change);
  } catch (error) {
    return { kind: 'failed', error };
  }
}

/**
 * The preferences of each owner of a batch's tickets, asked for once each; every ask starts at once, so
 * the batch waits for the slowest, not for their sum. A failed ask fails the changes that need it.
 */
function preferencesOfBatch(readings: readonly Reading[], preferencesOf: NotifierDeps['preferencesOf']): (requester: Requester) => Promise<Preferences> {
  const asked = new Map<string, Promise<Preferences>>();
  const ask = (requester: Requester) => {
    let found = asked.get(requester.owner);
    if (!found) {
      found = preferencesOf(requester);
      // Awaited by each change that needs it; this only keeps an early failure from going unhandled.
      found.catch(() => undefined);
      asked.set(requester.owner, found);
    }
    return found;
  };
  for (const reading of readings) {
    if (reading.kind !== 'notifiable') continue;
    for (const found of reading.found) if (found.notice.audience === 'customer') void ask(found.change.ticket.requester);
  }
  return ask;
}

/**
 * Makes the notifier. For each timeline event inserted into the table it decides what to send
 * (see noticesOf), builds it from the event's record (the change it was committed with, see
 * compose.ts), honours the requester's preferences, and sends it through the ledger so that a
 * redelivered change sends nothing twice.
 */
export function createNotifier(deps: NotifierDeps): Notifier {
  /** Sends through the ledger: claim, send, record. Customer emails count as EmailsSent or EmailsFailed. */
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
      if (subject.audience === 'customer') countBusinessEvent('EmailsFailed');
      await markFailed(deps.store, subject, claim.token, describeError(error), certain, deps.now());
      return 'failed';
    }
    if (!(await markSent(deps.store, subject, claim.token, messageId, deps.now()))) {
      logger.error('notification sent after its claim expired: it may have gone out twice', { ...subject, messageId });
    }
    logger.info('notification sent', { ...subject, messageId, attempt: claim.attempt });
    if (subject.audience === 'customer') countBusinessEvent('EmailsSent');
    return 'sent';
  }

  async function handle(found: NotifiableEvent, preferencesOf: (requester: Requester) => Promise<Preferences>, signal: AbortSignal | undefined): Promise<ChangeOutcome> {
    const { event, eventKey, notice, change } = found;
    const subject: LedgerSubject = { eventId: event.id, audience: notice.audience, ticketNumber: change.ticket.number, eventKey };
    if (notice.audience === 'team') {
      const { alerts } = deps;
      if (!alerts) return 'skipped';
      const alert = teamAlertOf(notice, change, deps.wording);
      return sendOnce(subject, () => alerts.publish(alert, signal));
    }
    const { requester, solvedAt } = change.ticket;
    // Signed for the solve the change left the ticket in (a status notice of a solved ticket only).
    const rating = notice.kind === 'status' && change.ticket.phase === 'solved' && solvedAt && deps.ratingLinks ? await deps.ratingLinks(change.ticket.number, solvedAt) : undefined;
    const email = customerEmailOf(notice, change, await preferencesOf(requester), deps.portalUrl, deps.wording, rating);
    if (!email) return 'skipped';
    return sendOnce(subject, () => deps.mailer.send(requester.email, email, signal));
  }

  async function outcomeOf(reading: Reading, preferencesOf: (requester: Requester) => Promise<Preferences>, signal: AbortSignal | undefined): Promise<ChangeOutcome> {
    switch (reading.kind) {
      case 'ignored':
        return 'skipped';
      case 'failed':
        throw reading.error;
      case 'notifiable': {
        // Each audience in turn; the ledger keeps one that was sent from going again on redelivery.
        const outcomes: ChangeOutcome[] = [];
        for (const found of reading.found) outcomes.push(await handle(found, preferencesOf, signal));
        return combined(outcomes);
      }
    }
  }

  return {
    async process(changes, remainingMs) {
      const failed: string[] = [];
      const outcomes: ChangeOutcome[] = [];
      const readings = changes.map(read);
      const preferencesOf = preferencesOfBatch(readings, deps.preferencesOf);
      for (const [index, change] of changes.entries()) {
        const left = remainingMs?.();
        let outcome: ChangeOutcome;
        if (left !== undefined && left < safetyMarginMs) {
          outcome = 'failed';
        } else {
          try {
            outcome = await outcomeOf(readings[index]!, preferencesOf, left !== undefined ? AbortSignal.timeout(left - safetyMarginMs / 2) : undefined);
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
