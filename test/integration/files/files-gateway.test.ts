import { randomUUID } from 'node:crypto';
import { GetObjectCommand, PutObjectCommand } from '@aws-sdk/client-s3';
import { describe, expect, it } from 'vitest';
import { filesGateway } from '../../../functions/gateways/files';
import { createFilesClient } from '../../../functions/shared/s3-client';
import { localFiles } from './local-files';

const { s3, bucket } = localFiles;
// The functions' own client, over the environment the local cloud gives them.
const gateway = filesGateway(
  createFilesClient({
    AWS_REGION: await s3.config.region(),
    AWS_ACCESS_KEY_ID: 'local',
    AWS_SECRET_ACCESS_KEY: 'local',
    AWS_ENDPOINT_URL_S3: localFiles.endpoint,
    S3_FORCE_PATH_STYLE: 'true',
  }),
  bucket,
);
const uploadKey = () => `uploads/${randomUUID()}`;
const put = (key: string, body: Uint8Array) => s3.send(new PutObjectCommand({ Bucket: bucket, Key: key, Body: body }));
const exists = (key: string) =>
  s3.send(new GetObjectCommand({ Bucket: bucket, Key: key })).then(
    () => true,
    (error: unknown) => (error instanceof Error && error.name === 'NoSuchKey' ? false : Promise.reject(error)),
  );

describe('the files gateway against the local S3', () => {
  it('samples an object’s first bytes and whole size with one ranged GET', async () => {
    const key = uploadKey();
    await put(key, Uint8Array.from({ length: 300 }, (_, index) => index % 256));

    const sample = await gateway.sample(key, 16);

    expect(sample?.size).toBe(300);
    expect([...(sample?.firstBytes ?? [])]).toEqual([...Array.from({ length: 16 }, (_, index) => index)]);
  });

  it('answers an empty object as 0 bytes and a missing one as nothing', async () => {
    const key = uploadKey();
    await put(key, new Uint8Array());

    expect(await gateway.sample(key, 16)).toEqual({ size: 0, firstBytes: new Uint8Array() });
    expect(await gateway.sample(uploadKey(), 16)).toBeUndefined();
  });

  it('copies an object to another key and deletes it, and deleting a gone object succeeds', async () => {
    const from = `${uploadKey()} (1).png`;
    const to = uploadKey();
    await put(from, Uint8Array.from([1, 2, 3]));

    expect(await gateway.copy(from, to)).toBe(true);
    await gateway.deleteObject(from);
    await gateway.deleteObject(from);

    expect(await exists(from)).toBe(false);
    expect((await gateway.sample(to, 16))?.size).toBe(3);
  });

  it('says when there is no object to copy, and copies nothing', async () => {
    const to = uploadKey();
    expect(await gateway.copy(uploadKey(), to)).toBe(false);
    expect(await exists(to)).toBe(false);
  });
});
