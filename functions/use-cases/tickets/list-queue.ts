import type { Identity, Phase, Priority, Ticket } from '../../domain/types';
import type { Page } from '../../data/tickets';
import type { TicketDeps } from './ports';

/** Which part of the agents' queue an agent asks for. */
export interface QueueRequest {
  /** Closed tickets leave the queue. */
  readonly phase: Exclude<Phase, 'closed'>;
  /** `me` (the agent asking), `nobody` (the unassigned) or an agent's sub; absent for everyone's. */
  readonly assignee?: string | undefined;
  readonly priority?: Priority | undefined;
  readonly status?: string | undefined;
  readonly type?: string | undefined;
}

/** Whose tickets `assignee` names: `me` is the agent asking, `nobody` the unassigned (null); absent for everyone's. */
export function assigneeOf(assignee: string | undefined, identity: Identity): string | null | undefined {
  if (assignee === 'me') return identity.sub;
  if (assignee === 'nobody') return null;
  return assignee;
}

/** One page of the agents' queue of one phase, by priority then age. */
export function listQueue(deps: TicketDeps, identity: Identity, request: QueueRequest, limit: number, cursor?: string): Promise<Page<Ticket>> {
  const { assignee, ...rest } = request;
  return deps.tickets.queueByPhase({ ...rest, assignee: assigneeOf(assignee, identity) }, limit, cursor);
}
