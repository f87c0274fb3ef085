import { getAttachment, getUpload, putUpload } from '../../data/attachments';
import { getTicket } from '../../data/tickets';
import { newId } from '../../domain/ids';
import { filesGateway } from '../../gateways/files';
import { s3 } from '../../shared/clients';
import { requiredEnv } from '../../shared/config';
import { ticketStore } from '../tickets/deps';
import type { DownloadDeps } from './download-attachment';
import type { AttachDeps } from './ports';
import type { UploadDeps } from './request-upload';

/*
 * The dependencies of uploads, attaching and downloads in a function with files access, made once
 * per cold start: a missing FILES_BUCKET fails here, when the function loads. (The scan-result
 * function's are in ./deps.ts.)
 */

const files = filesGateway(s3, requiredEnv('FILES_BUCKET'));
const uploads = { putUpload: (upload: Parameters<typeof putUpload>[1]) => putUpload(ticketStore, upload), getUpload: (id: string) => getUpload(ticketStore, id) };
const now = () => new Date();

/** What attaching files needs (the `attach` files access). */
export const attachDeps: AttachDeps = { uploads, files, now };

/** What asking for an upload needs (the `presignUploads` files access). */
export const uploadDeps: UploadDeps = { uploads, files, now, newId };

/**
 * What downloads need (the `presignDownloads` files access). DOWNLOAD_LINK_SECONDS, when set,
 * shortens the links' lifetime: only the test cloud sets it, to see a link expire in seconds.
 */
export const downloadDeps: DownloadDeps = {
  getTicket: (number) => getTicket(ticketStore, number),
  getAttachment: (number, id) => getAttachment(ticketStore, number, id),
  files,
  now,
  linkSeconds: process.env['DOWNLOAD_LINK_SECONDS'] ? Number(process.env['DOWNLOAD_LINK_SECONDS']) : undefined,
};
