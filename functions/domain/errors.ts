/**
 * The errors the product's rules raise. They are plain: they say what is wrong in words a caller can
 * act on, and which input fields are at fault, but nothing of HTTP. The HTTP edge
 * (functions/shared/error-responses.ts) gives each class its status and error code in one table.
 */

/** A problem with one field of an input. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/** An error the caller can act on; its message is shown to them as it is. */
export abstract class DomainError extends Error {
  constructor(
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/**
 * No such ticket. Also answers for another customer's ticket, with the identical text, so that a
 * number cannot be probed.
 */
export class TicketNotFoundError extends DomainError {
  constructor(number: string) {
    super(`No ticket with number ${number}.`);
  }
}

/** The ticket is closed: nothing more happens on it. */
export class TicketClosedError extends DomainError {
  constructor(number: string) {
    super(`Ticket ${number} is closed and can no longer be changed. If you need more help, please open a new ticket.`);
  }
}

/** The requested move is not an edge of the type's transition table, or not possible from where the ticket stands. */
export class TransitionNotAllowedError extends DomainError {}

/** A workflow (refund, KYC, withdrawal) decides this ticket's status, not a person. */
export class WorkflowOwnsStatusError extends DomainError {}

/** The change asked for makes no sense for this ticket (an unknown status, a type that never awaits the customer). */
export class InvalidChangeError extends DomainError {}

/** The ticket has no workflow (its type has none, or it has not started yet). */
export class WorkflowNotFoundError extends DomainError {
  constructor(number: string) {
    super(`Ticket ${number} has no workflow.`);
  }
}

/** The workflow is not waiting for what the request answers. */
export class WorkflowNotWaitingError extends DomainError {}

/** The same idempotency key came with another request. */
export class IdempotencyKeyReusedError extends DomainError {
  constructor() {
    super('This Idempotency-Key was already used with a different request. Use a new key for a new request.', [
      { path: 'Idempotency-Key', message: 'Already used with a different request.' },
    ]);
  }
}

/** A write lost the race for a busy ticket until its time ran out: nothing was changed. */
export class WriteContentionError extends DomainError {
  constructor(message = 'The ticket changed while we were saving your request. Try again.') {
    super(message);
  }
}

/** A list's cursor is not one that list returned (bent, from another list, or not a cursor at all). */
export class InvalidCursorError extends DomainError {
  constructor() {
    super('The request has a problem: cursor: Not a cursor this list returned.', [{ path: 'cursor', message: 'Not a cursor this list returned.' }]);
  }
}

/** A provider's delivery is unsigned, forged or stale: it changes nothing. */
export class WebhookRefusedError extends DomainError {
  constructor() {
    super('The signature of this delivery is missing, invalid or too old.');
  }
}
