import { describe, expect, it } from 'vitest';
import { exampleCustomerTicket } from '../../../functions/api/openapi/examples';
import { responseProblem } from '../../support/openapi-contract';

const json = 'application/json; charset=utf-8';
const detail = { ticket: exampleCustomerTicket, attachments: [], messages: [], timeline: [] };

describe("the integration tests' check of each response against the OpenAPI document", () => {
  it('accepts a response its operation documents, found from the method and the path with its number and query', () => {
    expect(responseProblem('GET', '/v1/tickets/10004217', 200, json, detail)).toBeUndefined();
    expect(responseProblem('GET', '/v1/tickets?limit=5', 200, json, { tickets: [], cursor: null })).toBeUndefined();
    expect(responseProblem('GET', '/v1/tickets/10004217', 401, json, { message: 'Unauthorized' })).toBeUndefined();
  });

  it('names the field a response lacks, and one it should not carry', () => {
    const { requester: _requester, ...withoutRequester } = exampleCustomerTicket;
    expect(responseProblem('GET', '/v1/tickets/10004217', 200, json, { ...detail, ticket: withoutRequester })).toMatch(
      /^GET \/v1\/tickets\/10004217 \(getMyTicket\) answered 200 with a body that does not match its schema in the OpenAPI document: \/ticket must have required property 'requester'/,
    );
    expect(responseProblem('GET', '/v1/tickets/10004217', 200, json, { ...detail, ticket: { ...exampleCustomerTicket, assignee: null } })).toMatch(
      /\/ticket must NOT have additional properties \(assignee\)/,
    );
  });

  it('refuses a status the operation does not document, and another media type', () => {
    expect(responseProblem('POST', '/v1/tickets/10004217/solve', 418, json, {})).toBe(
      'POST /v1/tickets/10004217/solve (solveMyTicket) answered 418, which the OpenAPI document does not list (it lists 200, 400, 401, 404, 409, 500)',
    );
    expect(responseProblem('GET', '/v1/docs', 200, json, {})).toMatch(/answered 200 as application\/json; the OpenAPI document says text\/html/);
  });

  it('leaves alone what is no operation of the API: a path nothing routes, a preflight', () => {
    expect(responseProblem('GET', '/v1/nowhere', 404, json, { message: 'Not Found' })).toBeUndefined();
    expect(responseProblem('OPTIONS', '/v1/tickets', 204, null, '')).toBeUndefined();
  });
});
