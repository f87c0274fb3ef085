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
