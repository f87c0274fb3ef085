import { uploadDeps } from '../use-cases/attachments/upload-deps';
import { requestUpload } from '../use-cases/attachments/request-upload';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { uploadBody } from './schemas';
import { uploadCreatedView } from './views/attachments';

/** POST /v1/uploads: an upload id and a presigned POST for one file, to attach to a ticket or message afterwards. */
export const handler = httpRoute(routes.requestUpload, { body: uploadBody }, async ({ caller, body }) => ({
  statusCode: 201,
  body: uploadCreatedView(await requestUpload(uploadDeps, caller, body)),
}));
