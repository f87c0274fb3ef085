import { expect } from 'vitest';
import type { ApiResponse, ApiUser } from '../../support/api';
import { ticketForm } from '../../support/api';

/*
 * Steps the customer-route tests share: each one is a request a front end or an agent would make,
 * checked for success so that a failing step names itself instead of a later assertion.
 */

/** Expects a status, showing the body when it differs so a failure explains itself. */
export function expectStatus(response: ApiResponse, status: number): void {
  expect({ status: response.status, body: response.body }).toMatchObject({ status });
}

/** Opens a ticket of the type for the user and answers the ticket as the API returned it. */
export async function openTicket(user: ApiUser, type = 'general', overrides: Record<string, unknown> = {}): Promise<any> {
  const response = await user.post('/v1/tickets', ticketForm(type, overrides));
  expectStatus(response, 201);
  return response.body.ticket;
}

/** The numbers of the user's tickets, as one page of GET /v1/tickets lists them. */
export async function listedNumbers(user: ApiUser, query = ''): Promise<string[]> {
  const response = await user.get(`/v1/tickets${query}`);
  expectStatus(response, 200);
  return response.body.tickets.map((row: { number: string }) => row.number);
}

/** An agent's message on a ticket: a public reply, a reply awaiting the customer, or an internal note. */
export async function agentWrites(agent: ApiUser, number: string, message: { body: string; internal?: boolean; awaitReply?: boolean }): Promise<any> {
  const response = await agent.post(`/v1/agent/tickets/${number}/messages`, message);
  expectStatus(response, 201);
  return response.body;
}

/** An agent moves a ticket to a status. */
export async function agentMoves(agent: ApiUser, number: string, status: string): Promise<any> {
  const response = await agent.post(`/v1/agent/tickets/${number}/status`, { status });
  expectStatus(response, 200);
  return response.body.ticket;
}

/** The ticket, its public thread and its timeline as the customer sees them. */
export async function customerView(user: ApiUser, number: string): Promise<{ ticket: any; messages: any[]; timeline: any[] }> {
  const response = await user.get(`/v1/tickets/${number}`);
  expectStatus(response, 200);
  return response.body;
}

/** Everything an agent sees of a ticket, internal notes and events included. */
export async function agentView(agent: ApiUser, number: string): Promise<{ ticket: any; messages: any[]; timeline: any[] }> {
  const response = await agent.get(`/v1/agent/tickets/${number}`);
  expectStatus(response, 200);
  return response.body;
}
