import { parseAmzDate, parseCredential, policySignature, presignedSignature, sameSignature, type PresignedRequest } from './signatures';
import { s3Errors, type S3Error } from './s3-errors';

/** The secret of an access key the local S3 knows, or undefined. */
export type SecretOf = (accessKeyId: string) => string | undefined;

const queryParameters = ['X-Amz-Algorithm', 'X-Amz-Credential', 'X-Amz-Signature', 'X-Amz-Date', 'X-Amz-SignedHeaders', 'X-Amz-Expires'] as const;
// S3 refuses a presigned URL valid for longer than seven days.
const longestExpirySeconds = 7 * 24 * 3600;

/**
 * Checks a query-presigned request as S3 does: every SigV4 parameter present, a known access key,
 * the signature (over method, path, query and signed headers), then the expiry (X-Amz-Date plus
 * X-Amz-Expires). Answers the S3 error to send, or undefined when the request may go on.
 */
export function checkPresignedRequest(request: PresignedRequest, secretOf: SecretOf, now: Date): S3Error | undefined {
  const param = (name: string) => request.query.find(([key]) => key === name)?.[1];
  if (queryParameters.some((name) => param(name) === undefined)) {
    return s3Errors.queryParameters(`Query-string authentication version 4 requires the ${queryParameters.join(', ')} parameters.`);
  }
  if (param('X-Amz-Algorithm') !== 'AWS4-HMAC-SHA256') return s3Errors.queryParameters('X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
  const scope = parseCredential(param('X-Amz-Credential')!);
  if (!scope) return s3Errors.queryParameters('Error parsing the X-Amz-Credential parameter; the Credential is mal-formed; expecting "<YOUR-AKID>/YYYYMMDD/REGION/SERVICE/aws4_request".');
  const signedAt = parseAmzDate(param('X-Amz-Date')!);
  if (!signedAt) return s3Errors.queryParameters('X-Amz-Date must be in the ISO8601 Long Format "yyyyMMdd\'T\'HHmmss\'Z\'"');
  const expires = Number(param('X-Amz-Expires'));
  if (!Number.isInteger(expires) || expires < 1) return s3Errors.queryParameters('X-Amz-Expires should be a number');
  if (expires > longestExpirySeconds) return s3Errors.queryParameters('X-Amz-Expires must be less than a week (in seconds) that is 604800');
  const secret = secretOf(scope.accessKeyId);
  if (secret === undefined) return s3Errors.invalidAccessKeyId(scope.accessKeyId);
  const expected = presignedSignature(request, secret, scope, param('X-Amz-Date')!, param('X-Amz-SignedHeaders')!);
  if (!sameSignature(expected, param('X-Amz-Signature')!)) return s3Errors.signatureDoesNotMatch();
  const expiresAt = new Date(signedAt.getTime() + expires * 1000);
  if (now > expiresAt) return s3Errors.expired(expiresAt, now);
  return undefined;
}

/** A presigned POST as the front received it: its form fields (names as sent) and the file's size. */
export interface PostForm {
  readonly bucket: string;
  readonly fields: ReadonlyMap<string, string>;
  readonly fileSize: number;
}

type Condition = Readonly<Record<string, unknown>> | readonly unknown[];

interface Policy {
  readonly expiration: string;
  readonly conditions: readonly Condition[];
}

function decodePolicy(base64: string): Policy | undefined {
  try {
    const policy = JSON.parse(Buffer.from(base64, 'base64').toString('utf8')) as Partial<Policy>;
    if (typeof policy.expiration !== 'string' || !Array.isArray(policy.conditions)) return undefined;
    return { expiration: policy.expiration, conditions: policy.conditions as Condition[] };
  } catch {
    return undefined;
  }
}

/** Form fields S3 leaves out of the policy check. */
const unconditionedField = (name: string) => ['policy', 'x-amz-signature', 'file'].includes(name) || name.startsWith('x-ignore-');

/**
 * Checks a presigned POST as S3 does: the signature over its policy, the policy's expiration,
 * each of its conditions (exact matches, `eq`, `starts-with`, `content-length-range` against the
 * file's size) and that no field goes unconditioned. Answers the S3 error to send, or undefined.
 */
export function checkPostPolicy(form: PostForm, secretOf: SecretOf, now: Date): S3Error | undefined {
  const lower = new Map([...form.fields].map(([name, value]) => [name.toLowerCase(), value]));
  // The bucket is the URL's; a policy names it as a condition on the `bucket` field.
  lower.set('bucket', form.bucket);
  for (const name of ['policy', 'x-amz-signature', 'x-amz-credential', 'x-amz-algorithm', 'x-amz-date', 'key']) {
    if (!lower.has(name)) return s3Errors.invalidArgument(`Bucket POST must contain a field named '${name}'.  If it is specified, please check the order of the fields.`);
  }
  if (lower.get('x-amz-algorithm') !== 'AWS4-HMAC-SHA256') return s3Errors.invalidArgument('X-Amz-Algorithm only supports "AWS4-HMAC-SHA256"');
  const scope = parseCredential(lower.get('x-amz-credential')!);
  if (!scope) return s3Errors.invalidArgument('The X-Amz-Credential field is mal-formed.');
  const secret = secretOf(scope.accessKeyId);
  if (secret === undefined) return s3Errors.invalidAccessKeyId(scope.accessKeyId);
  const policyBase64 = lower.get('policy')!;
  if (!sameSignature(policySignature(policyBase64, secret, scope), lower.get('x-amz-signature')!)) return s3Errors.signatureDoesNotMatch();
  const policy = decodePolicy(policyBase64);
  if (!policy) return s3Errors.invalidArgument('Invalid Policy: Invalid JSON.');
  const expiration = new Date(policy.expiration);
  if (Number.isNaN(expiration.getTime()) || now > expiration) return s3Errors.policy('Policy expired.');

  const conditioned = new Set<string>(['bucket']);
  for (const condition of policy.conditions) {
    const problem = checkCondition(condition, lower, form.fileSize, conditioned);
    if (problem) return problem;
  }
  const extra = [...lower.keys()].filter((name) => !unconditionedField(name) && !conditioned.has(name));
  if (extra.length > 0) return s3Errors.policy(`Extra input fields: ${extra.join(', ')}`);
  return undefined;
}

function failed(condition: Condition): S3Error {
  return s3Errors.policy(`Policy Condition failed: ${JSON.stringify(condition)}`);
}

function checkCondition(condition: Condition, fields: ReadonlyMap<string, string>, fileSize: number, conditioned: Set<string>): S3Error | undefined {
  if (!Array.isArray(condition)) {
    for (const [name, value] of Object.entries(condition)) {
      conditioned.add(name.toLowerCase());
      if (fields.get(name.toLowerCase()) !== value) return failed(condition);
    }
    return undefined;
  }
  const [operator, subject, operand, extra] = condition as readonly unknown[];
  if (operator === 'content-length-range') {
    const [min, max] = [Number(subject), Number(operand)];
    if (fileSize > max) return s3Errors.entityTooLarge(fileSize, max);
    if (fileSize < min) return s3Errors.entityTooSmall(fileSize, min);
    return undefined;
  }
  if (typeof subject !== 'string' || !subject.startsWith('$') || typeof operand !== 'string' || extra !== undefined) {
    return s3Errors.invalidArgument(`Invalid Policy: Invalid Condition: ${JSON.stringify(condition)}`);
  }
  const name = subject.slice(1).toLowerCase();
  conditioned.add(name);
  const value = fields.get(name) ?? '';
  if (operator === 'eq') return value === operand ? undefined : failed(condition);
  if (operator === 'starts-with') return value.startsWith(operand) ? undefined : failed(condition);
  return s3Errors.invalidArgument(`Invalid Policy: Invalid Condition: ${JSON.stringify(condition)}`);
}
