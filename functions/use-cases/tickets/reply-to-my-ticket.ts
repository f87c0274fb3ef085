import { redact } from '../../domain/redaction';
import { actorOf, replyAsCustomer } from '../../domain/ticket';
import type { Identity } from '../../domain/types';
import type { Replayable } from '../idempotency';
import { changeTicket } from './change-ticket';
import type { TicketWriteDeps } from './ports';
import { repliedTicketSchema } from './results';
import type { RepliedTicket } from './results';

/**
 * The customer writes on their ticket (Idempotency-Key honoured), redacted, with the files of the
 * uploads named in `attachments` (checked first, copied once the domain accepted the reply, then
 * stored with it); a ticket awaiting their reply goes back to the team, a solved one reopens.
 * @throws as changeTicket; TicketClosedError, TransitionNotAllowedError from the domain;
 * AttachmentRefusedError, UploadAlreadyAttachedError when an upload cannot be attached (nothing is stored).
 */
export function replyToMyTicket(
  deps: TicketWriteDeps,
  identity: Identity,
  number: string,
  body: string,
  idempotencyKey: string | undefined,
  attachments: readonly string[] = [],
): Promise<Replayable<RepliedTicket>> {
  const { text, kinds } = redact(body);
  const input = attachments.length > 0 ? { body, attachments } : { body };
  return changeTicket(deps, identity, {
    number,
    audience: 'customer',
    idempotency: { key: idempotencyKey, operation: `replyToMyTicket ${number}`, input },
    decide: (ticket, now) => replyAsCustomer(ticket, text, actorOf(identity), now, deps.newId, deps.wording),
    attachments,
    result: (change) => ({ ticket: change.ticket, message: change.message ?? null, redacted: kinds, attachments: change.attachments ?? [] }),
    resultSchema: repliedTicketSchema,
  });
}
