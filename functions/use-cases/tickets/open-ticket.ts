import { IdempotencyKeyTakenError } from '../../data/tickets';
import { ownerOf } from '../../domain/owner';
import { actorOf, openTicket } from '../../domain/ticket';
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

export type { TicketRequest } from './new-ticket';

/**
 * Opens a ticket for the signed-in customer (Idempotency-Key honoured):
 * 1. a result stored for the same key and request is given again (marked replayed);
 * 2. the uploads named in `attachments` are checked, and their files (use-cases/attachments/attach-files.ts);
 * 3. free text is redacted, noting the kinds found;
 * 4. the domain opens the ticket under a fresh number, owned by the customer's verified email (or,
 *    unverified, by their token's subject alone: domain/owner.ts), with the files attached to its
 *    description within the limits;
 * 5. the ticket, its first event, its attachments (the uploads marked attached) and the
 *    idempotency record are stored in one transaction; a taken number is drawn again, a concurrent
 *    request with the same key is answered with its result;
 * 6. the files are copied to the ticket's attachments, where the malware scan finds them.
 * @throws IdempotencyKeyReusedError when the key came with another request; AttachmentRefusedError,
 * UploadAlreadyAttachedError when an upload cannot be attached (nothing is stored).
 */
export async function createTicket(deps: TicketDeps, identity: Identity, request: TicketRequest, idempotencyKey: string | undefined): Promise<Replayable<OpenedTicket>> {
  const now = deps.now();
  const idempotent = { sub: identity.sub, key: idempotencyKey, operation: 'createTicket', input: request };
  return once(deps.idempotency, idempotent, now, openedTicketSchema, async (recordFor) => {
    const files = await checkedUploads(deps.attach, identity, request.attachments);
    const { fields, details, kinds } = redactRequest(request);
    const requester = { sub: identity.sub, email: identity.email, owner: ownerOf(identity), name: fields.name, ...(fields.phone ? { phone: fields.phone } : {}) };
    const open = (number: string) =>
      openingWithAttachments(
        [
          openTicket(
            { number, type: request.type, subject: fields.subject, description: fields.description, priority: request.priority, details, requester, openedBy: actorOf(identity) },
            now.toISOString(),
            deps.newId,
          ),
        ],
        files,
      );
    return storeNewTicket(deps, open, kinds, recordFor);
  }, (error) => error instanceof IdempotencyKeyTakenError);
}
