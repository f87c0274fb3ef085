import type { Identity, Priority } from '../../domain/types';
import type { QueueCount } from '../../data/queue-counts';
import type { QueuePhase } from '../../data/items/ticket';
import { assigneeOf } from './list-queue';
import type { TicketDeps } from './ports';

/** Which part of the queue to count: the filters the queue serves by key. */
export interface QueueCountRequest {
  /** `me` (the agent asking), `nobody` (the unassigned) or an agent's sub; absent for everyone's. */
  readonly assignee?: string | undefined;
  readonly priority?: Priority | undefined;
}

/**
 * The most tickets one phase is counted up to: beyond it an agent sees "more than 1,000", and a
 * count costs the same however large the queue grows (data/queue-counts.ts says what it costs).
 */
export const queueCountBound = 1_000;

/** How many tickets each phase of the queue holds, each counted up to queueCountBound. */
export interface QueueCounts {
  readonly phases: Readonly<Record<QueuePhase, QueueCount>>;
  readonly upTo: number;
}

/** Counts the tickets of each phase of the agents' queue, for the whole team, one agent or the unassigned, and a priority. */
export async function countQueue(deps: TicketDeps, identity: Identity, request: QueueCountRequest): Promise<QueueCounts> {
  const selection = { assignee: assigneeOf(request.assignee, identity), priority: request.priority };
  const count = (phase: QueuePhase) => deps.tickets.countQueue({ ...selection, phase }, queueCountBound);
  const [open, awaitingReply, solved] = await Promise.all([count('open'), count('awaiting_reply'), count('solved')]);
  return { phases: { open, awaiting_reply: awaitingReply, solved }, upTo: queueCountBound };
}
