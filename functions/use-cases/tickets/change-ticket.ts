import type * as z from 'zod/mini';
import { IdempotencyKeyTakenError, UploadTakenError } from '../../data/tickets';
import { withAttachments } from '../../domain/attachment-checks';
import { UploadAlreadyAttachedError } from '../../domain/attachment-errors';
import { checkedUploads } from '../attachments/attach-files';
import { timeOfChange } from '../../domain/ticket';
import type { Audience, Change, Identity, Ticket } from '../../domain/types';
import { logger } from '../../shared/observability';
import { countChange } from '../change-metrics';
import { retryOnWriteConflict } from '../conflicts';
import { once } from '../idempotency';
import type { Replayable } from '../idempotency';
import type { TicketWriteDeps } from './ports';
import { visibleTo } from './visibility';

/** A change to one ticket: who asks as which audience, what the domain decides, and what to answer. */
export interface TicketChange<R> {
  readonly number: string;
  readonly audience: Audience;
  /** The Idempotency-Key, if the use case honours one, with the use case's name and input. */
  readonly idempotency?: { readonly key: string | undefined; readonly operation: string; readonly input: unknown };
  readonly decide: (ticket: Ticket, now: string) => Change;
  readonly result: (change: Change) => R;
  readonly resultSchema: z.ZodMiniType<R>;
  /** Upload ids of files to attach to the message the change writes. */
  readonly attachments?: readonly string[] | undefined;
}

/**
 * Applies a domain decision to a ticket and stores it, conditional on the version read:
 * 1. with an Idempotency-Key, a result stored for the same key and request is given again (before
 *    any check of its uploads, which it attached);
 * 2. the uploads named in `attachments` are checked, and their files
 *    (use-cases/attachments/attach-files.ts);
 * 3. the ticket is read (someone else's is absent to a customer) and the domain decides, at a time
 *    never earlier than the ticket's last change, and attaches the files to its message within the limits;
 * 4. a change that changes nothing is answered without a write; otherwise the ticket, what the
 *    change appends (message, events, attachments, the uploads marked attached) and the idempotency
 *    record are stored in one transaction, then the files are copied to the ticket's attachments;
 * 5. when someone else changed the ticket meanwhile, it is read again and the domain decides
 *    afresh, so concurrent writers all land (or get the domain's refusal on the ticket as it now
 *    is) and none is lost.
 * @throws TicketNotFoundError; the domain's errors; IdempotencyKeyReusedError; WriteContentionError
 * when the invocation runs out of time to retry; UploadAlreadyAttachedError when an upload the
 * change attaches was attached meanwhile.
 */
export function changeTicket<R extends object>(deps: TicketWriteDeps, identity: Identity, change: TicketChange<R>): Promise<Replayable<R>> {
  const { number, audience, idempotency } = change;
  const request = { sub: identity.sub, key: idempotency?.key, operation: idempotency?.operation ?? 'changeTicket', input: idempotency?.input };
  return once(deps.idempotency, request, deps.now(), change.resultSchema, async (recordFor) => {
    const files = await checkedUploads(deps.attach, identity, change.attachments);
    return retryOnWriteConflict(deps.remainingMs, async (conflict) => {
      const ticket = visibleTo(await deps.tickets.currentTicket(number, conflict), identity, audience, number);
      const decided = withAttachments(change.decide(ticket, timeOfChange(ticket, deps.now())), files);
      const result = change.result(decided);
      if (decided.events.length === 0 && !decided.message) return result;
      await saveAttaching(() => deps.tickets.saveChange(decided, ticket.version, recordFor?.(result)));
      countChange(decided);
      logger.info('ticket changed', { ticketNumber: number, events: decided.events.map((event) => event.kind) });
      return result;
    });
  }, (error) => error instanceof IdempotencyKeyTakenError);
}

/**
 * Runs a write that may attach uploads.
 * @throws UploadAlreadyAttachedError for an upload attached meanwhile; what the write throws otherwise.
 */
export async function saveAttaching(write: () => Promise<void>): Promise<void> {
  try {
    await write();
  } catch (error) {
    if (error instanceof UploadTakenError) throw new UploadAlreadyAttachedError(error.uploadId);
    throw error;
  }
}
