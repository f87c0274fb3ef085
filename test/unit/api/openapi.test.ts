import { readFileSync } from 'node:fs';
import { Validator } from '@seriousme/openapi-schema-validator';
import Ajv2020 from 'ajv/dist/2020';
import addFormats from 'ajv-formats';
import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../functions/api/openapi/document';
import { operations } from '../../../functions/api/openapi/operations';
import { routes } from '../../../functions/api/routes';
import type { RouteFunction } from '../../../functions/api/routes';
import { system } from '../../../infra/system';
import { clientTypesText, documentText, pathOf, redocly } from '../../../scripts/openapi-artifacts';

const document = openApiDocument();
type Schema = Record<string, any>;
type Operation = { operationId: string; security?: unknown[]; responses: Record<string, Schema>; requestBody?: Schema; 'x-codeSamples'?: { lang: string; source: string }[] };
const operationOf = (method: string, path: string) => (document.paths[path] as Record<string, Operation> | undefined)?.[method.toLowerCase()];
const routeEntries = Object.entries(routes) as [RouteFunction, (typeof routes)[RouteFunction]][];

/** A JSON Schema validator that resolves the document's own references (#/components/schemas/...). */
function schemaChecker() {
  const ajv = new Ajv2020({ strict: false, allErrors: true });
  addFormats(ajv);
  ajv.addSchema(JSON.parse(JSON.stringify(document)) as object, 'openapi.json');
  const part = (text: string) => text.replaceAll('~', '~0').replaceAll('/', '~1');
  return (pointer: string[], value: unknown) => {
    const validate = ajv.compile({ $ref: `openapi.json#/${pointer.map(part).join('/')}` });
    return validate(value) ? [] : (validate.errors ?? []).map((error) => `${error.instancePath} ${error.message}`);
  };
}

describe('the OpenAPI document', () => {
  it.each(system.routes.map((route) => [route.method, route.path, route.function] as const))('has an operation for %s %s, named after %s', (method, path, fn) => {
    expect(operationOf(method, path)?.operationId).toBe(fn);
  });

  it('has no operation that the system description does not route', () => {
    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual(system.routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('is valid OpenAPI 3.1 for @seriousme/openapi-schema-validator', async () => {
    const result = await new Validator().validate(JSON.parse(JSON.stringify(document)) as Record<string, unknown>);
    expect(result.errors ?? []).toEqual([]);
    expect(result.valid).toBe(true);
  });

  it("passes Redocly's lint with the repository's config, without an error or a warning", async () => {
    const { stdout, stderr } = await redocly(['lint', pathOf('document'), '--format', 'json']);
    const report = JSON.parse(stdout) as { totals: { errors: number; warnings: number; ignored: number }; problems: { ruleId: string; message: string }[] };
    expect(report.problems.map((problem) => `${problem.ruleId}: ${problem.message}`), stderr).toEqual([]);
    expect(report.totals).toMatchObject({ errors: 0, warnings: 0 });
  }, 60_000);

  it('survives JSON as served, unchanged', () => {
    expect(JSON.parse(JSON.stringify(document))).toStrictEqual(document);
  });

  it('asks for a token on every route but the public ones, and says which answer 403', () => {
    for (const route of system.routes) {
      const operation = operationOf(route.method, route.path);
      expect(operation?.security ?? document.security, `${route.method} ${route.path}`).toEqual(route.auth === 'none' ? [] : [{ cognito: [] }]);
      expect(Object.keys(operation?.responses ?? {}).includes('403'), `${route.method} ${route.path}`).toBe(route.auth === 'agent');
    }
  });

  it('documents the 401 each webhook answers an unsigned, forged or stale delivery with', () => {
    for (const path of ['/v1/webhooks/paddle', '/v1/webhooks/coinpayments', '/v1/webhooks/j2tx']) {
      expect(operationOf('POST', path)?.responses['401']?.content['application/json'].schema).toEqual({ $ref: '#/components/schemas/Error' });
    }
  });

  it('tells list callers that a filtered page may be short, to follow the cursor, and what assignee=me and nobody mean', () => {
    for (const path of ['/v1/tickets', '/v1/agent/tickets']) {
      const operation = operationOf('GET', path) as Operation & { description: string; parameters: { name: string; description?: string }[] };
      expect(operation.description).toMatch(/at most 100 tickets/);
      expect(operation.description).toMatch(/fewer than `limit`, even none/);
      expect(operation.description).toMatch(/follow `cursor` until it is null/);
      expect(operation.parameters.find((parameter) => parameter.name === 'type')?.description).toMatch(/fewer than `limit`/);
    }
    const queue = operationOf('GET', '/v1/agent/tickets') as Operation & { parameters: { name: string; description?: string }[] };
    expect(queue.parameters.find((parameter) => parameter.name === 'assignee')?.description).toMatch(/`me`.*`nobody` for the unassigned/);
  });

  it('names a relative server: the API that serves the document, wherever it is deployed', () => {
    expect(document.servers).toEqual([{ url: '/', description: expect.any(String) }]);
  });

  it('marks what a ticket always carries as required, the agent-only fields in the agent variant', () => {
    const schemas = document.components.schemas as Record<string, Schema>;
    const always = ['number', 'type', 'subject', 'description', 'priority', 'phase', 'status', 'reportStatus', 'details', 'requester', 'lastReply', 'createdAt', 'updatedAt', 'version', 'satisfaction'];
    expect(schemas['CustomerTicket']?.['required']).toEqual(always);
    expect(schemas['AgentTicket']?.['required']).toEqual(expect.arrayContaining([...always, 'assignee', 'requesterId', 'customerLastWrote']));
    expect(schemas['CustomerTicket']?.['properties']).not.toHaveProperty('assignee');
    expect(schemas['CustomerTicket']?.['properties']).not.toHaveProperty('customerLastWrote');
    expect(schemas['CustomerTicketDetail']?.['properties']).toMatchObject({
      messages: { items: { $ref: '#/components/schemas/CustomerMessage' } },
      timeline: { items: { $ref: '#/components/schemas/CustomerEvent' } },
    });
  });

  it("gives every operation's success response a schema and an example that the schema accepts", () => {
    const problemsOf = schemaChecker();
    for (const [fn, route] of routeEntries) {
      const operation = operationOf(route.method, route.path);
      const success = String(operations[fn].success);
      const [[mediaType, media]] = Object.entries(operation?.responses[success]?.['content'] ?? {}) as [[string, Schema]];
      expect(media['example'], fn).toBeDefined();
      expect(problemsOf(['paths', route.path, route.method.toLowerCase(), 'responses', success, 'content', mediaType, 'schema'], media['example']), fn).toEqual([]);
    }
  });

  it('gives every refusal an example that its schema accepts, with a code the HTTP edge answers that status with', () => {
    const problemsOf = schemaChecker();
    for (const route of system.routes) {
      for (const [status, response] of Object.entries(operationOf(route.method, route.path)?.responses ?? {})) {
        if (!status.startsWith('4') && !status.startsWith('5')) continue;
        const where = `${route.method} ${route.path} ${status}`;
        // A page for people (a rating link's) refuses with a page.
        if (response['content']['text/html']) {
          expect(typeof response['content']['text/html']['example'], where).toBe('string');
          continue;
        }
        const media = response['content']['application/json'];
        expect(media['example'], where).toBeDefined();
        expect(problemsOf(['paths', route.path, route.method.toLowerCase(), 'responses', status, 'content', 'application/json', 'schema'], media['example']), where).toEqual([]);
        if (media['example'].error) expect(response['description'], where).toContain(`\`${media['example'].error.code}\``);
      }
    }
  });

  it('gives every request body an example that both its zod schema and its schema in the document accept', () => {
    const problemsOf = schemaChecker();
    for (const [fn, route] of routeEntries) {
      const { body, requestExample } = operations[fn];
      if (!body) continue;
      expect(requestExample, fn).toBeDefined();
      expect(body.safeParse(requestExample).success, fn).toBe(true);
      const media = operationOf(route.method, route.path)?.requestBody?.['content']['application/json'];
      expect(media['example'], fn).toEqual(requestExample);
      expect(problemsOf(['paths', route.path, route.method.toLowerCase(), 'requestBody', 'content', 'application/json', 'schema'], requestExample), fn).toEqual([]);
    }
  });

  it('gives every operation a request sample: a curl command with its method and path', () => {
    for (const [fn, route] of routeEntries) {
      const [sample] = operationOf(route.method, route.path)?.['x-codeSamples'] ?? [];
      expect(sample?.source, fn).toMatch(new RegExp(`^curl -X ${route.method} "\\$API${route.path.replace('{number}', '\\d{8}').replace('{attachmentId}', '[0-9A-Z]{26}').replace('{token}', '[0-9A-Za-z._-]+')}[?"]`));
    }
  });
});

describe('what npm run openapi commits', () => {
  const committed = readFileSync(pathOf('document'), 'utf8');

  it('is the document the route table and the schemas build now (run `npm run openapi` after changing them)', () => {
    expect(committed).toBe(documentText());
  });

  it('has client types that openapi-typescript generates from that document', async () => {
    expect(readFileSync(pathOf('client'), 'utf8')).toBe(await clientTypesText(committed));
  });

  it('has a docs page that embeds that document and loads no script, style or font from elsewhere', () => {
    const page = readFileSync(pathOf('docsPage'), 'utf8');
    const embedded = /const __redoc_definition = (.*);\n/.exec(page)?.[1];
    expect(JSON.parse(embedded ?? 'null')).toEqual(JSON.parse(committed));
    // Matches are compared, not the page: a failure shows the offending tag, not 2.6 MB of HTML.
    for (const outside of [/<script[^>]*\ssrc=[^>]*>/i, /<link[^>]*\shref=["']?(?:https?:)?\/\/[^>]*>/i, /@import\s+(?:url\()?["']?(?:https?:)?\/\/[^;]*/i, /url\(["']?(?:https?:)?\/\/[^)]*\)/i]) {
      expect(page.match(outside)?.[0]).toBeUndefined();
    }
    expect(page.match(/__redoc_options = (\{[^\n]*\});/)?.[1]).toMatch(/"disableTelemetry":true/);
  });
});
