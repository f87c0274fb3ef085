import {
  DomainError,
  IdempotencyKeyReusedError,
  InvalidChangeError,
  InvalidCursorError,
  TicketClosedError,
  TicketNotFoundError,
  TransitionNotAllowedError,
  WebhookRefusedError,
  WorkflowNotFoundError,
  WorkflowNotWaitingError,
  WorkflowOwnsStatusError,
  WriteContentionError,
} from '../domain/errors';
import type { FieldProblem } from '../domain/errors';
import { AttachmentNotFoundError, AttachmentNotReadyError, AttachmentRefusedError, UploadAlreadyAttachedError } from '../domain/attachment-errors';
import {
  AlreadyRatedError,
  InvalidRatingLinkError,
  InvalidReportPeriodError,
  RatingLinkExpiredError,
  RatingLinkOutdatedError,
  TicketNotSolvedError,
} from '../domain/satisfaction/rating-errors';
import { ForbiddenError, InvalidRequestError, PayloadTooLargeError, UnauthenticatedError, UnsupportedMediaTypeError } from './request-errors';

type ErrorClass = abstract new (...args: never[]) => DomainError;

/**
 * The HTTP edge's one table: the status and error code each kind of error answers with. Use cases,
 * the domain and the data layer throw plain errors; only this table knows HTTP. An error of a class
 * not listed here is a 500 whose details stay in the log.
 */
export const errorResponses: ReadonlyArray<readonly [ErrorClass, number, string]> = [
  [InvalidRequestError, 400, 'invalid_request'],
  [InvalidCursorError, 400, 'invalid_request'],
  [InvalidReportPeriodError, 400, 'invalid_request'],
  [InvalidRatingLinkError, 400, 'invalid_rating_link'],
  [UnauthenticatedError, 401, 'unauthenticated'],
  [WebhookRefusedError, 401, 'invalid_signature'],
  [ForbiddenError, 403, 'forbidden'],
  [TicketNotFoundError, 404, 'ticket_not_found'],
  [WorkflowNotFoundError, 404, 'workflow_not_found'],
  [AttachmentNotFoundError, 404, 'attachment_not_found'],
  [TicketClosedError, 409, 'ticket_closed'],
  [TransitionNotAllowedError, 409, 'transition_not_allowed'],
  [WorkflowOwnsStatusError, 409, 'workflow_owns_status'],
  [WorkflowNotWaitingError, 409, 'workflow_not_waiting'],
  [WriteContentionError, 409, 'conflict'],
  [UploadAlreadyAttachedError, 409, 'upload_already_attached'],
  [AttachmentNotReadyError, 409, 'attachment_not_ready'],
  [TicketNotSolvedError, 409, 'ticket_not_solved'],
  [AlreadyRatedError, 409, 'already_rated'],
  [RatingLinkOutdatedError, 409, 'rating_link_outdated'],
  [RatingLinkExpiredError, 410, 'rating_link_expired'],
  [PayloadTooLargeError, 413, 'payload_too_large'],
  [UnsupportedMediaTypeError, 415, 'unsupported_media_type'],
  [IdempotencyKeyReusedError, 422, 'idempotency_key_reused'],
  [InvalidChangeError, 422, 'invalid_change'],
  [AttachmentRefusedError, 422, 'attachment_refused'],
];

/** What a refused request is answered with. */
export interface ErrorResponse {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly fields: readonly FieldProblem[];
}

/** The response an error answers with, or undefined for an error no caller can act on (a 500). */
export function errorResponseOf(error: unknown): ErrorResponse | undefined {
  if (!(error instanceof DomainError)) return undefined;
  const entry = errorResponses.find(([kind]) => error instanceof kind);
  return entry ? { status: entry[1], code: entry[2], message: error.message, fields: error.fields } : undefined;
}
