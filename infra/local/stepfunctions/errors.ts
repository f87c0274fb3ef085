/**
 * An error the Step Functions API answers with: `type` becomes the `__type` of the JSON body,
 * which the SDK and the CLI turn into their named exception classes.
 */
export class SfnError extends Error {
  constructor(
    readonly type: string,
    message: string,
  ) {
    super(message);
    this.name = type;
  }
}

/** A request field failed the API's validation. */
export function validationError(message: string): SfnError {
  return new SfnError('ValidationException', message);
}

/** A text that should be an ARN of some kind is not one. */
export function invalidArn(arn: string): SfnError {
  return new SfnError('InvalidArn', `Invalid Arn: '${arn}'`);
}
