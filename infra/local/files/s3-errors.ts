import { randomBytes } from 'node:crypto';

/** An error as S3 answers it: a status and an XML body with Code and Message (and some details). */
export interface S3Error {
  readonly status: number;
  readonly code: string;
  readonly message: string;
  readonly details?: Readonly<Record<string, string>>;
}

// Element text needs only these three escaped; quotes stay readable in messages that quote a policy.
const escapeXml = (text: string) => text.replace(/[<>&]/g, (c) => (c === '<' ? '&lt;' : c === '>' ? '&gt;' : '&amp;'));

/** The XML body S3 sends with an error. */
export function s3ErrorXml(error: S3Error): string {
  const details = Object.entries(error.details ?? {})
    .map(([name, value]) => `<${name}>${escapeXml(value)}</${name}>`)
    .join('');
  const requestId = randomBytes(8).toString('hex').toUpperCase();
  return `<?xml version="1.0" encoding="UTF-8"?>\n<Error><Code>${error.code}</Code><Message>${escapeXml(error.message)}</Message>${details}<RequestId>${requestId}</RequestId></Error>`;
}

/** The errors the front answers, worded as S3 words them. */
export const s3Errors = {
  accessDenied: (): S3Error => ({ status: 403, code: 'AccessDenied', message: 'Access Denied' }),
  expired: (expiredAt: Date, now: Date): S3Error => ({
    status: 403,
    code: 'AccessDenied',
    message: 'Request has expired',
    details: { Expires: expiredAt.toISOString(), ServerTime: now.toISOString() },
  }),
  signatureDoesNotMatch: (): S3Error => ({
    status: 403,
    code: 'SignatureDoesNotMatch',
    message: 'The request signature we calculated does not match the signature you provided. Check your key and signing method.',
  }),
  invalidAccessKeyId: (accessKeyId: string): S3Error => ({
    status: 403,
    code: 'InvalidAccessKeyId',
    message: 'The AWS Access Key Id you provided does not exist in our records.',
    details: { AWSAccessKeyId: accessKeyId },
  }),
  queryParameters: (message: string): S3Error => ({ status: 400, code: 'AuthorizationQueryParametersError', message }),
  policy: (message: string): S3Error => ({ status: 403, code: 'AccessDenied', message: `Invalid according to Policy: ${message}` }),
  entityTooLarge: (size: number, max: number): S3Error => ({
    status: 400,
    code: 'EntityTooLarge',
    message: 'Your proposed upload exceeds the maximum allowed size',
    details: { ProposedSize: String(size), MaxSizeAllowed: String(max) },
  }),
  entityTooSmall: (size: number, min: number): S3Error => ({
    status: 400,
    code: 'EntityTooSmall',
    message: 'Your proposed upload is smaller than the minimum allowed size',
    details: { ProposedSize: String(size), MinSizeAllowed: String(min) },
  }),
  malformedPost: (message: string): S3Error => ({ status: 400, code: 'MalformedPOSTRequest', message }),
  invalidArgument: (message: string): S3Error => ({ status: 400, code: 'InvalidArgument', message }),
  noSuchKey: (key: string): S3Error => ({ status: 404, code: 'NoSuchKey', message: 'The specified key does not exist.', details: { Key: key } }),
  malformedXml: (): S3Error => ({ status: 400, code: 'MalformedXML', message: 'The XML you provided was not well-formed or did not validate against our published schema' }),
} as const;
