import { publicRoute } from '../shared/http';
import document from './openapi/openapi.json';

/** GET /v1/openapi.json: the OpenAPI 3.1 document, built by `npm run openapi` and bundled as it was committed. */
export const handler = publicRoute(async () => ({ statusCode: 200, body: document }));
