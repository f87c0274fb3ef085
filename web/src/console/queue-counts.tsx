import { answer, type Api, type Schemas } from '../api/client';

type QueueCounts = Schemas['QueueCounts'];
type PhaseCount = QueueCounts['phases']['open'];

const counts = new Intl.NumberFormat();

/**
 * How many tickets each phase of the queue holds for the assignee and priority chosen (the filters
 * the API counts by key), or undefined when the counts cannot be had: the queue works without them.
 */
export async function loadQueueCounts(api: Api, filters: { assignee: string; priority: string }): Promise<QueueCounts | undefined> {
  const query = { ...(filters.assignee ? { assignee: filters.assignee } : {}), ...(filters.priority ? { priority: filters.priority as NonNullable<Schemas['AgentTicketRow']['priority']> } : {}) };
  try {
    return await answer(api.GET('/v1/agent/queue/counts', { params: { query } }));
  } catch {
    return undefined;
  }
}

/** A phase's count beside its name, in the agent's language: "12", or "1,000+" past the API's bound; read out as "12 tickets". */
export function PhaseCount({ count }: { count: PhaseCount | undefined }) {
  if (!count) return null;
  const shown = `${counts.format(count.count)}${count.more ? '+' : ''}`;
  const spoken = count.more ? `more than ${counts.format(count.count)} tickets` : `${counts.format(count.count)} ${count.count === 1 ? 'ticket' : 'tickets'}`;
  return (
    <span class="phase-count">
      <span aria-hidden="true">{shown}</span>
      <span class="visually-hidden">, {spoken}</span>
    </span>
  );
}
