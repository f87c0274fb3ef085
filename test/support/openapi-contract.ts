import { readFileSync } from 'node:fs';
import Ajv2020 from 'ajv/dist/2020';
import type { ErrorObject, ValidateFunction } from 'ajv/dist/2020';
import addFormats from 'ajv-formats';

/*
 * The API's responses held to its OpenAPI document: every response an integration test receives
 * is checked against the schema the document gives for its operation and status, so a response
 * that drifts from the document fails the test that saw it (test/support/api.ts).
 */

type Json = Record<string, unknown>;
interface MediaType {
  readonly schema?: Json;
}
interface Operation {
  readonly operationId: string;
  readonly responses: Readonly<Record<string, { readonly content?: Readonly<Record<string, MediaType>> }>>;
}

const documentId = 'openapi.json';
const document = JSON.parse(readFileSync(new URL('../../functions/api/openapi/openapi.json', import.meta.url), 'utf8')) as { paths: Record<string, Record<string, Operation>> };

// strict: false, as the schemas live inside an OpenAPI document whose other keys are not JSON Schema.
const ajv = new Ajv2020({ strict: false, allErrors: true });
addFormats(ajv);
ajv.addSchema(document, documentId);

const operations = Object.entries(document.paths).flatMap(([template, item]) =>
  Object.entries(item).map(([method, operation]) => ({
    method: method.toUpperCase(),
    template,
    pattern: new RegExp(`^${template.replace(/\{\w+\}/g, '[^/]+')}$`),
    operation,
  })),
);

const pointerPart = (part: string) => part.replaceAll('~', '~0').replaceAll('/', '~1');
const validators = new Map<string, ValidateFunction>();

function validatorOf(template: string, method: string, status: string, mediaType: string): ValidateFunction {
  const pointer = `${documentId}#/paths/${pointerPart(template)}/${method.toLowerCase()}/responses/${status}/content/${pointerPart(mediaType)}/schema`;
  let validate = validators.get(pointer);
  if (!validate) {
    validate = ajv.compile({ $ref: pointer });
    validators.set(pointer, validate);
  }
  return validate;
}

const describe = (errors: readonly ErrorObject[] | null | undefined) =>
  (errors ?? []).map((error) => `${error.instancePath || '(body)'} ${error.message ?? ''}${error.params && 'additionalProperty' in error.params ? ` (${String(error.params['additionalProperty'])})` : ''}`).join('; ');

/** The operation of the document a request is for, or undefined when the API routes no such request. */
export function operationOf(method: string, url: string): { template: string; operation: Operation } | undefined {
  const path = new URL(url, 'http://api.invalid').pathname;
  return operations.find((candidate) => candidate.method === method.toUpperCase() && candidate.pattern.test(path));
}

/**
 * What is wrong with a response, measured against the document: an undocumented status, another
 * media type than documented, or a body its schema refuses. Undefined when it matches, and for a
 * request that is no operation of the API (a preflight, a path nothing routes).
 */
export function responseProblem(method: string, url: string, status: number, contentType: string | null, body: unknown): string | undefined {
  const found = operationOf(method, url);
  if (!found) return undefined;
  const request = `${method.toUpperCase()} ${url} (${found.operation.operationId})`;
  const response = found.operation.responses[String(status)] ?? found.operation.responses['default'];
  if (!response) return `${request} answered ${status}, which the OpenAPI document does not list (it lists ${Object.keys(found.operation.responses).join(', ')})`;
  const mediaType = (contentType ?? '').split(';')[0]?.trim().toLowerCase() ?? '';
  const documented = Object.keys(response.content ?? {});
  if (documented.length === 0) return undefined;
  if (!documented.includes(mediaType)) return `${request} answered ${status} as ${mediaType || 'no content type'}; the OpenAPI document says ${documented.join(' or ')}`;
  if (!mediaType.endsWith('json')) return undefined;
  const validate = validatorOf(found.template, method, response === found.operation.responses[String(status)] ? String(status) : 'default', mediaType);
  if (validate(body)) return undefined;
  return `${request} answered ${status} with a body that does not match its schema in the OpenAPI document: ${describe(validate.errors)}\nbody: ${JSON.stringify(body).slice(0, 2000)}`;
}

/**
 * fetch, holding each response to the document like callApi does: for clients such as
 * openapi-fetch that take their own fetch.
 * @throws Error when the response does not match the document.
 */
export async function contractCheckedFetch(request: Request): Promise<Response> {
  const response = await fetch(request);
  const text = await response.clone().text();
  let body: unknown = text;
  try {
    body = JSON.parse(text);
  } catch {
    // not JSON: checked as text
  }
  const { pathname, search } = new URL(request.url);
  const problem = responseProblem(request.method, pathname + search, response.status, response.headers.get('content-type'), body);
  if (problem) throw new Error(problem);
  return response;
}
