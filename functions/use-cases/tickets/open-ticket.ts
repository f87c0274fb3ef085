import { setTimeout as sleep } from 'node:timers/promises';
import { IdempotencyKeyTakenError, TicketNumberTakenError, TransactionConflictError } from '../../data/tickets';
import { redactFields } from '../../domain/redaction';
import { openTicket } from '../../domain/ticket';
import type { Identity, Priority, TicketDetails, TicketDetailsOf, TicketType } from '../../domain/types';
import { logger } from '../../shared/observability';
import { countChange } from '../change-metrics';
import { backoffDelay, writeRetryPolicy } from '../conflicts';
import { once } from '../idempotency';
import type { Replayable } from '../idempotency';
import type { TicketDeps } from './ports';
import { openedTicketSchema } from './results';
import type { OpenedTicket } from './results';

/** What a customer fills in to open a ticket: their words as they typed them, not yet redacted. */
export interface TicketRequest {
  readonly type: TicketType;
  readonly name: string;
  readonly phone?: string | undefined;
  readonly subject: string;
  readonly description: string;
  readonly priority: Priority;
  readonly details: TicketDetailsOf<string>;
}

const attemptsOnConflict = 5;

/** Every field a person types freely, redacted: the form's texts and the details' free-text parts. */
function redactRequest(request: TicketRequest) {
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
 * Opens a ticket for the signed-in customer (Idempotency-Key honoured):
 * 1. a result stored for the same key and request is given again (marked replayed);
 * 2. free text is redacted, noting the kinds found;
 * 3. the domain opens the ticket under a fresh number;
 * 4. the ticket, its first event and the idempotency record are stored in one transaction; a taken
 *    number is drawn again, a concurrent request with the same key is answered with its result.
 * @throws IdempotencyKeyReusedError when the key came with another request.
 */
export async function createTicket(deps: TicketDeps, identity: Identity, request: TicketRequest, idempotencyKey: string | undefined): Promise<Replayable<OpenedTicket>> {
  const now = deps.now();
  const idempotent = { sub: identity.sub, key: idempotencyKey, operation: 'createTicket', input: request };
  return once(deps.idempotency, idempotent, now, openedTicketSchema, async (recordFor) => {
    const { fields, details, kinds } = redactRequest(request);
    const requester = { sub: identity.sub, email: identity.email, name: fields.name, ...(fields.phone ? { phone: fields.phone } : {}) };
    for (let attempt = 1; ; attempt++) {
      const change = openTicket(
        { number: deps.newTicketNumber(), type: request.type, subject: fields.subject, description: fields.description, priority: request.priority, details, requester },
        now.toISOString(),
        deps.newId,
      );
      const result: OpenedTicket = { ticket: change.ticket, redacted: kinds };
      try {
        await deps.tickets.insertTicket(change, recordFor?.(result));
        countChange(change);
        logger.info('ticket created', { ticketNumber: change.ticket.number, type: change.ticket.type });
        return result;
      } catch (error) {
        if (error instanceof TicketNumberTakenError && attempt < attemptsOnConflict) continue;
        // A concurrent request with the same Idempotency-Key: the next attempt finds its record.
        if (error instanceof TransactionConflictError && attempt < attemptsOnConflict) {
          await sleep(backoffDelay(attempt - 1, writeRetryPolicy));
          continue;
        }
        throw error;
      }
    }
  }, (error) => error instanceof IdempotencyKeyTakenError);
}
