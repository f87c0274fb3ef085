import { GetObjectCommand, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { eicarTestString, LocalScanner, startLocalFiles, type LocalFiles } from '../../../infra/local/files';
import { checkPostPolicy, checkPresignedRequest } from '../../../infra/local/files/presigned-checks';
import { scanContent } from '../../../infra/local/files/scanner';
import type { ScanResult } from '../../../functions/domain/attachment';

const credentials = { accessKeyId: 'local', secretAccessKey: 'local' };
const secretOf = (accessKeyId: string) => (accessKeyId === 'local' ? 'local' : undefined);
// Only signs: nothing listens at this endpoint.
const signer = new S3Client({ region: 'us-east-1', endpoint: 'http://127.0.0.1:9', forcePathStyle: true, credentials });

function presignedRequestOf(url: string) {
  const parsed = new URL(url);
  return { method: 'GET', rawPath: parsed.pathname, query: [...parsed.searchParams], headers: { host: parsed.host } };
}

describe('the local S3 front’s signature checks', () => {
  it('accepts the SDK’s presigned GET until it expires, then refuses it as S3 does', async () => {
    const signedAt = new Date('2026-11-30T10:00:00Z');
    const url = await getSignedUrl(signer, new GetObjectCommand({ Bucket: 'b', Key: 'attachments/12345678/01J AAA', ResponseContentDisposition: 'attachment; filename="a b.pdf"' }), { expiresIn: 300, signingDate: signedAt });
    const request = presignedRequestOf(url);
    expect(checkPresignedRequest(request, secretOf, new Date('2026-11-30T10:04:59Z'))).toBeUndefined();
    expect(checkPresignedRequest(request, secretOf, new Date('2026-11-30T10:05:01Z'))).toMatchObject({ status: 403, code: 'AccessDenied', message: 'Request has expired' });
  });

  it('refuses a presigned GET whose expiry, key or signature was changed, or whose key it does not know', async () => {
    const now = new Date();
    const url = await getSignedUrl(signer, new GetObjectCommand({ Bucket: 'b', Key: 'attachments/1/a' }), { expiresIn: 300 });
    const longer = url.replace('X-Amz-Expires=300', 'X-Amz-Expires=3000');
    expect(checkPresignedRequest(presignedRequestOf(longer), secretOf, now)).toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(checkPresignedRequest(presignedRequestOf(url.replace('/a?', '/b?')), secretOf, now)).toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(checkPresignedRequest(presignedRequestOf(url), () => undefined, now)).toMatchObject({ code: 'InvalidAccessKeyId' });
    const unsigned = presignedRequestOf(url.replace(/X-Amz-Signature=[0-9a-f]+/, ''));
    expect(checkPresignedRequest(unsigned, secretOf, now)).toMatchObject({ status: 400, code: 'AuthorizationQueryParametersError' });
  });

  it('accepts the SDK’s presigned POST within its policy, and refuses each way out of it', async () => {
    const post = await createPresignedPost(signer, {
      Bucket: 'b',
      Key: 'uploads/01J',
      Conditions: [['eq', '$Content-Type', 'image/png'], ['content-length-range', 1, 100]],
      Fields: { 'Content-Type': 'image/png' },
      Expires: 3600,
    });
    const fields = new Map(Object.entries(post.fields));
    const now = new Date();
    const check = (changes: Record<string, string>, fileSize = 10, at = now) => checkPostPolicy({ bucket: 'b', fields: new Map([...fields, ...Object.entries(changes)]), fileSize }, secretOf, at);
    expect(check({})).toBeUndefined();
    expect(check({ 'Content-Type': 'application/pdf' })).toMatchObject({ status: 403, message: 'Invalid according to Policy: Policy Condition failed: ["eq","$Content-Type","image/png"]' });
    expect(check({ key: 'uploads/other' })).toMatchObject({ status: 403, message: 'Invalid according to Policy: Policy Condition failed: {"key":"uploads/01J"}' });
    expect(check({}, 101)).toMatchObject({ status: 400, code: 'EntityTooLarge' });
    expect(check({}, 0)).toMatchObject({ status: 400, code: 'EntityTooSmall' });
    expect(check({ 'x-amz-meta-owner': 'me' })).toMatchObject({ status: 403, message: 'Invalid according to Policy: Extra input fields: x-amz-meta-owner' });
    expect(check({}, 10, new Date(now.getTime() + 3601_000))).toMatchObject({ status: 403, message: 'Invalid according to Policy: Policy expired.' });
    expect(checkPostPolicy({ bucket: 'other', fields, fileSize: 10 }, secretOf, now)).toMatchObject({ status: 403, message: expect.stringContaining('{"bucket":"b"}') });
  });
});

describe('the local scanner', () => {
  it('finds the EICAR test string a threat and anything else clean', () => {
    expect(scanContent(Buffer.from(eicarTestString))).toBe('THREATS_FOUND');
    expect(scanContent(Buffer.from(`log line\n${eicarTestString}\n`))).toBe('THREATS_FOUND');
    expect(scanContent(Buffer.from('just a log'))).toBe('NO_THREATS_FOUND');
  });

  it('scans only the protected prefix, tags before it reports, and reports again when the function failed', async () => {
    const events: string[] = [];
    let failures = 1;
    const scanner = new LocalScanner('attachments/', {
      read: async (key) => ({ body: Buffer.from(key.endsWith('bad') ? eicarTestString : 'fine'), eTag: 'etag' }),
      tag: (key, result) => events.push(`tag ${key} ${result}`),
      report: async (key, _eTag, result: ScanResult) => {
        if (failures-- > 0) throw new Error('Sandbox.Timedout');
        events.push(`report ${key} ${result}`);
      },
      log: (line) => events.push(line),
    });
    scanner.notice('uploads/1');
    scanner.notice('attachments/1/bad');
    await scanner.settled();
    await scanner.stop();
    expect(events).toEqual(['tag attachments/1/bad THREATS_FOUND', 'report attachments/1/bad THREATS_FOUND']);
  });
});

describe('the local files bucket', () => {
  let files: LocalFiles;
  let s3: S3Client;
  const written: string[] = [];
  beforeAll(async () => {
    files = await startLocalFiles({
      host: '127.0.0.1',
      port: 0,
      region: 'us-east-1',
      bucket: 'ticketflow-files',
      cors: { allowMethods: ['GET', 'HEAD', 'POST'], allowHeaders: ['*'], exposeHeaders: ['ETag'], maxAgeSeconds: 3600, allowOrigins: ['http://localhost:5173'] },
      onAttachmentWritten: (key) => written.push(key),
    });
    s3 = new S3Client({ region: 'us-east-1', endpoint: files.endpoint, forcePathStyle: true, credentials });
  });
  afterAll(async () => {
    s3.destroy();
    await files.stop();
  });

  it('serves an attachment only once its scan found it clean, as the bucket policy does', async () => {
    const key = 'attachments/12345678/01JAAAAAAAAAAAAAAAAAAAAAAA';
    await s3.send(new PutObjectCommand({ Bucket: 'ticketflow-files', Key: key, Body: 'report' }));
    expect(written).toContain(key);
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: 'ticketflow-files', Key: key }), { expiresIn: 300 });
    expect((await fetch(url)).status).toBe(403);
    files.tagScanResult(key, 'THREATS_FOUND');
    expect((await fetch(url)).status).toBe(403);
    files.tagScanResult(key, 'NO_THREATS_FOUND');
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(await response.text()).toBe('report');
  });

  it('answers CORS for the local origins only', async () => {
    const preflight = (origin: string) =>
      fetch(`${files.endpoint}/ticketflow-files`, { method: 'OPTIONS', headers: { origin, 'access-control-request-method': 'POST' } });
    const allowed = await preflight('http://localhost:5173');
    expect(allowed.status).toBe(200);
    expect(allowed.headers.get('access-control-allow-origin')).toBe('http://localhost:5173');
    expect(allowed.headers.get('access-control-allow-methods')).toBe('GET, HEAD, POST');
    expect((await preflight('https://evil.example')).status).toBe(403);
  });
});
