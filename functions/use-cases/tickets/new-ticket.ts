import { setTimeout as sleep } from 'node:timers/promises';
import { TicketNumberTakenError, TransactionConflictError } from '../../data/tickets';
import type { IdempotencyRecord } from '../../data/items/idempotency';
import { redactFields } from '../../domain/redaction';
import type { Change, Priority, RedactionKind, TicketDetails, TicketDetailsOf, TicketType } from '../../domain/types';
import { logger } from '../../shared/observability';
import { countChange } from '../change-metrics';
import { backoffDelay, writeRetryPolicy } from '../conflicts';
import { saveAttaching } from './change-ticket';
import type { TicketDeps } from './ports';
import type { OpenedTicket } from './results';

/*
 * What opening a ticket shares, whoever opens it (the customer, or support for the customer):
 * the form's free text redacted, and the new ticket stored under a fresh number.
 */

/** The ticket form: the words as they were typed, not yet redacted. */
export interface TicketRequest {
  readonly type: TicketType;
  readonly name: string;
  readonly phone?: string | undefined;
  readonly subject: string;
  readonly description: string;
  readonly priority: Priority;
  readonly details: TicketDetailsOf<string>;
  /** Upload ids of files to attach (POST /v1/uploads). */
  readonly attachments?: readonly string[] | undefined;
}

const attemptsOnConflict = 5;

/** Every field a person types freely, redacted: the form's texts and the details' free-text parts. */
export function redactRequest(request: TicketRequest) {
  const typed = request.details as { destination?: string; address?: string };
  const { fields, kinds } = redactFields({
    subject: request.subject,
    description: request.description,
    name: request.name,
    phone: request.phone,
    destination: typed.destination,
    address: typed.address,
  });
  // The free-text parts replaced by their redacted text, so the details are those of a stored ticket.
  const details = {
    ...request.details,
    ...(fields.destination !== undefined ? { destination: fields.destination } : {}),
    ...(fields.address !== undefined ? { address: fields.address } : {}),
  } as TicketDetails;
  return { fields, details, kinds };
}

/**
 * Stores the changes that open a ticket under a fresh number: `open` makes them for a number; a taken number is
 * drawn again, a concurrent request with the same Idempotency-Key is waited out so
 * the next attempt finds its record. The opened ticket is the last change's.
 * @throws the repository's errors once the attempts are spent; UploadAlreadyAttachedError when an
 * upload was attached meanwhile.
 */
export async function storeNewTicket(
  deps: TicketDeps,
  open: (number: string) => readonly [Change, ...Change[]],
  kinds: readonly RedactionKind[],
  recordFor: ((result: OpenedTicket) => IdempotencyRecord<OpenedTicket>) | undefined,
): Promise<OpenedTicket> {
  for (let attempt = 1; ; attempt++) {
    const [first, ...later] = open(deps.newTicketNumber());
    const attachments = [first, ...later].flatMap((change) => change.attachments ?? []);
    const result: OpenedTicket = { ticket: (later.at(-1) ?? first).ticket, redacted: kinds, attachments };
    try {
      await saveAttaching(() => deps.tickets.insertTicket(first, recordFor?.(result), later));
      for (const change of [first, ...later]) countChange(change);
      logger.info('ticket created', { ticketNumber: result.ticket.number, type: result.ticket.type });
      return result;
    } catch (error) {
      if (error instanceof TicketNumberTakenError && attempt < attemptsOnConflict) continue;
      if (error instanceof TransactionConflictError && attempt < attemptsOnConflict) {
        await sleep(backoffDelay(attempt - 1, writeRetryPolicy));
        continue;
      }
      throw error;
    }
  }
}
