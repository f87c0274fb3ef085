import { publicRoute } from '../shared/http';
import page from './openapi/api-docs.html';

/**
 * GET /v1/docs: the API reference for people, rendered by Redoc from the OpenAPI document. One
 * self-contained page built by `npm run openapi` (script and document inlined), so it loads nothing
 * from anywhere else and works offline.
 */
export const handler = publicRoute(async () => ({ statusCode: 200, headers: { 'content-type': 'text/html; charset=utf-8' }, body: page }));
