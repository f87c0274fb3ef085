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
