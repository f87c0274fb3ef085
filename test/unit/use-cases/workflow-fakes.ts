import { redacted } from '../../support/redacted';
import { statusOf } from '../../../functions/domain/catalog';
import type { Change, Message, Ticket, TicketDetails, TicketType } from '../../../functions/domain/types';
import type { Waiting, WorkflowRecord } from '../../../functions/data/workflows';
import type { ProviderName, ProviderReference } from '../../../functions/providers/types';
import type {
  DeliveryRecord,
  ExecutionDescription,
  ExecutionGateway,
  ExecutionStep,
  StartedExecution,
  WorkflowRepository,
  WorkflowWriteDeps,
} from '../../../functions/use-cases/workflows/ports';
import { ownerOfEmail } from '../../../functions/domain/owner';

/*
 * The workflow use cases' seam bound to plain objects: what the use cases stored and sent is read
 * back from them. Only the seam's contract is reproduced (a conditional write on the version, a
 * wait cleared only by its own token), never the table.
 */

export const now = new Date('2025-03-02T12:30:00.000Z');

export function ticketOf(type: TicketType, status: string, details: TicketDetails = {}, overrides: Partial<Ticket> = {}): Ticket {
  return {
    number: '12345678',
    type,
    subject: redacted('Help'),
    description: redacted('Please.'),
    priority: 'normal',
    status,
    phase: statusOf(type, status).phase,
    reportStatus: null,
    details,
    requester: { sub: 'sub-customer', email: 'alice@example.com', owner: ownerOfEmail('alice@example.com'), name: redacted('Alice') },
    assignee: null,
    lastReply: null,
    customerLastWrote: null,
    createdAt: '2025-03-01T09:00:00.000Z',
    updatedAt: '2025-03-01T09:00:00.000Z',
    activityAt: '2025-03-01T09:00:00.000Z',
    version: 3,
    ...overrides,
  };
}

/** The repository's state: tickets, messages, workflow records, task tokens, references and deliveries. */
export class MemoryWorkflows implements WorkflowRepository {
  readonly tickets = new Map<string, Ticket>();
  readonly messages = new Map<string, Message[]>();
  readonly records = new Map<string, WorkflowRecord>();
  readonly tokens = new Map<string, string>();
  readonly references = new Map<string, string>();
  readonly deliveries: DeliveryRecord[] = [];
  readonly executions = new Map<string, string>();

  add(ticket: Ticket, record: WorkflowRecord = {}, token?: string): this {
    this.tickets.set(ticket.number, ticket);
    this.records.set(ticket.number, record);
    if (token) this.tokens.set(ticket.number, token);
    return this;
  }

  async getTicket(number: string) {
    return this.tickets.get(number);
  }
  async currentTicket(number: string) {
    return this.tickets.get(number);
  }
  async saveChange(change: Change, expectedVersion: number) {
    const stored = this.tickets.get(change.ticket.number);
    if (stored && stored.version !== expectedVersion) throw new Error(`version ${stored.version}, expected ${expectedVersion}`);
    this.tickets.set(change.ticket.number, change.ticket);
    if (change.message) this.messages.set(change.ticket.number, [...(this.messages.get(change.ticket.number) ?? []), change.message]);
  }
  async messagesOf(number: string) {
    return this.messages.get(number) ?? [];
  }
  async getWorkflow(number: string) {
    return this.records.get(number) ?? {};
  }
  async recordExecution(number: string, executionArn: string) {
    this.executions.set(number, executionArn);
  }
  async startWaiting(number: string, waiting: Waiting, taskToken: string) {
    this.records.set(number, { ...this.records.get(number), waiting });
    this.tokens.set(number, taskToken);
  }
  async getTaskToken(number: string) {
    return this.tokens.get(number);
  }
  async stopWaiting(number: string, taskToken: string) {
    if (this.tokens.get(number) !== taskToken) return false;
    this.tokens.delete(number);
    const { waiting: _cleared, ...rest } = this.records.get(number) ?? {};
    this.records.set(number, rest);
    return true;
  }
  async recordProviderReference(number: string, step: string, created: ProviderReference) {
    this.records.set(number, { ...this.records.get(number), provider: created.provider, reference: created.reference, referenceStep: step });
    this.references.set(`${created.provider}#${created.reference}`, number);
  }
  async ticketOfReference(provider: ProviderName, reference: string) {
    return this.references.get(`${provider}#${reference}`);
  }
  async deliverySeen(provider: ProviderName, eventId: string) {
    return this.deliveries.some((delivery) => delivery.provider === provider && delivery.eventId === eventId);
  }
  async recordDelivery(delivery: DeliveryRecord) {
    if (await this.deliverySeen(delivery.provider, delivery.eventId)) return false;
    this.deliveries.push(delivery);
    return true;
  }
}

/** Executions that answer as told: which tasks are gone, whether an execution exists already. */
export class RecordedExecutions implements ExecutionGateway {
  readonly answers: { taskToken: string; output: unknown }[] = [];
  readonly heartbeats: string[] = [];
  readonly started: string[] = [];
  readonly stopped: string[] = [];
  readonly goneTokens = new Set<string>();
  alreadyStarted = false;

  async start(type: string, number: string): Promise<StartedExecution> {
    this.started.push(number);
    return { executionArn: `arn:aws:states:us-east-1:000000000000:execution:${type}:${number}`, alreadyStarted: this.alreadyStarted };
  }
  async stop(_type: string, number: string) {
    this.stopped.push(number);
  }
  async answer(taskToken: string, output: unknown) {
    if (this.goneTokens.has(taskToken)) return false;
    this.answers.push({ taskToken, output });
    return true;
  }
  async heartbeat(taskToken: string) {
    if (this.goneTokens.has(taskToken)) return false;
    this.heartbeats.push(taskToken);
    return true;
  }
  async describe(): Promise<ExecutionDescription | undefined> {
    return undefined;
  }
  async history(): Promise<readonly ExecutionStep[]> {
    return [];
  }
}

/** Deps over the fakes, with a fixed clock and all the time in the world. */
export function depsOf(workflows: MemoryWorkflows, executions = new RecordedExecutions()): WorkflowWriteDeps & { workflows: MemoryWorkflows; executions: RecordedExecutions } {
  return { workflows, executions, now: () => now, remainingMs: () => 60_000 };
}
