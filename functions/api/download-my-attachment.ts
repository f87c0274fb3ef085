import { downloadDeps } from '../use-cases/attachments/download-deps';
import { downloadAttachment } from '../use-cases/attachments/download-attachment';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { attachmentIdOf, ticketNumberOf } from './params';
import { attachmentDownloadView } from './views/attachments';

/** GET /v1/tickets/{number}/attachments/{attachmentId}: a few minutes' link to a ready file of the caller's ticket. */
export const handler = httpRoute(routes.downloadMyAttachment, {}, async (request) => ({
  statusCode: 200,
  body: attachmentDownloadView(await downloadAttachment(downloadDeps, request.caller, ticketNumberOf(request), attachmentIdOf(request), 'customer')),
}));
