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

/** A count as shown, in the agent's language: "12", or "1,000+" past the API's bound. */
function shownCount(count: PhaseCount): string {
  return `${counts.format(count.count)}${count.more ? '+' : ''}`;
}

/**
 * A phase's link as a screen reader reads it: its visible text ("Open 12") and what the number
 * counts, "Open 12 tickets", "Solved 1,000+ tickets".
 */
export function phaseWithCount(name: string, count: PhaseCount | undefined): string | undefined {
  if (!count) return undefined;
  return `${name} ${shownCount(count)} ${count.count === 1 && !count.more ? 'ticket' : 'tickets'}`;
}

/** A phase's count beside its name (the link's label says what it counts). */
export function PhaseCount({ count }: { count: PhaseCount | undefined }) {
  if (!count) return null;
  return (
    <>
      {' '}
      <span class="phase-count">{shownCount(count)}</span>
    </>
  );
}
