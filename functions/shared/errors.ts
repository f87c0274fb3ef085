/** A problem with one field of a request. */
export interface FieldProblem {
  readonly path: string;
  readonly message: string;
}

/**
 * An error the caller can act on. The HTTP error middleware turns it into a response carrying
 * its status, code and message; any other error becomes a generic 500.
 */
export class ClientError extends Error {
  constructor(
    readonly statusCode: number,
    readonly code: string,
    message: string,
    readonly fields: readonly FieldProblem[] = [],
  ) {
    super(message);
    this.name = new.target.name;
  }
}

/** The request carries no usable identity. */
export class UnauthenticatedError extends ClientError {
  constructor(message = 'Sign in to use this route.') {
    super(401, 'unauthenticated', message);
  }
}

/** The caller is known but may not use this route. */
export class ForbiddenError extends ClientError {
  constructor(message = 'Your account may not use this route.') {
    super(403, 'forbidden', message);
  }
}

/** The request is malformed or fails validation; `fields` says which parts and why. */
export class InvalidRequestError extends ClientError {
  constructor(fields: readonly FieldProblem[], message?: string) {
    super(400, 'invalid_request', message ?? `The request has ${fields.length === 1 ? 'a problem' : `${fields.length} problems`}: ${fields.map((field) => `${field.path || 'body'}: ${field.message}`).join('; ')}`, fields);
  }
}

/** The body is larger than a route accepts. */
export class PayloadTooLargeError extends ClientError {
  constructor(limitBytes: number) {
    super(413, 'payload_too_large', `The body is larger than ${limitBytes / 1024} KB.`);
  }
}

/** The body is not JSON as the route requires. */
export class UnsupportedMediaTypeError extends ClientError {
  constructor() {
    super(415, 'unsupported_media_type', 'Send the body as JSON, with Content-Type: application/json.');
  }
}

/** The same Idempotency-Key came with another request. */
export class IdempotencyKeyReusedError extends ClientError {
  constructor() {
    super(422, 'idempotency_key_reused', 'This Idempotency-Key was already used with a different request. Use a new key for a new request.', [
      { path: 'Idempotency-Key', message: 'Already used with a different request.' },
    ]);
  }
}

/** The write lost a race several times in a row. */
export class ConflictError extends ClientError {
  constructor(message = 'The ticket changed while we were saving your request. Try again.') {
    super(409, 'conflict', message);
  }
}
