import { ticketsWithTimersDue } from '../../data/tickets';
import { newId } from '../../domain/ids';
import { deploymentClockSettings } from '../../shared/clock-settings';
import type { Invocation } from '../conflicts';
import { ticketStore } from '../tickets/deps';
import { ticketRepositoryOn } from '../tickets/dynamodb';
import type { ClockDeps } from './fire-due-timers';

const settings = deploymentClockSettings();
const tickets = ticketRepositoryOn(ticketStore, () => settings);

/** The clock's dependencies for one invocation, on the table: its retries end while it can still answer. */
export function clockDeps(invocation: Invocation): ClockDeps {
  return {
    tickets,
    dueInShard: (shard, now, limit) => ticketsWithTimersDue(ticketStore, shard, now, limit),
    settings,
    newId,
    remainingMs: () => invocation.getRemainingTimeInMillis(),
  };
}
