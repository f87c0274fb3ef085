import { getAttachment } from '../../data/attachments';
import { getTicket } from '../../data/tickets';
import { downloadSigner } from '../../gateways/files';
import { requiredEnv } from '../../shared/config';
import { s3 } from '../../shared/s3-client';
import { ticketStore } from '../tickets/deps';
import type { DownloadDeps } from './download-attachment';

/**
 * What downloads need (the `presignDownloads` files access), made once per cold start; a missing
 * FILES_BUCKET fails here. DOWNLOAD_LINK_SECONDS, when set, shortens the links' lifetime: only the
 * test cloud sets it (test/fixtures/attachments/system.ts), to see a link expire in a second.
 */
export const downloadDeps: DownloadDeps = {
  getTicket: (number) => getTicket(ticketStore, number),
  getAttachment: (number, id) => getAttachment(ticketStore, number, id),
  files: downloadSigner(s3, requiredEnv('FILES_BUCKET')),
  now: () => new Date(),
  linkSeconds: process.env['DOWNLOAD_LINK_SECONDS'] ? Number(process.env['DOWNLOAD_LINK_SECONDS']) : undefined,
};
