import { IdempotencyKeyTakenError } from '../../data/tickets';
import { normalisedEmail, ownerOfEmail } from '../../domain/owner';
import { redactFields } from '../../domain/redaction';
import { actorOf, openTicketForCustomer } from '../../domain/ticket';
import type { Identity } from '../../domain/types';
import { openingWithAttachments } from '../../domain/attachment-checks';
import { checkedUploads } from '../attachments/attach-files';
import { once } from '../idempotency';
import type { Replayable } from '../idempotency';
import { redactRequest, storeNewTicket } from './new-ticket';
import type { TicketRequest } from './new-ticket';
import type { TicketDeps } from './ports';
import { openedTicketSchema } from './results';
import type { OpenedTicket } from './results';

/** Support's form for a customer's case: the ticket form (its `attachments` go with the first public message), the customer's email, the first public message and an optional internal note. */
export interface SupportTicketRequest extends TicketRequest {
  readonly email: string;
  readonly message: string;
  readonly note?: string | undefined;
}

/**
 * An agent opens a ticket for a customer by their email (Idempotency-Key honoured):
 * 1. a result stored for the same key and request is given again (marked replayed);
 * 2. the uploads named in `attachments` are checked, and their files (use-cases/attachments/attach-files.ts);
 * 3. free text (the form, the message, the note) is redacted, noting the kinds found;
 * 4. the ticket is owned by the email in its normal form (domain/owner.ts), so whoever signs in
 *    with that verified address finds it, before or after they have an account;
 * 5. the files are attached to the first public message within the limits;
 * 6. the ticket with its `created` event (by the agent, `openedBy: support`) and the first public
 *    message with its attachments (the uploads marked attached), then the internal note, are
 *    stored with the idempotency record in one transaction;
 * 7. the files are copied to the ticket's attachments, where the malware scan finds them.
 * A workflow type starts its workflow from the `created` event on the stream, as a customer's does.
 * @throws IdempotencyKeyReusedError when the key came with another request; AttachmentRefusedError,
 * UploadAlreadyAttachedError when an upload cannot be attached (nothing is stored).
 */
export async function openTicketForCustomerByEmail(
  deps: TicketDeps,
  agent: Identity,
  request: SupportTicketRequest,
  idempotencyKey: string | undefined,
): Promise<Replayable<OpenedTicket>> {
  const now = deps.now();
  const idempotent = { sub: agent.sub, key: idempotencyKey, operation: 'openTicketForCustomer', input: request };
  return once(deps.idempotency, idempotent, now, openedTicketSchema, async (recordFor) => {
    const files = await checkedUploads(deps.attach, agent, request.attachments);
    const { fields, details, kinds } = redactRequest(request);
    const written = redactFields({ message: request.message, note: request.note });
    const email = normalisedEmail(request.email);
    const requester = { sub: null, email, owner: ownerOfEmail(email), name: fields.name, ...(fields.phone ? { phone: fields.phone } : {}) };
    const opening = { message: written.fields.message, note: written.fields.note };
    const open = (number: string) =>
      openingWithAttachments(
        openTicketForCustomer(
          { number, type: request.type, subject: fields.subject, description: fields.description, priority: request.priority, details, requester, openedBy: actorOf(agent) },
          opening,
          now.toISOString(),
          deps.newId,
        ),
        files,
      );
    return storeNewTicket(deps, open, [...new Set([...kinds, ...written.kinds])], recordFor);
  }, (error) => error instanceof IdempotencyKeyTakenError);
}
