/**
 * Every route of the HTTP API, once: its method, path and who may call it, keyed by the function
 * that serves it. The system description (infra/system.ts) deploys the routes from this table, each
 * route's handler checks its caller against the same entry (functions/shared/http.ts), and the
 * OpenAPI document is built from it. Plain data: no schema, SDK or CDK import, so that a handler's
 * bundle carries only this table.
 */

/** Who may call a route: any signed-in user, only the `agents` group, or anyone (signed bodies). */
export type RouteAuth = 'customer' | 'agent' | 'none';

/** One HTTP API route; `path` uses API Gateway's `{param}` syntax. */
export interface Route {
  readonly method: 'GET' | 'POST' | 'PUT' | 'PATCH' | 'DELETE';
  readonly path: string;
  readonly auth: RouteAuth;
}

export const routes = {
  getMe: { method: 'GET', path: '/v1/me', auth: 'customer' },
  createTicket: { method: 'POST', path: '/v1/tickets', auth: 'customer' },
  listMyTickets: { method: 'GET', path: '/v1/tickets', auth: 'customer' },
  getMyTicket: { method: 'GET', path: '/v1/tickets/{number}', auth: 'customer' },
  replyToMyTicket: { method: 'POST', path: '/v1/tickets/{number}/messages', auth: 'customer' },
  solveMyTicket: { method: 'POST', path: '/v1/tickets/{number}/solve', auth: 'customer' },
  reopenMyTicket: { method: 'POST', path: '/v1/tickets/{number}/reopen', auth: 'customer' },
  closeMyTicket: { method: 'POST', path: '/v1/tickets/{number}/close', auth: 'customer' },
  getMyPreferences: { method: 'GET', path: '/v1/me/preferences', auth: 'customer' },
  putMyPreferences: { method: 'PUT', path: '/v1/me/preferences', auth: 'customer' },
  listQueue: { method: 'GET', path: '/v1/agent/tickets', auth: 'agent' },
  countQueue: { method: 'GET', path: '/v1/agent/queue/counts', auth: 'agent' },
  openTicketForCustomer: { method: 'POST', path: '/v1/agent/tickets', auth: 'agent' },
  getTicketAsAgent: { method: 'GET', path: '/v1/agent/tickets/{number}', auth: 'agent' },
  replyAsAgent: { method: 'POST', path: '/v1/agent/tickets/{number}/messages', auth: 'agent' },
  changeStatus: { method: 'POST', path: '/v1/agent/tickets/{number}/status', auth: 'agent' },
  updateTicket: { method: 'PATCH', path: '/v1/agent/tickets/{number}', auth: 'agent' },
  listTicketTypes: { method: 'GET', path: '/v1/ticket-types', auth: 'customer' },
  getOpenApi: { method: 'GET', path: '/v1/openapi.json', auth: 'none' },
  getApiDocs: { method: 'GET', path: '/v1/docs', auth: 'none' },
  cancelMyTicket: { method: 'POST', path: '/v1/tickets/{number}/cancel', auth: 'customer' },
  decideTicket: { method: 'POST', path: '/v1/agent/tickets/{number}/decision', auth: 'agent' },
  getWorkflow: { method: 'GET', path: '/v1/agent/tickets/{number}/workflow', auth: 'agent' },
  requestUpload: { method: 'POST', path: '/v1/uploads', auth: 'customer' },
  downloadMyAttachment: { method: 'GET', path: '/v1/tickets/{number}/attachments/{attachmentId}', auth: 'customer' },
  downloadAttachmentAsAgent: { method: 'GET', path: '/v1/agent/tickets/{number}/attachments/{attachmentId}', auth: 'agent' },
  markMyComplaint: { method: 'POST', path: '/v1/tickets/{number}/complaint', auth: 'customer' },
  markComplaintAsAgent: { method: 'POST', path: '/v1/agent/tickets/{number}/complaint', auth: 'agent' },
  exportComplaints: { method: 'GET', path: '/v1/agent/reports/complaints', auth: 'agent' },
  rateMyTicket: { method: 'POST', path: '/v1/tickets/{number}/rating', auth: 'customer' },
  getSatisfactionReport: { method: 'GET', path: '/v1/agent/reports/satisfaction', auth: 'agent' },
  // The links of a solved ticket's email: the signed token in the path authenticates them, checked in the function.
  showRatingPage: { method: 'GET', path: '/v1/ratings/{token}', auth: 'none' },
  rateByLink: { method: 'POST', path: '/v1/ratings/{token}', auth: 'none' },
  // Outside parties authenticate by the signature on the body, checked in the function.
  paddleWebhook: { method: 'POST', path: '/v1/webhooks/paddle', auth: 'none' },
  coinpaymentsWebhook: { method: 'POST', path: '/v1/webhooks/coinpayments', auth: 'none' },
  j2txWebhook: { method: 'POST', path: '/v1/webhooks/j2tx', auth: 'none' },
} as const satisfies Readonly<Record<string, Route>>;

/** The name of a function that serves a route (the key of its entry above). */
export type RouteFunction = keyof typeof routes;
