import { createHmac } from 'node:crypto';
import { AwsClient } from 'aws4fetch';
import type { CallMetadata } from './tracing';
import { tracer } from './observability';

/*
 * The files bucket's S3 calls, signed with aws4fetch (SigV4 over fetch) rather than the SDK's S3
 * client: the client with its share of @smithy, the presigned POST and the request presigner put
 * 200-250 kB and about 15 ms of import CPU on every function with files access (`npm run
 * bench:cold`), over the project's cold-start goals. What the product asks of S3 (a ranged GET,
 * CopyObject, DeleteObject, a presigned GET and a presigned POST) needs only signing and status
 * codes. A module of its own, beside ./clients.ts: only the functions with files access import it.
 */

/** An S3 error answer: `name` is S3's error code (NoSuchKey, AccessDenied, InvalidRange...), `$metadata` as the SDK's errors carry it. */
export class S3Error extends Error {
  readonly $metadata: { readonly httpStatusCode: number; readonly requestId?: string | undefined };

  constructor(code: string, message: string, httpStatusCode: number, requestId: string | undefined) {
    super(message);
    this.name = code;
    this.$metadata = { httpStatusCode, requestId };
  }
}

/** A presigned POST: the form's URL and the fields to send before the file. */
export interface PresignedPost {
  readonly url: string;
  readonly fields: Record<string, string>;
}

/** A POST policy condition, as S3 documents them: `['eq', '$field', value]`, `['content-length-range', min, max]`... */
export type PostCondition = readonly (string | number)[];

/** The files bucket's S3 calls, as the gateway (functions/gateways/files.ts) makes them. */
export interface FilesClient {
  /**
   * Sends one signed request for the object `key` of `bucket` (`operation` names it in traces).
   * @returns the answer when S3 says 2xx.
   * @throws S3Error with S3's code and status for any other answer (also a 200 carrying an error, as CopyObject may send).
   */
  send(operation: string, bucket: string, key: string, init: { method: string; headers?: Record<string, string> }): Promise<Response>;
  /** A GET of `key` anyone may make for `validSeconds`, with `query` (response-content-disposition...) signed into it. */
  presignGet(bucket: string, key: string, query: Record<string, string>, validSeconds: number): Promise<string>;
  /** A POST form for `key` with `fields`, valid for `validSeconds`, its policy holding `fields` and `conditions`. */
  presignPost(bucket: string, key: string, fields: Record<string, string>, conditions: readonly PostCondition[], validSeconds: number): PresignedPost;
}

/** The environment the client reads, as Lambda and the local cloud set it. */
export type S3Environment = Readonly<Record<string, string | undefined>>;

interface Credentials {
  readonly accessKeyId: string;
  readonly secretAccessKey: string;
  readonly sessionToken?: string | undefined;
}

/** The role's credentials from AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and AWS_SESSION_TOKEN, as the SDK's environment provider reads them. */
function credentialsOf(env: S3Environment): Credentials {
  const accessKeyId = env['AWS_ACCESS_KEY_ID'];
  const secretAccessKey = env['AWS_SECRET_ACCESS_KEY'];
  if (!accessKeyId || !secretAccessKey) throw new Error('Unable to sign S3 requests: AWS_ACCESS_KEY_ID and AWS_SECRET_ACCESS_KEY must be set.');
  return { accessKeyId, secretAccessKey, sessionToken: env['AWS_SESSION_TOKEN'] || undefined };
}

/** S3's path encoding of a key: each segment percent-encoded, slashes kept. */
const encodeKey = (key: string) => key.split('/').map((segment) => encodeURIComponent(segment)).join('/');

/**
 * Where a bucket's requests go: AWS_ENDPOINT_URL_S3 when set (path style when
 * S3_FORCE_PATH_STYLE=true, as the local S3 has no per-bucket host names), else the regional
 * virtual-hosted endpoint.
 */
function bucketUrl(env: S3Environment, region: string, bucket: string): string {
  const endpoint = env['AWS_ENDPOINT_URL_S3'];
  if (endpoint === undefined || endpoint === '') return `https://${bucket}.s3.${region}.amazonaws.com`;
  const base = new URL(endpoint);
  const path = base.pathname.replace(/\/$/, '');
  if (env['S3_FORCE_PATH_STYLE'] === 'true') return `${base.origin}${path}/${bucket}`;
  return `${base.protocol}//${bucket}.${base.host}${path}`;
}

/** `<yyyymmdd>T<hhmmss>Z`, SigV4's date. */
const amzDate = (at: Date) => at.toISOString().replace(/[:-]|\.\d{3}/g, '');

/**
 * Signs a POST policy: SigV4's signing key (the documented HMAC chain over date, region, service
 * and `aws4_request`) over the base64 policy. aws4fetch signs requests only, and node:crypto's
 * HMAC is all this takes, so no package is added for it.
 */
function signPolicy(policyBase64: string, secretAccessKey: string, date: string, region: string): string {
  const hmac = (key: Buffer | string, data: string) => createHmac('sha256', key).update(data, 'utf8').digest();
  const key = hmac(hmac(hmac(hmac(`AWS4${secretAccessKey}`, date), region), 's3'), 'aws4_request');
  return createHmac('sha256', key).update(policyBase64, 'utf8').digest('hex');
}

/** S3's error XML: its Code and Message, or the status when the body has none (HEAD, a proxy's page). */
async function errorOf(response: Response, body?: string): Promise<S3Error> {
  const text = body ?? (await response.text().catch(() => ''));
  const code = /<Code>([^<]*)<\/Code>/.exec(text)?.[1] ?? (response.status === 404 ? 'NotFound' : `Http${response.status}`);
  const message = /<Message>([^<]*)<\/Message>/.exec(text)?.[1] ?? `S3 answered ${response.status}`;
  return new S3Error(code, message, response.status, response.headers.get('x-amz-request-id') ?? undefined);
}

const metadataOf = (response: Response): CallMetadata => ({
  httpStatusCode: response.status,
  requestId: response.headers.get('x-amz-request-id') ?? undefined,
});

/** The region from AWS_REGION (Lambda sets it) or AWS_DEFAULT_REGION. */
function regionOf(env: S3Environment): string {
  const region = env['AWS_REGION'] || env['AWS_DEFAULT_REGION'];
  if (!region) throw new Error('Unable to reach the files bucket: AWS_REGION must be set.');
  return region;
}

/**
 * Makes the files client over `env` (AWS_REGION, the credentials, the endpoint). Everything is
 * read at each call, as the SDK's providers would find it, so a missing variable fails the call
 * (with an Error naming it), not the cold start.
 */
export function createFilesClient(env: S3Environment, now: () => Date = () => new Date()): FilesClient {
  const signerOf = (credentials: Credentials, region: string) =>
    // Two retries of a 5xx or a throttle (three attempts, the SDK's default), not aws4fetch's ten.
    new AwsClient({ ...credentials, service: 's3', region, retries: 2 });

  return {
    send(operation, bucket, key, init) {
      return tracer.traceCall(
        'S3',
        operation,
        async () => {
          const region = regionOf(env);
          const response = await signerOf(credentialsOf(env), region).fetch(`${bucketUrl(env, region, bucket)}/${encodeKey(key)}`, init);
          if (!response.ok) throw await errorOf(response);
          // CopyObject may answer 200 with an error in its body when the copy fails midway.
          if (operation === 'CopyObject') {
            const body = await response.text();
            if (body.includes('<Error>')) throw await errorOf(response, body);
          }
          return response;
        },
        metadataOf,
      );
    },
    async presignGet(bucket, key, query, validSeconds) {
      const region = regionOf(env);
      const url = new URL(`${bucketUrl(env, region, bucket)}/${encodeKey(key)}`);
      for (const [name, value] of Object.entries(query)) url.searchParams.set(name, value);
      url.searchParams.set('X-Amz-Expires', String(validSeconds));
      const signed = await signerOf(credentialsOf(env), region).sign(url.toString(), { method: 'GET', aws: { signQuery: true, datetime: amzDate(now()) } });
      return signed.url;
    },
    presignPost(bucket, key, fields, conditions, validSeconds) {
      const region = regionOf(env);
      const credentials = credentialsOf(env);
      const at = now();
      const datetime = amzDate(at);
      const credential = `${credentials.accessKeyId}/${datetime.slice(0, 8)}/${region}/s3/aws4_request`;
      const signed: Record<string, string> = {
        bucket,
        'X-Amz-Algorithm': 'AWS4-HMAC-SHA256',
        'X-Amz-Credential': credential,
        'X-Amz-Date': datetime,
        ...(credentials.sessionToken ? { 'X-Amz-Security-Token': credentials.sessionToken } : {}),
      };
      const policy = {
        expiration: new Date(at.getTime() + validSeconds * 1000).toISOString(),
        conditions: [{ key }, ...Object.entries({ ...fields, ...signed }).map(([name, value]) => ({ [name]: value })), ...conditions],
      };
      const policyBase64 = Buffer.from(JSON.stringify(policy), 'utf8').toString('base64');
      return {
        url: bucketUrl(env, region, bucket),
        fields: { ...fields, key, ...signed, Policy: policyBase64, 'X-Amz-Signature': signPolicy(policyBase64, credentials.secretAccessKey, datetime.slice(0, 8), region) },
      };
    },
  };
}

/** The files client of this function, made once per cold start. */
export const s3: FilesClient = createFilesClient(process.env);
