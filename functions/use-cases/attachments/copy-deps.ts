import { filesGateway } from '../../gateways/files';
import { requiredEnv } from '../../shared/config';
import { s3 } from '../../shared/s3-client';
import type { CopyDeps } from './copy-attached';

/** What copying attached files needs, made once per cold start: a missing FILES_BUCKET fails when the function loads. */
export const copyDeps: CopyDeps = { files: filesGateway(s3, requiredEnv('FILES_BUCKET')) };
