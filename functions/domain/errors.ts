import { ClientError } from '../shared/errors';
import type { FieldProblem } from '../shared/errors';

/**
 * No such ticket. Also answers for another customer's ticket, with the identical text, so that a
 * number cannot be probed.
 */
export class TicketNotFoundError extends ClientError {
  constructor(number: string) {
    super(404, 'ticket_not_found', `No ticket with number ${number}.`);
  }
}

/** The ticket is closed: nothing more happens on it. */
export class TicketClosedError extends ClientError {
  constructor(number: string) {
    super(409, 'ticket_closed', `Ticket ${number} is closed and can no longer be changed. If you need more help, please open a new ticket.`);
  }
}

/** The requested move is not an edge of the type's transition table, or not possible from where the ticket stands. */
export class TransitionNotAllowedError extends ClientError {
  constructor(message: string) {
    super(409, 'transition_not_allowed', message);
  }
}

/** A workflow (refund, KYC, withdrawal) decides this ticket's status, not a person. */
export class WorkflowOwnsStatusError extends ClientError {
  constructor(message: string) {
    super(409, 'workflow_owns_status', message);
  }
}

/** The change asked for makes no sense for this ticket (an unknown status, a type that never awaits the customer). */
export class InvalidChangeError extends ClientError {
  constructor(message: string, fields: readonly FieldProblem[] = []) {
    super(422, 'invalid_change', message, fields);
  }
}
