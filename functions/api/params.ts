import { TicketNotFoundError } from '../domain/errors';
import type { RouteRequest } from '../shared/http';
import { ticketNumberPattern } from './schemas';

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
