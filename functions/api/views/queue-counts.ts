import type { QueueCounts } from '../../use-cases/tickets/count-queue';
import type { QueueCountsView } from './queue-counts-schemas';

/** The queue's counts as the API returns them: per phase, the tickets counted and whether there are more. */
export function queueCountsView(counts: QueueCounts): QueueCountsView {
  const phase = ({ count, more }: { count: number; more: boolean }) => ({ count, more });
  return { phases: { open: phase(counts.phases.open), awaiting_reply: phase(counts.phases.awaiting_reply), solved: phase(counts.phases.solved) }, upTo: counts.upTo };
}
