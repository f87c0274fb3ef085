import { ListObjectsV2Command, PutObjectCommand } from '@aws-sdk/client-s3';
import { beforeAll, describe, expect, it } from 'vitest';
import { attachmentLimits, attachmentObjectKey, sizeWords, uploadObjectKey } from '../../../functions/domain/attachment';
import { signIn, type ApiUser } from '../../support/api';
import { until } from '../../support/eventually';
import { pngImage, windowsExecutable } from '../../support/sample-files';
import { localFiles, postForm } from '../files/local-files';
import { emailWith } from '../notifications/mailbox';
import { eicarTestString } from '../../../infra/local/files';
import { agentView, customerView, expectStatus, listedNumbers, openTicket } from './customer-steps';
import { ticketForm } from '../../support/api';

/*
 * Attachments as people use them: a file goes from the client straight to S3 with the presigned
 * POST of an upload, then a new ticket, a reply or a note names the upload; the product checks the
 * file itself and the local scanner (GuardDuty's stand-in) decides whether it can be downloaded.
 */

const { s3, bucket } = localFiles;
const png = pngImage(64);

interface LocalFile {
  readonly name: string;
  readonly contentType: string;
  readonly body: Buffer;
}

const screenshot: LocalFile = { name: 'screenshot.png', contentType: 'image/png', body: png };

/** Asks for an upload as `user` and posts the file to S3 with its presigned POST; answers the upload id. */
async function upload(user: ApiUser, file: LocalFile): Promise<string> {
  const asked = await user.post('/v1/uploads', { name: file.name, contentType: file.contentType, size: file.body.length });
  expectStatus(asked, 201);
  const posted = await postForm(asked.body, new Blob([file.body], { type: file.contentType }));
  expect(posted.status, await posted.clone().text()).toBe(204);
  return asked.body.uploadId;
}

async function objectExists(key: string): Promise<boolean> {
  const { Contents = [] } = await s3.send(new ListObjectsV2Command({ Bucket: bucket, Prefix: key }));
  return Contents.some((object) => object.Key === key);
}

/** Every attachment of the ticket as the viewer sees it: the description's and each message's. */
function attachmentsIn(view: { attachments: any[]; messages: any[] }): any[] {
  return [...view.attachments, ...view.messages.flatMap((message) => message.attachments)];
}

/** The attachment once the scan reported on it, as the agent sees it. */
function scanned(agent: ApiUser, number: string, id: string): Promise<any> {
  return until(
    `the scan of attachment ${id}`,
    async () => attachmentsIn((await agentView(agent, number)) as any).find((file) => file.id === id),
    (file) => file !== undefined && file.state !== 'checking',
  );
}

/** Downloads a link's file, as a browser would follow it. */
async function fetched(url: string): Promise<{ status: number; body: Buffer; disposition: string | null; text: string }> {
  const response = await fetch(url);
  const body = Buffer.from(await response.arrayBuffer());
  return { status: response.status, body, disposition: response.headers.get('content-disposition'), text: body.toString('utf8') };
}

let alice: ApiUser;
let bob: ApiUser;
let agent: ApiUser;

beforeAll(async () => {
  [alice, bob, agent] = await Promise.all([signIn(), signIn(), signIn({ agent: true })]);
});

describe('a PNG attached to a new ticket', () => {
  it('is shown being checked, then ready, and downloads for the requester and for an agent under its name', async () => {
    const id = await upload(alice, screenshot);
    const created = await alice.post('/v1/tickets', ticketForm('bug_report', { attachments: [id] }));
    expectStatus(created, 201);
    expect(created.body.attachments).toEqual([
      { id, name: 'screenshot.png', size: png.length, contentType: 'image/png', internal: false, state: 'checking', reason: 'The file is being checked for malware.' },
    ]);
    const number = created.body.ticket.number;

    expect((await scanned(agent, number, id)).state).toBe('ready');
    const seen = await customerView(alice, number);
    expect((seen as any).attachments).toEqual([{ id, name: 'screenshot.png', size: png.length, contentType: 'image/png', internal: false, state: 'ready', reason: null }]);

    for (const [who, path] of [
      [alice, `/v1/tickets/${number}/attachments/${id}`],
      [agent, `/v1/agent/tickets/${number}/attachments/${id}`],
    ] as const) {
      const link = await who.get(path);
      expectStatus(link, 200);
      expect(link.body).toMatchObject({ name: 'screenshot.png', size: png.length, contentType: 'image/png' });
      expect(Date.parse(link.body.expiresAt) - Date.now()).toBeLessThanOrEqual(attachmentLimits.downloadValidSeconds * 1000);
      const file = await fetched(link.body.url);
      expect(file.status, file.text).toBe(200);
      expect(file.body.equals(png)).toBe(true);
      expect(file.disposition).toContain('attachment; filename="screenshot.png"');
    }
  });

  it('answers a replay of the same request with the same attachment, attaching nothing twice', async () => {
    const id = await upload(alice, screenshot);
    const form = ticketForm('general', { attachments: [id] });
    const key = { 'idempotency-key': `attach-${id}` };
    const first = await alice.post('/v1/tickets', form, key);
    const again = await alice.post('/v1/tickets', form, key);
    expectStatus(again, 201);
    expect(again.headers.get('idempotent-replayed')).toBe('true');
    expect(again.body).toEqual(first.body);
  });
});

describe('files the product refuses, attaching nothing', () => {
  it('refuses to give an upload for a type attachments may not have, or over 10 MB, naming the field', async () => {
    const exe = await alice.post('/v1/uploads', { name: 'setup.exe', contentType: 'application/x-msdownload', size: 1000 });
    expectStatus(exe, 400);
    expect(exe.body.error.fields).toEqual([{ path: 'contentType', message: expect.stringContaining('image/png') }]);
    const large = await alice.post('/v1/uploads', { name: 'big.log', contentType: 'text/plain', size: attachmentLimits.maxFileBytes + 1 });
    expectStatus(large, 400);
    expect(large.body.error.fields).toEqual([{ path: 'size', message: 'At most 10 MB (10485760 bytes) a file.' }]);
  });

  it('refuses a file of 10 MB and one byte, even one that reached the bucket, and deletes it', async () => {
    const asked = await alice.post('/v1/uploads', { name: 'big.log', contentType: 'text/plain', size: attachmentLimits.maxFileBytes });
    expectStatus(asked, 201);
    const tooBig = Buffer.alloc(attachmentLimits.maxFileBytes + 1, 'a');
    // S3 refuses the post: its policy's size range ends at 10 MB.
    const posted = await postForm(asked.body, new Blob([tooBig], { type: 'text/plain' }));
    expect(posted.status).toBe(400);
    expect(await posted.text()).toContain('EntityTooLarge');
    // A store that does not enforce the policy would keep it: the product checks the object itself.
    const id = asked.body.uploadId;
    await s3.send(new PutObjectCommand({ Bucket: bucket, Key: uploadObjectKey(id), Body: tooBig, ContentType: 'text/plain' }));
    const before = await listedNumbers(alice);
    const refused = await alice.post('/v1/tickets', ticketForm('general', { attachments: [id] }));
    expectStatus(refused, 422);
    expect(refused.body.error).toMatchObject({ code: 'attachment_refused', message: `The file of upload ${id} is 10485761 bytes, over the limit of 10 MB (10485760 bytes) a file.` });
    expect(await listedNumbers(alice)).toEqual(before);
    expect(await objectExists(uploadObjectKey(id))).toBe(false);
  });

  it('refuses a PNG declared as a PDF on a reply, naming both types, writes no message and deletes the file', async () => {
    const ticket = await openTicket(alice);
    const id = await upload(alice, { name: 'statement.pdf', contentType: 'application/pdf', body: png });
    const refused = await alice.post(`/v1/tickets/${ticket.number}/messages`, { body: 'Here is my statement', attachments: [id] });
    expectStatus(refused, 422);
    expect(refused.body.error.message).toBe(`The file of upload ${id} was declared application/pdf (PDF document) but its content is image/png (PNG image).`);
    expect((await customerView(alice, ticket.number)).messages).toEqual([]);
    expect(await objectExists(uploadObjectKey(id))).toBe(false);
  });

  it('refuses an executable declared as a plain-text log', async () => {
    const ticket = await openTicket(alice);
    const id = await upload(alice, { name: 'app.log', contentType: 'text/plain', body: windowsExecutable() });
    const refused = await alice.post(`/v1/tickets/${ticket.number}/messages`, { body: 'The log', attachments: [id] });
    expectStatus(refused, 422);
    expect(refused.body.error.message).toContain('was declared text/plain (plain text or log) but its content is application/x-msdownload');
  });

  it('refuses another customer’s upload id, and an unknown one, in the same words, opening no ticket', async () => {
    const before = await listedNumbers(alice);
    const bobs = await upload(bob, screenshot);
    const unknown = '01JBX7P8M2K4H6G8F0D2C4B6A8';
    for (const id of [bobs, unknown]) {
      const refused = await alice.post('/v1/tickets', ticketForm('general', { attachments: [id] }));
      expectStatus(refused, 422);
      expect(refused.body.error).toEqual({
        code: 'attachment_refused',
        message: `No upload ${id}: ask for an upload (POST /v1/uploads) and attach the id it answers.`,
        fields: [{ path: 'attachments', message: `No upload ${id}: ask for an upload (POST /v1/uploads) and attach the id it answers.` }],
      });
    }
    expect(await listedNumbers(alice)).toEqual(before);
  });

  it('refuses the same upload attached twice, naming it, and writes nothing the second time', async () => {
    const ticket = await openTicket(alice);
    const id = await upload(alice, screenshot);
    expectStatus(await alice.post(`/v1/tickets/${ticket.number}/messages`, { body: 'First', attachments: [id] }), 201);
    const twice = await alice.post(`/v1/tickets/${ticket.number}/messages`, { body: 'Again', attachments: [id] });
    expectStatus(twice, 409);
    expect(twice.body.error).toMatchObject({ code: 'upload_already_attached', message: `The upload ${id} is already attached; upload the file again to attach it once more.` });
    const other = await upload(alice, screenshot);
    const doubled = await alice.post(`/v1/tickets/${ticket.number}/messages`, { body: 'Both', attachments: [other, other] });
    expectStatus(doubled, 409);
    expect((await customerView(alice, ticket.number)).messages.map((message) => message.body)).toEqual(['First']);
  });
});

describe('who may download', () => {
  let number: string;
  let id: string;

  beforeAll(async () => {
    id = await upload(alice, screenshot);
    const created = await alice.post('/v1/tickets', ticketForm('general', { attachments: [id] }));
    expectStatus(created, 201);
    number = created.body.ticket.number;
    await scanned(agent, number, id);
  });

  it('answers another customer as if the ticket did not exist', async () => {
    const theirs = await bob.get(`/v1/tickets/${number}/attachments/${id}`);
    const missing = await bob.get(`/v1/tickets/19999999/attachments/${id}`);
    expectStatus(theirs, 404);
    expect(theirs.body.error).toEqual({ ...missing.body.error, message: `No ticket with number ${number}.` });
    expect(theirs.body.error.code).toBe('ticket_not_found');
  });

  it('refuses a link once it expired', async () => {
    const link = await agent.get(`/test/agent/tickets/${number}/attachments/${id}/short-link`);
    expectStatus(link, 200);
    const refused = await until(`link of ${id} refused`, () => fetched(link.body.url), (file) => file.status !== 200);
    expect(refused.status).toBe(403);
    expect(refused.text).toContain('<Code>AccessDenied</Code>');
    expect(refused.text).toContain('Request has expired');
  });

  it('keeps an internal note’s file from the customer, in the thread and for download, and shows it to agents', async () => {
    const noteFile = await upload(agent, { name: 'kyc-check.png', contentType: 'image/png', body: png });
    const note = await agent.post(`/v1/agent/tickets/${number}/messages`, { body: 'Checked the ID', internal: true, attachments: [noteFile] });
    expectStatus(note, 201);
    expect(note.body.message.attachments).toMatchObject([{ id: noteFile, internal: true, state: 'checking' }]);
    await scanned(agent, number, noteFile);
    expect(attachmentsIn((await customerView(alice, number)) as any).map((file) => file.id)).toEqual([id]);
    const hidden = await alice.get(`/v1/tickets/${number}/attachments/${noteFile}`);
    expectStatus(hidden, 404);
    expect(hidden.body.error).toMatchObject({ code: 'attachment_not_found', message: `Ticket ${number} has no attachment ${noteFile}.` });
    expectStatus(await agent.get(`/v1/agent/tickets/${number}/attachments/${noteFile}`), 200);
  });
});

describe('files from support', () => {
  it('attaches files to support’s first message on a case it opens, and the customer’s email names them', async () => {
    const customer = await signIn();
    const id = await upload(agent, { name: 'restore-form.png', contentType: 'image/png', body: png });
    const opened = await agent.post('/v1/agent/tickets', {
      ...ticketForm('account_restoration'),
      email: customer.email,
      message: 'Please fill in the attached form.',
      attachments: [id],
    });
    expectStatus(opened, 201);
    expect(opened.body.attachments).toMatchObject([{ id, name: 'restore-form.png', internal: false }]);
    const number = opened.body.ticket.number;
    const [message] = (await customerView(customer, number)).messages;
    expect(message.attachments).toMatchObject([{ id, name: 'restore-form.png', size: png.length }]);
    const email = await emailWith(customer.email, 'Ticket received');
    expect(email.body.text).toContain(`- restore-form.png (${sizeWords(png.length)})`);
    expect(email.body.text).toContain('Open your ticket to download it.');
  });

  it('names an agent reply’s files in the reply email', async () => {
    const ticket = await openTicket(alice);
    const id = await upload(agent, { name: 'payout-proof.png', contentType: 'image/png', body: png });
    expectStatus(await agent.post(`/v1/agent/tickets/${ticket.number}/messages`, { body: 'Here is the proof of payout.', attachments: [id] }), 201);
    const email = await emailWith(alice.email, 'New reply from support');
    expect(email.body.text).toContain('Attached file\n- payout-proof.png');
  });
});

describe('an attachment removed by the scan', () => {
  it('is shown removed with its reason, and cannot be downloaded', async () => {
    const id = await upload(alice, { name: 'eicar.txt', contentType: 'text/plain', body: Buffer.from(eicarTestString) });
    const created = await alice.post('/v1/tickets', ticketForm('general', { attachments: [id] }));
    expectStatus(created, 201);
    const number = created.body.ticket.number;
    expect(await scanned(agent, number, id)).toMatchObject({ state: 'removed', reason: 'The file was removed because it failed a malware scan.' });
    const refused = await alice.get(`/v1/tickets/${number}/attachments/${id}`);
    expectStatus(refused, 409);
    expect(refused.body.error).toMatchObject({ code: 'attachment_not_ready', message: `The attachment ${id} cannot be downloaded: it is removed. The file was removed because it failed a malware scan.` });
    expect(await objectExists(attachmentObjectKey(number, id))).toBe(false);
  });
});
