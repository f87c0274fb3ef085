import { DomainError } from '../domain/errors';
import type { FieldProblem } from '../domain/errors';

/*
 * What can be wrong with an HTTP request before any use case runs: identity, role, body and query.
 * Like the domain's errors they carry no status; the table in ./error-responses.ts gives them theirs.
 */

/** The request carries no usable identity. */
export class UnauthenticatedError extends DomainError {
  constructor(message = 'Sign in to use this route.') {
    super(message);
  }
}

/** The caller is known but may not use this route. */
export class ForbiddenError extends DomainError {
  constructor(message = 'Your account may not use this route.') {
    super(message);
  }
}

/** The request is malformed or fails validation; `fields` says which parts and why. */
export class InvalidRequestError extends DomainError {
  constructor(fields: readonly FieldProblem[], message?: string) {
    super(
      message ??
        `The request has ${fields.length === 1 ? 'a problem' : `${fields.length} problems`}: ${fields.map((field) => `${field.path || 'body'}: ${field.message}`).join('; ')}`,
      fields,
    );
  }
}

/** The body is larger than a route accepts. */
export class PayloadTooLargeError extends DomainError {
  constructor(limitBytes: number) {
    super(`The body is larger than ${limitBytes / 1024} KB.`);
  }
}

/** The body is not JSON as the route requires. */
export class UnsupportedMediaTypeError extends DomainError {
  constructor() {
    super('Send the body as JSON, with Content-Type: application/json.');
  }
}
