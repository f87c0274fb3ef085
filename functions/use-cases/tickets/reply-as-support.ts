import { respondToComplaint, type ComplaintClock, type ComplaintResponseKind } from '../../domain/complaints';
import { redact } from '../../domain/redaction';
import { actorOf, replyAsAgent } from '../../domain/ticket';
import type { Identity } from '../../domain/types';
import type { Replayable } from '../idempotency';
import { changeTicket } from './change-ticket';
import type { TicketWriteDeps } from './ports';
import { repliedTicketSchema } from './results';
import type { RepliedTicket } from './results';

/** An agent's message as they wrote it: a public reply (which may await the customer) or an internal note. */
export interface SupportReply {
  readonly body: string;
  readonly internal: boolean;
  readonly awaitReply: boolean;
  /** Upload ids of files to attach; a note's files are internal like the note. */
  readonly attachments?: readonly string[] | undefined;
  /** What the public reply is for the ticket's complaint, if anything (domain/complaints.ts). */
  readonly complaintResponse?: ComplaintResponseKind | undefined;
}

/**
 * An agent replies publicly or leaves an internal note (Idempotency-Key honoured), redacted, with
 * the files of the uploads named in `attachments` (internal with a note); a public reply given as a
 * `complaintResponse` is recorded on the ticket's complaint (respondToComplaint).
 * @throws as changeTicket; the domain's refusals of replyAsAgent and respondToComplaint; AttachmentRefusedError,
 * UploadAlreadyAttachedError when an upload cannot be attached (nothing is stored).
 */
export function replyAsSupport(deps: TicketWriteDeps & { readonly clock: ComplaintClock }, identity: Identity, number: string, reply: SupportReply, idempotencyKey: string | undefined): Promise<Replayable<RepliedTicket>> {
  const { text, kinds } = redact(reply.body);
  const { attachments = [], complaintResponse, ...written } = reply;
  const input = { ...written, ...(attachments.length > 0 ? { attachments } : {}), ...(complaintResponse ? { complaintResponse } : {}) };
  return changeTicket(deps, identity, {
    number,
    audience: 'agent',
    idempotency: { key: idempotencyKey, operation: `replyAsSupport ${number}`, input },
    decide: (ticket, now) => {
      const replied = replyAsAgent(ticket, { body: text, internal: reply.internal, awaitReply: reply.awaitReply }, actorOf(identity), now, deps.newId, deps.wording);
      return complaintResponse ? respondToComplaint(replied, complaintResponse, deps.clock.calendar, now, deps.newId) : replied;
    },
    attachments,
    result: (change) => ({ ticket: change.ticket, message: change.message ?? null, redacted: kinds, attachments: change.attachments ?? [] }),
    resultSchema: repliedTicketSchema,
  });
}
