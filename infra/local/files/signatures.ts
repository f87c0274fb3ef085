import { createHash, createHmac, timingSafeEqual } from 'node:crypto';

/*
 * Signature Version 4 as S3 checks it for the two kinds of request a browser sends without the
 * SDK: a query-presigned GET (the download link) and a presigned POST (the upload form). Written
 * here rather than taken from @smithy/signature-v4 because that package signs requests, it does
 * not check them, and the checks are what the local S3 front exists for; the unit tests verify
 * what this module computes against the SDK's own presigner.
 */

/** The scope a credential is valid in: `<access key>/<yyyymmdd>/<region>/<service>/aws4_request`. */
export interface CredentialScope {
  readonly accessKeyId: string;
  readonly date: string;
  readonly region: string;
  readonly service: string;
}

/** The scope of an X-Amz-Credential value, or undefined when it does not have five parts ending in aws4_request. */
export function parseCredential(credential: string): CredentialScope | undefined {
  const parts = credential.split('/');
  if (parts.length !== 5 || parts[4] !== 'aws4_request' || !/^\d{8}$/.test(parts[1] ?? '')) return undefined;
  const [accessKeyId, date, region, service] = parts as [string, string, string, string];
  return { accessKeyId, date, region, service };
}

const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
const sha256Hex = (data: string) => createHash('sha256').update(data, 'utf8').digest('hex');

/** The key a secret signs with for one day, region and service. */
export function signingKey(secretAccessKey: string, scope: CredentialScope): Buffer {
  return hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, scope.date), scope.region), scope.service), 'aws4_request');
}

/** RFC 3986 encoding, as SigV4 wants it (encodeURIComponent leaves !'()* alone). */
export function uriEncode(value: string): string {
  return encodeURIComponent(value).replace(/[!'()*]/g, (c) => `%${c.charCodeAt(0).toString(16).toUpperCase()}`);
}

/** Compares two hex signatures in constant time. */
export function sameSignature(expected: string, given: string): boolean {
  const a = Buffer.from(expected, 'utf8');
  const b = Buffer.from(given, 'utf8');
  return a.length === b.length && timingSafeEqual(a, b);
}

/** The time an X-Amz-Date (`yyyymmddThhmmssZ`) names, or undefined when it is not one. */
export function parseAmzDate(value: string): Date | undefined {
  const match = /^(\d{4})(\d{2})(\d{2})T(\d{2})(\d{2})(\d{2})Z$/.exec(value);
  if (!match) return undefined;
  const [, y, mo, d, h, mi, s] = match.map(Number) as [number, number, number, number, number, number, number];
  const date = new Date(Date.UTC(y, mo - 1, d, h, mi, s));
  return Number.isNaN(date.getTime()) ? undefined : date;
}

/** What a query-presigned request carries, besides its signature. */
export interface PresignedRequest {
  readonly method: string;
  /** The path as sent (still percent-encoded). */
  readonly rawPath: string;
  /** Every query parameter, decoded, in the order sent. */
  readonly query: readonly (readonly [string, string])[];
  /** Header values by lowercase name. */
  readonly headers: Readonly<Record<string, string | undefined>>;
}

/**
 * The signature S3 expects for a query-presigned request: canonical request over the method, the
 * path (each segment encoded once, as S3 does not normalize), every query parameter but
 * X-Amz-Signature, the signed headers, and UNSIGNED-PAYLOAD.
 */
export function presignedSignature(request: PresignedRequest, secretAccessKey: string, scope: CredentialScope, amzDate: string, signedHeaders: string): string {
  const canonicalPath = request.rawPath
    .split('/')
    .map((segment) => uriEncode(decodeURIComponent(segment)))
    .join('/');
  const canonicalQuery = request.query
    .filter(([name]) => name !== 'X-Amz-Signature')
    .map(([name, value]) => [uriEncode(name), uriEncode(value)] as const)
    .sort(([a, av], [b, bv]) => (a < b ? -1 : a > b ? 1 : av < bv ? -1 : av > bv ? 1 : 0))
    .map(([name, value]) => `${name}=${value}`)
    .join('&');
  const headerNames = signedHeaders.split(';');
  const canonicalHeaders = headerNames.map((name) => `${name}:${(request.headers[name] ?? '').trim().replace(/\s+/g, ' ')}\n`).join('');
  const canonicalRequest = [request.method, canonicalPath, canonicalQuery, canonicalHeaders, signedHeaders, 'UNSIGNED-PAYLOAD'].join('\n');
  const stringToSign = ['AWS4-HMAC-SHA256', amzDate, `${scope.date}/${scope.region}/${scope.service}/aws4_request`, sha256Hex(canonicalRequest)].join('\n');
  return hmac(signingKey(secretAccessKey, scope), stringToSign).toString('hex');
}

/** The signature of a presigned POST: its base64 policy, signed with the day's key. */
export function policySignature(policyBase64: string, secretAccessKey: string, scope: CredentialScope): string {
  return hmac(signingKey(secretAccessKey, scope), policyBase64).toString('hex');
}
