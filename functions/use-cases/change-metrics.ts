import type { Change } from '../domain/types';
import { countBusinessEvent } from '../shared/observability';

/**
 * Counts what a stored change did, as business metrics: a ticket opened (by type) and a status
 * moved (by type; solving and reopening included). Every use case that stores a change calls it
 * once the write succeeded, so the figures follow what was committed, whoever made the change.
 */
export function countChange(change: Change): void {
  const type = change.ticket.type;
  for (const event of change.events) {
    if (event.kind === 'created') countBusinessEvent('TicketsOpened', { type });
    if (event.kind === 'status' || event.kind === 'solved' || event.kind === 'reopened') countBusinessEvent('StatusChanges', { type });
  }
}
