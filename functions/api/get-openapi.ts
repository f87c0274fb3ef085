import { publicRoute } from '../shared/http';
import { openApiDocument } from './openapi';

const document = openApiDocument();

/** GET /v1/openapi.json: the OpenAPI 3.1 document, generated from the validating schemas. */
export const handler = publicRoute(async () => ({ statusCode: 200, body: document }));
