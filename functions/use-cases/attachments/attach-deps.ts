import { getUpload, putUpload } from '../../data/attachments';
import { filesGateway } from '../../gateways/files';
import { requiredEnv } from '../../shared/config';
import { s3 } from '../../shared/s3-client';
import { ticketStore } from '../tickets/deps';
import type { AttachDeps, UploadRepository } from './ports';

/*
 * The dependencies of the functions with `attach` files access, made once per cold start: a
 * missing FILES_BUCKET fails here, when the function loads. Uploads, attaching and downloads each
 * have a module of their own, so that a function bundles only the S3 code its use needs.
 */

/** The uploads on the function's table. */
export const uploadRepository: UploadRepository = { putUpload: (upload) => putUpload(ticketStore, upload), getUpload: (id) => getUpload(ticketStore, id) };

/** What attaching files needs. */
export const attachDeps: AttachDeps = { uploads: uploadRepository, files: filesGateway(s3, requiredEnv('FILES_BUCKET')), now: () => new Date() };
