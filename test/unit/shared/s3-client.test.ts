import { describe, expect, it } from 'vitest';
import { createFilesClient } from '../../../functions/shared/s3-client';
import { checkPostPolicy, checkPresignedRequest } from '../../../infra/local/files/presigned-checks';

/*
 * The files client's signatures, checked by the local S3 front's checks (which its own unit tests
 * verify against the SDK's presigners), so a wrong signature, scope or policy fails here.
 */

const signedAt = new Date('2026-11-30T10:00:00Z');
const localEnv = {
  AWS_REGION: 'eu-central-1',
  AWS_ACCESS_KEY_ID: 'AKIDEXAMPLE',
  AWS_SECRET_ACCESS_KEY: 'secret-of-the-role',
  AWS_SESSION_TOKEN: 'token-of-the-session',
  AWS_ENDPOINT_URL_S3: 'http://127.0.0.1:4566',
  S3_FORCE_PATH_STYLE: 'true',
};
const secretOf = (accessKeyId: string) => (accessKeyId === 'AKIDEXAMPLE' ? 'secret-of-the-role' : undefined);
const otherSecret = () => 'another-secret';
const client = createFilesClient(localEnv, () => signedAt);

function presignedRequestOf(url: string) {
  const parsed = new URL(url);
  return { method: 'GET', rawPath: parsed.pathname, query: [...parsed.searchParams], headers: { host: parsed.host } };
}

describe('a presigned download link', () => {
  it('is accepted until it expires, with the file name and type it asks S3 to answer', async () => {
    const url = await client.presignGet('files-bucket', 'attachments/T-1/a b.png', { 'response-content-disposition': 'attachment; filename="a b.png"', 'response-content-type': 'image/png' }, 300);

    expect(url.startsWith('http://127.0.0.1:4566/files-bucket/attachments/T-1/a%20b.png?')).toBe(true);
    const request = presignedRequestOf(url);
    expect(new URL(url).searchParams.get('response-content-disposition')).toBe('attachment; filename="a b.png"');
    expect(new URL(url).searchParams.get('X-Amz-Security-Token')).toBe('token-of-the-session');
    expect(checkPresignedRequest(request, secretOf, new Date('2026-11-30T10:04:59Z'))).toBeUndefined();
    expect(checkPresignedRequest(request, secretOf, new Date('2026-11-30T10:05:01Z'))).toMatchObject({ code: 'AccessDenied', message: 'Request has expired' });
    expect(checkPresignedRequest(request, otherSecret, signedAt)).toMatchObject({ code: 'SignatureDoesNotMatch' });
  });

  it('goes to the bucket’s regional virtual-hosted address when no endpoint is set', async () => {
    const url = await createFilesClient({ ...localEnv, AWS_ENDPOINT_URL_S3: undefined, S3_FORCE_PATH_STYLE: undefined }, () => signedAt).presignGet('files-bucket', 'k', {}, 60);

    expect(url.startsWith('https://files-bucket.s3.eu-central-1.amazonaws.com/k?')).toBe(true);
  });

  it('names the missing variable when the role’s credentials are not in the environment', async () => {
    await expect(createFilesClient({ AWS_REGION: 'eu-central-1' }).presignGet('files-bucket', 'k', {}, 60)).rejects.toThrow(/AWS_ACCESS_KEY_ID/);
  });
});

describe('a presigned upload form', () => {
  const post = client.presignPost('files-bucket', 'uploads/u-1', { 'Content-Type': 'image/png' }, [['content-length-range', 1, 100], ['eq', '$Content-Type', 'image/png']], 600);
  const formOf = (fields: Record<string, string>, fileSize: number) => ({ bucket: 'files-bucket', fields: new Map(Object.entries(fields)), fileSize });

  it('posts to the bucket and is accepted for the key, type and size its policy names, until it expires', () => {
    expect(post.url).toBe('http://127.0.0.1:4566/files-bucket');
    expect(post.fields).toMatchObject({ key: 'uploads/u-1', 'Content-Type': 'image/png', 'X-Amz-Security-Token': 'token-of-the-session' });
    expect(checkPostPolicy(formOf(post.fields, 100), secretOf, new Date('2026-11-30T10:09:59Z'))).toBeUndefined();
    expect(checkPostPolicy(formOf(post.fields, 100), secretOf, new Date('2026-11-30T10:10:01Z'))).toMatchObject({ code: 'AccessDenied', message: 'Invalid according to Policy: Policy expired.' });
  });

  it('is refused when signed with another secret, for a larger file or another type', () => {
    expect(checkPostPolicy(formOf(post.fields, 100), otherSecret, signedAt)).toMatchObject({ code: 'SignatureDoesNotMatch' });
    expect(checkPostPolicy(formOf(post.fields, 101), secretOf, signedAt)).toMatchObject({ code: 'EntityTooLarge' });
    expect(checkPostPolicy(formOf({ ...post.fields, 'Content-Type': 'application/pdf' }, 10), secretOf, signedAt)).toMatchObject({ code: 'AccessDenied' });
  });
});
