import { createServer, type IncomingHttpHeaders, type IncomingMessage, type ServerResponse } from 'node:http';
import type { buildApp } from 'fauxqs';
import { scanStatusTag } from '../../../functions/domain/attachment';
import type { FilesCorsSpec } from '../../system';
import { listen } from '../listen';
import { parseTaggingHeader, parseTaggingXml, taggingXml, type ObjectTags } from './object-tags';
import { checkPostPolicy, checkPresignedRequest, type SecretOf } from './presigned-checks';
import { s3ErrorXml, s3Errors, type S3Error } from './s3-errors';
import { readBody } from '../request-body';

/** fauxqs's app, answering S3 behind the front (never listening itself). */
export type S3Backend = ReturnType<typeof buildApp>;

/** What the front needs to know. */
export interface S3FrontOptions {
  readonly host: string;
  readonly port: number;
  readonly backend: S3Backend;
  readonly tags: ObjectTags;
  readonly secretOf: SecretOf;
  /** The origins browsers may call from, with the bucket's CORS rule. */
  readonly cors: FilesCorsSpec & { readonly allowOrigins: readonly string[] };
  /** Keys whose GET needs the scan's NO_THREATS_FOUND tag (the bucket policy of the deployment). */
  readonly scannedPrefix: string;
  /** Told of every object written (PutObject, a POST upload, CopyObject, a completed multipart upload). */
  readonly onObjectWritten: (bucket: string, key: string) => void;
  readonly now?: () => Date;
}

/** A running S3 front. */
export interface S3Front {
  readonly endpoint: string;
  stop(): Promise<void>;
}

// A 10 MB file in a multipart form, with room for its fields; fauxqs itself takes 11 MiB.
const maxBodyBytes = 11 * 1024 * 1024;
// Headers a response of S3 may override on a signed GET (`response-content-disposition=...`).
const responseOverrides = ['content-type', 'content-language', 'expires', 'cache-control', 'content-disposition', 'content-encoding'];
const hopByHop = new Set(['connection', 'keep-alive', 'transfer-encoding', 'content-length', 'host']);
/** Carries the backend's Content-Length of a HEAD from forward() to the response. */
const headContentLength = 'x-local-head-content-length';

interface Received {
  readonly method: string;
  readonly rawPath: string;
  readonly query: readonly (readonly [string, string])[];
  readonly headers: IncomingHttpHeaders;
  readonly bucket: string;
  readonly key: string;
  readonly body: Buffer;
}

type Answer = { readonly status: number; readonly headers: readonly (readonly [string, string])[]; readonly body: Buffer };

function errorAnswer(error: S3Error): Answer {
  return { status: error.status, headers: [['content-type', 'application/xml']], body: Buffer.from(s3ErrorXml(error)) };
}

const header = (headers: IncomingHttpHeaders, name: string): string | undefined => {
  const value = headers[name];
  return Array.isArray(value) ? value.join(',') : value;
};

function parseRequest(request: IncomingMessage, body: Buffer): Received {
  const url = request.url ?? '/';
  const queryStart = url.indexOf('?');
  const rawPath = queryStart < 0 ? url : url.slice(0, queryStart);
  const query = [...new URLSearchParams(queryStart < 0 ? '' : url.slice(queryStart + 1))];
  const [, bucket = '', ...rest] = rawPath.split('/');
  return {
    method: request.method ?? 'GET',
    rawPath,
    query,
    headers: request.headers,
    bucket: decodeURIComponent(bucket),
    key: decodeURIComponent(rest.join('/')),
    body,
  };
}

const has = (request: Received, name: string) => request.query.some(([key]) => key === name);

/**
 * The local S3 in front of fauxqs, which checks no signatures and keeps no tags. It refuses what
 * S3 would refuse a browser or a link: a query-presigned request with a bad signature or past its
 * expiry, a POST whose policy is forged, expired or not met (key, Content-Type, size), an
 * unsigned request (the bucket blocks public access), and a GET of a scanned object whose scan
 * tag is not NO_THREATS_FOUND (the bucket policy). It answers S3's XML errors, keeps object tags
 * (Put/Get/DeleteObjectTagging, x-amz-tagging, CopyObject's tagging directive), answers CORS for
 * the local origins, and tells the local scanner of every object written. Requests signed in the
 * Authorization header (the SDK's clients) are passed on without checking their signature.
 * @throws the listen error (EADDRINUSE when the port is taken).
 */
export async function startS3Front(options: S3FrontOptions): Promise<S3Front> {
  const now = options.now ?? (() => new Date());
  const handle = async (request: IncomingMessage, response: ServerResponse) => {
    const body = await readBody(request, maxBodyBytes);
    const origin = allowedOrigin(request.headers, options.cors);
    const answer =
      body === 'tooLarge' ? errorAnswer(s3Errors.entityTooLarge(Number(request.headers['content-length'] ?? 0), maxBodyBytes)) : await answerRequest(parseRequest(request, body), origin);
    const cors: [string, string][] = origin ? [['access-control-allow-origin', origin], ['access-control-expose-headers', options.cors.exposeHeaders.join(',')], ['vary', 'Origin']] : [];
    const headLength = answer.headers.find(([name]) => name === headContentLength)?.[1];
    for (const [name, value] of [...answer.headers, ...cors]) if (name !== headContentLength) response.appendHeader(name, value);
    response.setHeader('content-length', request.method === 'HEAD' && headLength !== undefined ? headLength : answer.body.length);
    response.writeHead(answer.status);
    response.end(request.method === 'HEAD' ? undefined : answer.body);
  };

  async function answerRequest(request: Received, origin: string | undefined): Promise<Answer> {
    if (request.method === 'OPTIONS') return preflight(request, origin);
    const refused = await authenticate(request);
    if (refused) return errorAnswer(refused);
    if (request.key !== '' && has(request, 'tagging')) return objectTagging(request);
    if ((request.method === 'GET' || request.method === 'HEAD') && request.key.startsWith(options.scannedPrefix)) {
      if (options.tags.get(request.bucket, request.key).get(scanStatusTag) !== 'NO_THREATS_FOUND') return errorAnswer(s3Errors.accessDenied());
    }
    const answer = await forward(request);
    if (answer.status < 300) afterSuccess(request);
    return withResponseOverrides(request, answer);
  }

  function preflight(request: Received, origin: string | undefined): Answer {
    const method = header(request.headers, 'access-control-request-method') ?? '';
    if (!origin || !(options.cors.allowMethods as readonly string[]).includes(method)) {
      return errorAnswer({ status: 403, code: 'AccessForbidden', message: 'CORSResponse: This CORS request is not allowed. This is usually because the evalution of Origin, request method / Access-Control-Request-Method or Access-Control-Request-Headers are not whitelisted by the resource\'s CORS spec.' });
    }
    const requested = header(request.headers, 'access-control-request-headers');
    return {
      status: 200,
      headers: [
        ['access-control-allow-methods', options.cors.allowMethods.join(', ')],
        ...(requested ? [['access-control-allow-headers', requested] as const] : []),
        ['access-control-max-age', String(options.cors.maxAgeSeconds)],
      ],
      body: Buffer.alloc(0),
    };
  }

  async function authenticate(request: Received): Promise<S3Error | undefined> {
    if (has(request, 'X-Amz-Signature') || has(request, 'X-Amz-Credential')) {
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(',') : value]));
      return checkPresignedRequest({ method: request.method, rawPath: request.rawPath, query: request.query, headers }, options.secretOf, now());
    }
    if (isPostUpload(request)) {
      const form = await readForm(request);
      if ('status' in form) return form;
      return checkPostPolicy({ bucket: request.bucket, fields: form.fields, fileSize: form.fileSize }, options.secretOf, now());
    }
    const authorization = header(request.headers, 'authorization');
    const accessKeyId = /^AWS4-HMAC-SHA256 Credential=([^/]+)\//.exec(authorization ?? '')?.[1];
    if (accessKeyId === undefined) return s3Errors.accessDenied();
    if (options.secretOf(accessKeyId) === undefined) return s3Errors.invalidAccessKeyId(accessKeyId);
    return undefined;
  }

  function objectTagging(request: Received): Promise<Answer> | Answer {
    const { bucket, key } = request;
    const exists = async () => (await options.backend.inject({ method: 'HEAD', url: `/${encodeURIComponent(bucket)}/${encodeKey(key)}` })).statusCode === 200;
    const answer = async (): Promise<Answer> => {
      if (!(await exists())) return errorAnswer(s3Errors.noSuchKey(key));
      switch (request.method) {
        case 'GET':
          return { status: 200, headers: [['content-type', 'application/xml']], body: Buffer.from(taggingXml(options.tags.get(bucket, key))) };
        case 'PUT': {
          const tags = parseTaggingXml(request.body.toString('utf8'));
          if (!tags) return errorAnswer(s3Errors.malformedXml());
          options.tags.set(bucket, key, tags);
          return { status: 200, headers: [], body: Buffer.alloc(0) };
        }
        case 'DELETE':
          options.tags.delete(bucket, key);
          return { status: 204, headers: [], body: Buffer.alloc(0) };
        default:
          return errorAnswer({ status: 405, code: 'MethodNotAllowed', message: 'The specified method is not allowed against this resource.' });
      }
    };
    return answer();
  }

  async function forward(request: Received): Promise<Answer> {
    const headers = Object.fromEntries(Object.entries(request.headers).filter(([name]) => !hopByHop.has(name))) as Record<string, string | string[]>;
    const result = await options.backend.inject({
      method: request.method as 'GET',
      url: `${request.rawPath}${request.query.length > 0 ? `?${new URLSearchParams(request.query as [string, string][]).toString()}` : ''}`,
      headers,
      ...(request.body.length > 0 ? { payload: request.body } : {}),
    });
    const answerHeaders: [string, string][] = [];
    // A HEAD has no body to measure: its Content-Length is the object's, as S3 answers it.
    if (request.method === 'HEAD' && result.headers['content-length'] !== undefined) answerHeaders.push([headContentLength, String(result.headers['content-length'])]);
    for (const [name, value] of Object.entries(result.headers)) {
      if (hopByHop.has(name) || value === undefined) continue;
      for (const one of Array.isArray(value) ? value : [value]) answerHeaders.push([name, String(one)]);
    }
    return { status: result.statusCode, headers: answerHeaders, body: result.rawPayload };
  }

  /** Keeps the tags in step with the objects, and tells the scanner what was written. */
  function afterSuccess(request: Received): void {
    const { bucket, key, method } = request;
    if (method === 'DELETE' && key !== '' && !has(request, 'uploadId')) {
      options.tags.delete(bucket, key);
      return;
    }
    const written = writtenKey(request);
    if (written === undefined) return;
    const copySource = header(request.headers, 'x-amz-copy-source');
    const tagging = header(request.headers, 'x-amz-tagging');
    if (copySource && header(request.headers, 'x-amz-tagging-directive') !== 'REPLACE') {
      const [sourceBucket = '', ...sourceKey] = decodeURIComponent(copySource.replace(/^\//, '').split('?')[0] ?? '').split('/');
      options.tags.set(bucket, written, options.tags.get(sourceBucket, sourceKey.join('/')));
    } else {
      options.tags.set(bucket, written, tagging ? parseTaggingHeader(tagging) : new Map());
    }
    options.onObjectWritten(bucket, written);
  }

  const server = createServer((request, response) => {
    handle(request, response).catch((error: unknown) => {
      if (!response.headersSent) {
        response.writeHead(500, { 'content-type': 'application/xml' });
        response.end(s3ErrorXml({ status: 500, code: 'InternalError', message: String(error) }));
      }
    });
  });
  const listening = await listen(server, options.host, options.port);
  return { endpoint: listening.endpoint, stop: () => listening.close() };
}

const encodeKey = (key: string) => key.split('/').map(encodeURIComponent).join('/');

function allowedOrigin(headers: IncomingHttpHeaders, cors: S3FrontOptions['cors']): string | undefined {
  const origin = headers.origin;
  if (origin === undefined) return undefined;
  return cors.allowOrigins.includes('*') || cors.allowOrigins.includes(origin) ? origin : undefined;
}

function isPostUpload(request: Received): boolean {
  return request.method === 'POST' && request.key === '' && (header(request.headers, 'content-type') ?? '').startsWith('multipart/form-data');
}

/** The form fields of a POST upload (its key, once read, names the written object) and the file's size. */
async function readForm(request: Received): Promise<{ fields: Map<string, string>; fileSize: number } | S3Error> {
  try {
    const form = await new Request('http://local/', { method: 'POST', headers: { 'content-type': header(request.headers, 'content-type')! }, body: request.body }).formData();
    const fields = new Map<string, string>();
    let fileSize: number | undefined;
    for (const [name, value] of form) {
      if (typeof value === 'string') fields.set(name, value);
      else if (name.toLowerCase() === 'file') fileSize = value.size;
    }
    if (fileSize === undefined) return s3Errors.invalidArgument('POST requires exactly one file upload per request.');
    postKeys.set(request, fields.get([...fields.keys()].find((name) => name.toLowerCase() === 'key') ?? 'key') ?? '');
    return { fields, fileSize };
  } catch {
    return s3Errors.malformedPost('The body of your POST request is not well-formed multipart/form-data.');
  }
}

// The key a POST upload wrote, read once from its form when it was checked.
const postKeys = new WeakMap<Received, string>();

/** The key of the object a successful request wrote, if it wrote one. */
function writtenKey(request: Received): string | undefined {
  if (isPostUpload(request)) return postKeys.get(request);
  if (request.key === '') return undefined;
  if (request.method === 'PUT' && !has(request, 'partNumber') && !has(request, 'tagging')) return request.key;
  if (request.method === 'POST' && has(request, 'uploadId')) return request.key;
  return undefined;
}

/** A signed GET's `response-*` parameters replace the headers they name, as S3 does. */
function withResponseOverrides(request: Received, answer: Answer): Answer {
  if (request.method !== 'GET' || answer.status >= 300) return answer;
  const overrides = new Map(
    request.query.filter(([name]) => responseOverrides.includes(name.replace(/^response-/, '')) && name.startsWith('response-')).map(([name, value]) => [name.slice('response-'.length), value]),
  );
  if (overrides.size === 0) return answer;
  return { ...answer, headers: [...answer.headers.filter(([name]) => !overrides.has(name.toLowerCase())), ...overrides] };
}
