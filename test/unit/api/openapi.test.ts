import { describe, expect, it } from 'vitest';
import { openApiDocument } from '../../../functions/api/openapi';
import { system } from '../../../infra/system';
import { openApiProblems } from './openapi-structure';

const document = openApiDocument('https://api.example.com');
type Operation = { operationId: string; security?: unknown[]; responses: Record<string, unknown>; requestBody?: unknown };
const operationOf = (method: string, path: string) => (document.paths[path] as Record<string, Operation> | undefined)?.[method.toLowerCase()];

describe('the OpenAPI document', () => {
  it.each(system.routes.map((route) => [route.method, route.path, route.function] as const))('has an operation for %s %s, named after %s', (method, path, fn) => {
    expect(operationOf(method, path)?.operationId).toBe(fn);
  });

  it('has no operation that the system description does not route', () => {
    const documented = Object.entries(document.paths).flatMap(([path, item]) => Object.keys(item).map((method) => `${method.toUpperCase()} ${path}`));
    expect(documented.sort()).toEqual(system.routes.map((route) => `${route.method} ${route.path}`).sort());
  });

  it('is structurally valid OpenAPI 3.1', () => {
    expect(openApiProblems(document)).toEqual([]);
  });

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

  it('names the server it is given', () => {
    expect(document.servers).toEqual([{ url: 'https://api.example.com' }]);
    expect(openApiDocument()).not.toHaveProperty('servers');
  });
});

describe('the structural check', () => {
  const valid = () => JSON.parse(JSON.stringify(document)) as Record<string, any>;

  it('finds a 3.0 version, a missing response description and an undeclared path parameter', () => {
    const broken = valid();
    broken['openapi'] = '3.0.3';
    broken['paths']['/v1/tickets/{number}'].get.responses['200'] = {};
    broken['paths']['/v1/tickets/{number}'].get.parameters = [];
    expect(openApiProblems(broken)).toEqual([
      'openapi is 3.0.3, not 3.1.x',
      'GET /v1/tickets/{number}: path parameter {number} is not declared',
      'GET /v1/tickets/{number} 200: a response needs a description',
    ]);
  });

  it('finds a dangling $ref, an undefined security scheme, a 3.0 nullable and a repeated operationId', () => {
    const broken = valid();
    broken['paths']['/v1/me'].get.responses['200'].content['application/json'].schema = { $ref: '#/components/schemas/Nobody' };
    broken['paths']['/v1/me'].get.security = [{ apiKey: [] }];
    broken['components']['schemas']['Ticket'].properties.subject.nullable = true;
    broken['paths']['/v1/tickets'].get.operationId = 'getMe';
    const problems = openApiProblems(broken);
    expect(problems).toContain('GET /v1/me: security names undefined scheme apiKey');
    expect(problems).toContain('operationId getMe is used twice');
    expect(problems).toContain('#/components/schemas/Ticket.properties.subject: "nullable" is OpenAPI 3.0; use type ["x", "null"] in 3.1');
    expect(problems).toContainEqual(expect.stringContaining('$ref #/components/schemas/Nobody does not resolve'));
  });
});
