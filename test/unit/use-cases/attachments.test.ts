import { beforeEach, describe, expect, it } from 'vitest';
import type { Attachment, Upload } from '../../../functions/domain/attachment';
import { AttachmentNotFoundError, AttachmentNotReadyError, AttachmentRefusedError } from '../../../functions/domain/attachment-errors';
import { TicketClosedError, TicketNotFoundError } from '../../../functions/domain/errors';
import type { Identity } from '../../../functions/domain/types';
import { downloadAttachment, type DownloadDeps } from '../../../functions/use-cases/attachments/download-attachment';
import { copyAttachedFile } from '../../../functions/use-cases/attachments/copy-attached';
import type { AttachDeps, FilesGateway } from '../../../functions/use-cases/attachments/ports';
import { createTicket } from '../../../functions/use-cases/tickets/open-ticket';
import { replyToMyTicket } from '../../../functions/use-cases/tickets/reply-to-my-ticket';
import { pdfDocument, pngImage } from '../../support/sample-files';
import { FakeTicketTable, fakeDeps } from './fake-ticket-table';

/*
 * The attach, copy and download paths with the files bucket and the uploads kept in memory: what is
 * checked, deleted, copied and stored, and in which order.
 */

const alice: Identity = { sub: 'sub-alice', email: 'alice@example.com', emailVerified: true, isAgent: false };
const form = { type: 'general', name: 'Alice', subject: 'Payout delayed', description: 'Since Monday.', priority: 'normal', details: {} } as const;
const now = new Date('2026-03-02T10:00:00.000Z');

/** A bucket in memory that records what was asked of it, in order. */
class FakeBucket implements FilesGateway {
  readonly objects = new Map<string, Buffer>();
  readonly calls: string[] = [];
  async presignUpload(key: string) {
    return { url: 'http://bucket', fields: { key } };
  }
  async sample(key: string, count: number) {
    this.calls.push(`sample ${key}`);
    const body = this.objects.get(key);
    return body ? { size: body.length, firstBytes: body.subarray(0, count) } : undefined;
  }
  async copy(from: string, to: string) {
    this.calls.push(`copy ${from} ${to}`);
    const body = this.objects.get(from);
    if (body) this.objects.set(to, body);
    return body !== undefined;
  }
  async deleteObject(key: string) {
    this.calls.push(`delete ${key}`);
    this.objects.delete(key);
  }
  async presignDownload(key: string, name: string, _type: string, seconds: number) {
    return `http://bucket/${key}?name=${name}&expires=${seconds}`;
  }
}

let table: FakeTicketTable;
let bucket: FakeBucket;
let uploads: Map<string, Upload>;
let attach: AttachDeps;

function uploaded(id: string, contentType: Upload['contentType'], body: Buffer): string {
  uploads.set(id, { id, uploadedBy: alice.sub, name: `${id}.file`, contentType, size: body.length, createdAt: now.toISOString(), usableUntil: '2026-03-02T11:00:00.000Z', attachedTo: null });
  bucket.objects.set(`uploads/${id}`, body);
  return id;
}

beforeEach(() => {
  table = new FakeTicketTable();
  bucket = new FakeBucket();
  uploads = new Map();
  attach = { uploads: { putUpload: async (upload) => void uploads.set(upload.id, upload), getUpload: async (id) => uploads.get(id) }, files: bucket, now: () => now };
});

describe('attaching files', () => {
  it('stores the ticket with its attachment and leaves the copy to the attachment record’s stream consumer', async () => {
    const id = uploaded('01JBX7P8M2K4H6G8F0D2C4B6A8', 'image/png', pngImage());
    const deps = { ...fakeDeps(table, { numbers: ['40000001'] }), attach };
    const { attachments, ticket } = await createTicket(deps, alice, { ...form, attachments: [id] }, undefined);
    expect(attachments).toMatchObject([{ id, messageId: null, state: 'checking', size: pngImage().length }]);
    expect(ticket.attachmentBytes).toBe(pngImage().length);
    expect(table.attachments.get('40000001')).toHaveLength(1);
    expect(bucket.calls).toEqual([`sample uploads/${id}`]);
  });

  it('copies a stored attachment’s upload to the attachment’s own key, where the scan finds it, and again harmlessly', async () => {
    const id = uploaded('01JBX7P8M2K4H6G8F0D2C4B6A8', 'image/png', pngImage());
    expect(await copyAttachedFile({ files: bucket }, { id, ticketNumber: '40000001' })).toBe(true);
    expect(await copyAttachedFile({ files: bucket }, { id, ticketNumber: '40000001' })).toBe(true);
    expect(bucket.objects.get(`attachments/40000001/${id}`)).toEqual(pngImage());
    expect(bucket.calls).toEqual([`copy uploads/${id} attachments/40000001/${id}`, `copy uploads/${id} attachments/40000001/${id}`]);
  });

  it('refuses a file of another type than declared, deletes it, and stores nothing', async () => {
    const id = uploaded('01JBX7P8M2K4H6G8F0D2C4B6A9', 'image/png', pdfDocument());
    const deps = { ...fakeDeps(table, { numbers: ['40000001'] }), attach };
    await expect(createTicket(deps, alice, { ...form, attachments: [id] }, undefined)).rejects.toThrow(AttachmentRefusedError);
    expect(bucket.calls).toEqual([`sample uploads/${id}`, `delete uploads/${id}`]);
    expect(table.tickets.size).toBe(0);
  });

  it('is done with an attachment whose upload is gone, rather than failing its record for ever', async () => {
    expect(await copyAttachedFile({ files: bucket }, { id: '01JBX7P8M2K4H6G8F0D2C4B6AB', ticketNumber: '40000001' })).toBe(false);
    expect(bucket.objects.size).toBe(0);
  });

  it('touches no file but the checked upload when the domain refuses the reply', async () => {
    const deps = { ...fakeDeps(table, { numbers: ['40000001'] }), attach };
    const { ticket } = await createTicket(deps, alice, form, undefined);
    table.put({ ...ticket, phase: 'closed', status: 'closed', version: ticket.version + 1 });
    const id = uploaded('01JBX7P8M2K4H6G8F0D2C4B6AA', 'image/png', pngImage());
    await expect(replyToMyTicket(deps, alice, ticket.number, 'More', undefined, [id])).rejects.toThrow(TicketClosedError);
    expect(bucket.calls).toEqual([`sample uploads/${id}`]);
  });
});

describe('a download', () => {
  const attachment: Attachment = {
    id: '01JBX7P8M2K4H6G8F0D2C4B6A8',
    ticketNumber: '40000001',
    messageId: 'message-1',
    internal: false,
    name: 'screenshot.png',
    contentType: 'image/png',
    size: 100,
    uploadedBy: alice.sub,
    attachedAt: now.toISOString(),
    state: 'ready',
    scan: 'NO_THREATS_FOUND',
    scannedAt: now.toISOString(),
  };

  async function downloads(stored: Attachment, audience: 'customer' | 'agent', who: Identity = alice) {
    const deps = { ...fakeDeps(table, { numbers: ['40000001'] }), attach };
    await createTicket(deps, alice, form, undefined);
    const download: DownloadDeps = {
      getTicket: async (number) => table.tickets.get(number),
      getAttachment: async (_number, id) => (id === stored.id ? stored : undefined),
      files: bucket,
      now: () => now,
    };
    return downloadAttachment(download, who, '40000001', stored.id, audience);
  }

  it('gives a link of 5 minutes to a ready file', async () => {
    expect(await downloads(attachment, 'customer')).toEqual({
      url: `http://bucket/attachments/40000001/${attachment.id}?name=screenshot.png&expires=300`,
      expiresAt: '2026-03-02T10:05:00.000Z',
      attachment,
    });
  });

  it('refuses a file still being checked, saying so', async () => {
    await expect(downloads({ ...attachment, state: 'checking', scan: null }, 'agent')).rejects.toThrow(
      new AttachmentNotReadyError(attachment.id, 'checking', 'The file is being checked for malware.'),
    );
  });

  it('hides an internal note’s file from the customer, not from agents', async () => {
    await expect(downloads({ ...attachment, internal: true }, 'customer')).rejects.toThrow(AttachmentNotFoundError);
    await expect(downloads({ ...attachment, internal: true }, 'agent')).resolves.toMatchObject({ attachment: { internal: true } });
  });

  it('answers another customer as if the ticket did not exist', async () => {
    const bob: Identity = { sub: 'sub-bob', email: 'bob@example.com', emailVerified: true, isAgent: false };
    await expect(downloads(attachment, 'customer', bob)).rejects.toThrow(new TicketNotFoundError('40000001'));
  });
});
