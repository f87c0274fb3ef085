import { randomUUID } from 'node:crypto';
import { GetObjectCommand, GetObjectTaggingCommand, HeadObjectCommand, PutObjectCommand, PutObjectTaggingCommand } from '@aws-sdk/client-s3';
import { createPresignedPost } from '@aws-sdk/s3-presigned-post';
import { getSignedUrl } from '@aws-sdk/s3-request-presigner';
import { describe, expect, it } from 'vitest';
import { localFiles, postForm } from './local-files';

const { s3, bucket } = localFiles;
const png = new Blob([Buffer.from('89504e470d0a1a0a0000000d49484452', 'hex')], { type: 'image/png' });
const uploadKey = () => `uploads/${randomUUID()}`;

/** A presigned POST as the upload route makes it: exact key and Content-Type, 1 byte to `max`. */
function presignedPost(key: string, options: { contentType?: string; max?: number; expiresSeconds?: number } = {}) {
  return createPresignedPost(s3, {
    Bucket: bucket,
    Key: key,
    Conditions: [['eq', '$Content-Type', options.contentType ?? 'image/png'], ['content-length-range', 1, options.max ?? 1024]],
    Fields: { 'Content-Type': options.contentType ?? 'image/png' },
    Expires: options.expiresSeconds ?? 3600,
  });
}

async function s3Error(response: Response): Promise<{ status: number; code: string | undefined; message: string | undefined }> {
  const text = await response.text();
  return { status: response.status, code: /<Code>(.*?)<\/Code>/.exec(text)?.[1], message: /<Message>(.*?)<\/Message>/.exec(text)?.[1] };
}

describe('the local S3 front', () => {
  it('stores a file posted with a presigned POST that meets its policy', async () => {
    const key = uploadKey();
    const response = await postForm(await presignedPost(key), png);
    expect(response.status).toBe(204);
    const object = await s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }));
    expect(object.ContentType).toBe('image/png');
    expect(Buffer.from(await object.Body!.transformToByteArray())).toEqual(Buffer.from(await png.arrayBuffer()));
    expect((await s3.send(new HeadObjectCommand({ Bucket: bucket, Key: key }))).ContentLength).toBe(png.size);
  });

  it('refuses a POST whose Content-Type is not the one its policy fixes, and stores nothing', async () => {
    const key = uploadKey();
    const response = await postForm(await presignedPost(key), png, { 'Content-Type': 'application/pdf' });
    expect(await s3Error(response)).toEqual({ status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Policy Condition failed: ["eq","$Content-Type","image/png"]' });
    await expect(s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).rejects.toMatchObject({ name: 'NoSuchKey' });
  });

  it('refuses a POST whose file is bigger than its policy allows', async () => {
    const key = uploadKey();
    const response = await postForm(await presignedPost(key, { max: 10 }), new Blob([Buffer.alloc(11, 1)]));
    expect(await s3Error(response)).toMatchObject({ status: 400, code: 'EntityTooLarge' });
    await expect(s3.send(new GetObjectCommand({ Bucket: bucket, Key: key }))).rejects.toMatchObject({ name: 'NoSuchKey' });
  });

  it('refuses a POST to another key than its policy names', async () => {
    const response = await postForm(await presignedPost(uploadKey()), png, { key: uploadKey() });
    expect(await s3Error(response)).toMatchObject({ status: 403, code: 'AccessDenied' });
  });

  it('refuses a POST whose policy has expired', async () => {
    const post = await presignedPost(uploadKey(), { expiresSeconds: -1 });
    expect(await s3Error(await postForm(post, png))).toEqual({ status: 403, code: 'AccessDenied', message: 'Invalid according to Policy: Policy expired.' });
  });

  it('refuses a POST whose policy was changed after it was signed', async () => {
    const post = await presignedPost(uploadKey(), { max: 10 });
    const policy = JSON.parse(Buffer.from(post.fields['Policy']!, 'base64').toString('utf8'));
    policy.conditions = policy.conditions.map((condition: unknown) => (Array.isArray(condition) && condition[0] === 'content-length-range' ? ['content-length-range', 1, 1e9] : condition));
    const forged = Buffer.from(JSON.stringify(policy)).toString('base64');
    expect(await s3Error(await postForm(post, png, { Policy: forged }))).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
  });

  it('serves a presigned GET within its time, with the Content-Disposition it names', async () => {
    const key = uploadKey();
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'hello', ContentType: 'text/plain' }));
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key, ResponseContentDisposition: 'attachment; filename="hello.txt"' }), { expiresIn: 300 });
    const response = await fetch(url);
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toBe('attachment; filename="hello.txt"');
    expect(await response.text()).toBe('hello');
  });

  it('refuses a presigned GET used after it expired', async () => {
    const key = uploadKey();
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'hello' }));
    // Signed ten minutes ago for five minutes: its link expired five minutes ago.
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: 300, signingDate: new Date(Date.now() - 600_000) });
    expect(await s3Error(await fetch(url))).toEqual({ status: 403, code: 'AccessDenied', message: 'Request has expired' });
  });

  it('refuses a presigned GET whose link was altered to name another object', async () => {
    const [key, other] = [uploadKey(), uploadKey()];
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: other, Body: 'secret' }));
    const url = await getSignedUrl(s3, new GetObjectCommand({ Bucket: bucket, Key: key }), { expiresIn: 300 });
    expect(await s3Error(await fetch(url.replace(key, other)))).toMatchObject({ status: 403, code: 'SignatureDoesNotMatch' });
  });

  it('refuses an unsigned GET: the bucket is not public', async () => {
    const key = uploadKey();
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'hello' }));
    expect(await s3Error(await fetch(`${localFiles.endpoint}/${bucket}/${key}`))).toMatchObject({ status: 403, code: 'AccessDenied' });
  });

  it('keeps object tags', async () => {
    const key = uploadKey();
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: 'hello', Tagging: 'a=1' }));
    expect((await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }))).TagSet).toEqual([{ Key: 'a', Value: '1' }]);
    await s3.send(new PutObjectTaggingCommand({ Bucket: bucket, Key: key, Tagging: { TagSet: [{ Key: 'b', Value: '2' }] } }));
    expect((await s3.send(new GetObjectTaggingCommand({ Bucket: bucket, Key: key }))).TagSet).toEqual([{ Key: 'b', Value: '2' }]);
  });
});
