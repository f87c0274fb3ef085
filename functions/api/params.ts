import { AttachmentNotFoundError } from '../domain/attachment-errors';
import { TicketNotFoundError } from '../domain/errors';
import type { RouteRequest } from '../shared/http';

// A ticket number in a path: eight digits. Kept out of ./schemas, which would build every request schema at cold start.
const ticketNumberPattern = /^[1-9]\d{7}$/;

/**
 * The ticket number of the path. Something that cannot be a ticket number is answered like a
 * number nobody has: 404.
 * @throws TicketNotFoundError
 */
export function ticketNumberOf(request: RouteRequest<unknown, unknown>): string {
  const number = request.params['number'] ?? '';
  if (!ticketNumberPattern.test(number)) throw new TicketNotFoundError(number);
  return number;
}

const attachmentIdPattern = /^[0-9A-HJKMNP-TV-Z]{26}$/;

/**
 * The attachment id of the path (a ULID), with the ticket number. Something that cannot be an
 * attachment id is answered like an id the ticket has not: 404.
 * @throws TicketNotFoundError; AttachmentNotFoundError
 */
export function attachmentIdOf(request: RouteRequest<unknown, unknown>): string {
  const number = ticketNumberOf(request);
  const id = request.params['attachmentId'] ?? '';
  if (!attachmentIdPattern.test(id)) throw new AttachmentNotFoundError(number, id);
  return id;
}
