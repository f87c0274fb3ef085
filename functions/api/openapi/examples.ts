import { describeStatus, reportStatusOf } from '../../domain/catalog';
import type { AttachmentView } from '../views/attachments-schemas';
import type { AgentEventView, AgentMessageView, AgentTicketView, CustomerEventView, CustomerMessageView, CustomerTicketView } from '../views/tickets-schemas';

/*
 * Examples the document shows for requests and responses. Each is typed by the schema it
 * illustrates (request input, response output), and the document's unit test validates each
 * against the schema in the built document, so an example cannot show what the API does not do.
 */

export const exampleNumber = '10004217';
/** A rating link's token (functions/domain/satisfaction/rating-link.ts), for ticket 10004217's "Good". */
export const exampleRatingToken = '10004217.1793610847512.g.1794820448.q0D3pXh2m7Vb9sKf4Lr8Tn1Wc6Yz5Ae0Gj2Ui3Oh7Ps';
const customerSub = '3f1c2b7a-5d4e-4f60-9a8b-1c2d3e4f5a6b';
const agentSub = '9b8a7c6d-1e2f-4a3b-8c9d-0e1f2a3b4c5d';
const openedAt = '2026-11-02T09:14:07.512Z';
const answeredAt = '2026-11-02T10:02:41.090Z';

export const exampleCustomerTicket: CustomerTicketView = {
  number: exampleNumber,
  type: 'withdrawal',
  subject: 'Withdrawal still pending',
  description: 'I withdrew 250 USDT on Monday and it has not arrived.',
  priority: 'normal',
  phase: 'open',
  status: describeStatus('withdrawal', 'submitted'),
  reportStatus: null,
  details: { amount: '250.00', currency: 'USDT', destination: 'TRC20 wallet TQn9Y2khEsLJW1ChVWFMSMeRDow5KcbLSE' },
  requester: { name: 'Alice Example', email: 'alice@example.com' },
  lastReply: null,
  createdAt: openedAt,
  updatedAt: openedAt,
  version: 1,
  satisfaction: { ratable: false, rating: null },
};

export const exampleGeneralTicket: Omit<CustomerTicketView, 'complaint'> = {
  ...exampleCustomerTicket,
  type: 'general',
  subject: 'Payout delayed',
  description: 'Since Monday.',
  status: describeStatus('general', 'open'),
  details: {},
};

export const exampleAgentTicket: AgentTicketView = {
  ...exampleGeneralTicket,
  priority: 'high',
  status: describeStatus('general', 'in_progress'),
  reportStatus: reportStatusOf('awaiting_opening'),
  assignee: agentSub,
  requesterId: customerSub,
  lastReply: { at: answeredAt, by: 'support' },
  customerLastWrote: answeredAt,
  updatedAt: answeredAt,
  version: 4,
  // High priority on the default calendar (Monday to Friday 09:00-17:00 UTC), seen when it was answered.
  serviceLevels: [
    {
      target: 'firstReply',
      state: 'met',
      startedAt: openedAt,
      dueAt: '2026-11-02T11:14:07.512Z',
      warningAt: '2026-11-02T10:44:07.512Z',
      warning: false,
      metAt: answeredAt,
      elapsedMs: 2_913_578,
      remainingMs: 4_286_422,
    },
    {
      target: 'resolution',
      state: 'running',
      startedAt: openedAt,
      dueAt: '2026-11-04T09:14:07.512Z',
      warningAt: '2026-11-03T13:14:07.512Z',
      warning: false,
      metAt: null,
      elapsedMs: 2_913_578,
      remainingMs: 54_686_422,
    },
  ],
};

export const exampleCustomerMessage: CustomerMessageView = {
  id: '01JBX7Q2S4N8M3K5H6G7F8D9C0',
  body: 'It is the wallet ending in LSE.',
  internal: false,
  from: 'customer',
  at: answeredAt,
  attachments: [],
};

export const exampleAgentMessage: AgentMessageView = {
  id: '01JBX7R9T1V3W5X7Y9Z1A3B5C7',
  body: 'Which wallet did you withdraw to?',
  internal: false,
  from: 'support',
  author: { kind: 'agent', id: agentSub },
  at: answeredAt,
  attachments: [],
};

export const exampleAttachment: AttachmentView = {
  id: '01JBX7P8M2K4H6G8F0D2C4B6A8',
  name: 'screenshot.png',
  size: 48213,
  contentType: 'image/png',
  internal: false,
  state: 'ready',
  reason: null,
};

export const exampleCustomerEvents: CustomerEventView[] = [
  { id: '01JBX5A1B2C3D4E5F6G7H8J9K0', kind: 'created', actor: { kind: 'customer' }, at: openedAt, before: null, after: { type: 'general', status: 'open', priority: 'normal', openedBy: 'customer' } },
  { id: '01JBX6M1N2P3Q4R5S6T7V8W9X0', kind: 'status', actor: { kind: 'support' }, at: answeredAt, before: { status: 'open' }, after: { status: 'in_progress' } },
];

export const exampleAgentEvents: AgentEventView[] = [
  { id: '01JBX5A1B2C3D4E5F6G7H8J9K0', kind: 'created', actor: { kind: 'customer', id: customerSub }, at: openedAt, before: null, after: { type: 'general', status: 'open', priority: 'normal', openedBy: 'customer' }, internal: false },
  { id: '01JBX6G1H2J3K4M5N6P7Q8R9S0', kind: 'assignee', actor: { kind: 'agent', id: agentSub }, at: answeredAt, before: { assignee: null }, after: { assignee: agentSub }, internal: true },
  {
    id: '01JBX6M1N2P3Q4R5S6T7V8W9X0',
    kind: 'status',
    actor: { kind: 'agent', id: agentSub },
    at: answeredAt,
    before: { status: 'open' },
    after: { status: 'in_progress' },
    internal: false,
    note: 'Checking the payout with finance.',
  },
];

export { agentSub as exampleAgentSub, customerSub as exampleCustomerSub, answeredAt as exampleTime };
