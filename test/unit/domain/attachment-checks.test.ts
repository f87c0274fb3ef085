import { describe, expect, it } from 'vitest';
import { attachmentLimits, type Upload } from '../../../functions/domain/attachment';
import { attachmentsOf, checkedObject, distinctUploads, openingWithAttachments, usableUpload, withAttachments } from '../../../functions/domain/attachment-checks';
import { AttachmentRefusedError, UploadAlreadyAttachedError } from '../../../functions/domain/attachment-errors';
import { openTicket, openTicketForCustomer, replyAsAgent } from '../../../functions/domain/ticket';
import type { NewTicket } from '../../../functions/domain/ticket';
import type { Actor } from '../../../functions/domain/types';
import { errorResponseOf } from '../../../functions/shared/error-responses';
import { ownerOfEmail } from '../../../functions/domain/owner';
import { redacted } from '../../support/redacted';

const now = '2026-11-30T10:00:00.000Z';
const id = '01JBX7P8M2K4H6G8F0D2C4B6A8';
const upload: Upload = {
  id,
  uploadedBy: 'sub-alice',
  name: 'screenshot.png',
  contentType: 'image/png',
  size: 48_213,
  createdAt: '2026-11-30T09:30:00.000Z',
  usableUntil: '2026-11-30T10:30:00.000Z',
  attachedTo: null,
};
const png = { kind: 'binary', type: 'image/png' } as const;
const agent: Actor = { kind: 'agent', id: 'sub-agent' };

function counter(): () => string {
  let next = 0;
  return () => `id-${String(++next).padStart(3, '0')}`;
}

const newTicket: NewTicket = {
  number: '40000001',
  type: 'general',
  subject: redacted('Payout'),
  description: redacted('Delayed'),
  priority: 'normal',
  details: {},
  requester: { sub: 'sub-alice', email: 'alice@example.com', owner: ownerOfEmail('alice@example.com'), name: redacted('Alice') },
  openedBy: { kind: 'customer', id: 'sub-alice' },
};
const file = (size: number, n = 0) => ({ upload: { ...upload, id: `${id.slice(0, 24)}${String(n).padStart(2, '0')}` }, size });

describe('whether an upload may be attached', () => {
  it('gives the caller their own upload while it is usable and not attached', () => {
    expect(usableUpload(id, upload, 'sub-alice', now)).toBe(upload);
  });

  it('refuses an unknown upload and another person’s in the same words, naming the id, as a 422', () => {
    const unknown = () => usableUpload(id, undefined, 'sub-alice', now);
    const others = () => usableUpload(id, upload, 'sub-mallory', now);
    expect(unknown).toThrow(AttachmentRefusedError);
    expect(unknown).toThrow(`No upload ${id}`);
    expect(others).toThrow(new AttachmentRefusedError(`No upload ${id}: ask for an upload (POST /v1/uploads) and attach the id it answers.`));
    expect(errorResponseOf(new AttachmentRefusedError('x'))).toMatchObject({ status: 422, code: 'attachment_refused', fields: [{ path: 'attachments' }] });
  });

  it('refuses an upload attached already as a 409 naming it', () => {
    const refusal = () => usableUpload(id, { ...upload, attachedTo: '40000001' }, 'sub-alice', now);
    expect(refusal).toThrow(UploadAlreadyAttachedError);
    expect(refusal).toThrow(`The upload ${id} is already attached`);
    expect(errorResponseOf(new UploadAlreadyAttachedError(id))).toMatchObject({ status: 409, code: 'upload_already_attached' });
  });

  it('refuses an expired upload, saying when it expired', () => {
    expect(() => usableUpload(id, upload, 'sub-alice', upload.usableUntil)).toThrow(`The upload ${id} expired at ${upload.usableUntil}; upload the file again.`);
  });

  it('refuses the same upload named twice in one request', () => {
    expect(() => distinctUploads([id, 'OTHER', id])).toThrow(new UploadAlreadyAttachedError(id));
    expect(distinctUploads([id, 'OTHER'])).toEqual([id, 'OTHER']);
  });
});

describe('the check of an uploaded object', () => {
  it('accepts a file whose content is of the declared type, with the object’s own size', () => {
    expect(checkedObject(upload, 50_000, png)).toBe(50_000);
  });

  it('refuses a file that never arrived, and an empty one', () => {
    expect(() => checkedObject(upload, undefined, { kind: 'unknown' })).toThrow(`The file of upload ${id} has not arrived`);
    expect(() => checkedObject(upload, 0, { kind: 'unknown' })).toThrow(`The file of upload ${id} is empty.`);
  });

  it('refuses 10 MB and one byte, naming the size and the limit', () => {
    expect(checkedObject(upload, attachmentLimits.maxFileBytes, png)).toBe(attachmentLimits.maxFileBytes);
    expect(() => checkedObject(upload, attachmentLimits.maxFileBytes + 1, png)).toThrow(
      `The file of upload ${id} is 10485761 bytes, over the limit of 10 MB (10485760 bytes) a file.`,
    );
  });

  it('refuses a PNG declared as a PDF, naming both types', () => {
    expect(() => checkedObject({ ...upload, contentType: 'application/pdf' }, 1000, png)).toThrow(
      `The file of upload ${id} was declared application/pdf (PDF document) but its content is image/png (PNG image).`,
    );
  });

  it('takes text for the text types, and refuses a binary file declared as text or a log', () => {
    for (const contentType of ['text/plain', 'text/csv', 'application/json'] as const) expect(checkedObject({ ...upload, contentType }, 10, { kind: 'text' })).toBe(10);
    expect(() => checkedObject({ ...upload, contentType: 'text/plain' }, 10, png)).toThrow('was declared text/plain (plain text or log) but its content is image/png (PNG image)');
    expect(() => checkedObject({ ...upload, contentType: 'text/csv' }, 10, { kind: 'unknown' })).toThrow('but its content is of no type attachments may have');
  });

  it('refuses text declared as an image, and a format attachments may not have', () => {
    expect(() => checkedObject(upload, 10, { kind: 'text' })).toThrow('was declared image/png (PNG image) but its content is text');
    expect(() => checkedObject(upload, 10, { kind: 'binary', type: 'application/x-msdownload' })).toThrow('but its content is application/x-msdownload');
  });
});

describe('the limits of a message and a ticket', () => {
  const ticket = openTicket(newTicket, now, counter()).ticket;

  it('attaches up to 10 files to a message, each in the state checking', () => {
    const files = Array.from({ length: 10 }, (_, n) => file(1000, n));
    const attachments = attachmentsOf(ticket, files, { messageId: 'message-1', internal: false }, now);
    expect(attachments).toHaveLength(10);
    expect(attachments[0]).toEqual({
      id: files[0]!.upload.id,
      ticketNumber: '40000001',
      messageId: 'message-1',
      internal: false,
      name: 'screenshot.png',
      contentType: 'image/png',
      size: 1000,
      uploadedBy: 'sub-alice',
      attachedAt: now,
      state: 'checking',
      scan: null,
      scannedAt: null,
    });
  });

  it('refuses an eleventh file on one message', () => {
    const files = Array.from({ length: 11 }, (_, n) => file(1000, n));
    expect(() => attachmentsOf(ticket, files, { messageId: null, internal: false }, now)).toThrow('A message carries at most 10 files; this one names 11.');
  });

  it('refuses files that take a ticket over 50 MB, counting what it holds', () => {
    const tenMegabytes = attachmentLimits.maxFileBytes;
    const holding = { ...ticket, attachmentBytes: 4 * tenMegabytes };
    expect(attachmentsOf(holding, [file(tenMegabytes)], { messageId: null, internal: false }, now)).toHaveLength(1);
    expect(() => attachmentsOf(holding, [file(tenMegabytes), file(1, 1)], { messageId: null, internal: false }, now)).toThrow(
      'A ticket holds at most 50 MB of files; ticket 40000001 holds 40 MB and these files are 10 MB.',
    );
  });
});

describe('a change with files', () => {
  it('attaches files to the message of a reply, internal with a note, and counts their bytes on the ticket', () => {
    const opened = openTicket(newTicket, now, counter());
    const note = replyAsAgent(opened.ticket, { body: redacted('See log'), internal: true, awaitReply: false }, agent, now, counter());
    const changed = withAttachments(note, [file(300), file(200, 1)]);
    expect(changed.attachments?.map((attachment) => [attachment.messageId, attachment.internal])).toEqual([
      [note.message!.id, true],
      [note.message!.id, true],
    ]);
    expect(changed.ticket.attachmentBytes).toBe(500);
    expect(withAttachments(note, [])).toBe(note);
  });

  it('attaches a new ticket’s files to its description', () => {
    const [opened] = openingWithAttachments([openTicket(newTicket, now, counter())], [file(300)]);
    expect(opened.attachments?.[0]).toMatchObject({ messageId: null, internal: false, ticketNumber: '40000001' });
    expect(opened.ticket.attachmentBytes).toBe(300);
  });

  it('attaches a support-opened case’s files to its first public message, and the note after it counts them too', () => {
    const changes = openTicketForCustomer({ ...newTicket, openedBy: agent }, { message: redacted('We opened this'), note: redacted('Checked by phone') }, now, counter());
    const [first, note] = openingWithAttachments(changes, [file(300)]);
    expect(first.attachments?.[0]).toMatchObject({ messageId: first.message!.id, internal: false });
    expect(note!.attachments).toBeUndefined();
    expect(note!.ticket.attachmentBytes).toBe(300);
  });
});
