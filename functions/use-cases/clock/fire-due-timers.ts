import { timerShards } from '../../data/items/ticket';
import type { ClockSettings } from '../../domain/clock/settings';
import { dueClockStep, fireClockStep, nextClockAt } from '../../domain/clock/ticket-clock';
import { timeOfChange } from '../../domain/ticket';
import type { IdSource } from '../../domain/ids';
import type { Ticket } from '../../domain/types';
import { logger } from '../../shared/observability';
import { countChange } from '../change-metrics';
import { retryOnWriteConflict, type RemainingTime } from '../conflicts';
import type { TicketRepository } from '../tickets/ports';

/** What the clock's tick needs: the tickets, the index of due timers, the settings and ids. */
export interface ClockDeps {
  readonly tickets: Pick<TicketRepository, 'currentTicket' | 'saveChange'>;
  /** Numbers of tickets in one shard whose next timer is at or before `now`, earliest first. */
  readonly dueInShard: (shard: number, now: string, limit: number) => Promise<readonly string[]>;
  readonly settings: ClockSettings;
  readonly newId: IdSource;
  readonly remainingMs: RemainingTime;
}

/** What one ticket's timer did at a tick: which concern acted, and how. */
export interface FiredTimer {
  readonly number: string;
  readonly concern: string;
  readonly action: string;
}

/** How many due tickets one tick takes from each shard; the rest wait for the next minute. */
export const dueTicketsPerShard = 100;

/** At most this many steps fire for one ticket at one tick (each is stored before the next is asked for). */
export const stepsPerTicketAtOnce = 10;

/**
 * Fires one ticket's due steps (see fireDueStep) until nothing is due at `now`: a ticket whose
 * service level breaches at the instant its complaint warns hears of both at the same tick.
 * @throws WriteContentionError when the invocation runs out of time to retry.
 */
export async function fireDueTimer(deps: ClockDeps, number: string, now: string): Promise<FiredTimer[]> {
  const fired: FiredTimer[] = [];
  while (fired.length < stepsPerTicketAtOnce) {
    const step = await fireDueStep(deps, number, now);
    if (!step) break;
    fired.push(step);
  }
  return fired;
}

/**
 * Fires the earliest step due for one ticket, if it still has one:
 * 1. the ticket is read, and the clock's concerns say what is due at `now` for it as it stands (a
 *    ticket the customer answered meanwhile has nothing due);
 * 2. the step is stored as a change conditional on the version read, and the ticket's next timer
 *    with it;
 * 3. when someone else changed the ticket meanwhile, it is read again and asked afresh.
 * A tick delivered twice finds the first one's step done (the ticket moved on, or its warning is
 * marked) and does nothing. A ticket listed with nothing due (the settings changed since it was
 * stored) gets its next timer stored again, so that it is not read at every tick.
 * @throws WriteContentionError when the invocation runs out of time to retry.
 */
function fireDueStep(deps: ClockDeps, number: string, now: string): Promise<FiredTimer | undefined> {
  return retryOnWriteConflict(deps.remainingMs, async (conflict) => {
    const ticket = await deps.tickets.currentTicket(number, conflict);
    if (!ticket) return undefined;
    const due = dueClockStep(ticket, deps.settings, now);
    if (!due) {
      await refreshNextTimer(deps, ticket);
      return undefined;
    }
    const change = fireClockStep(ticket, due, deps.settings, timeOfChange(ticket, new Date(now)), deps.newId);
    await deps.tickets.saveChange(change, ticket.version);
    countChange(change);
    logger.info('timer fired', { ticketNumber: number, concern: due.concern, action: due.action, dueAt: due.at });
    return { number, concern: due.concern, action: due.action };
  });
}

/** Stores the ticket's next timer when the one it is listed by is no longer right; the ticket is otherwise left as it is. */
async function refreshNextTimer(deps: ClockDeps, ticket: Ticket): Promise<void> {
  const next = nextClockAt(ticket, deps.settings);
  if ((ticket.nextTimerAt ?? null) === next) return;
  await deps.tickets.saveChange({ ticket, events: [] }, ticket.version);
  logger.info('next timer refreshed', { ticketNumber: ticket.number, nextTimerAt: next });
}

/**
 * The clock's tick at `now` (the scheduled event's time, never the system clock): every shard of
 * the timers index is read by key for the tickets due, and each ticket's timer is fired in turn.
 * @throws WriteContentionError as fireDueTimer; the table's errors.
 */
export async function fireDueTimers(deps: ClockDeps, now: string): Promise<FiredTimer[]> {
  const shards = Array.from({ length: timerShards }, (_, shard) => shard);
  const numbers = (await Promise.all(shards.map((shard) => deps.dueInShard(shard, now, dueTicketsPerShard)))).flat();
  const fired: FiredTimer[] = [];
  for (const number of numbers) fired.push(...(await fireDueTimer(deps, number, now)));
  return fired;
}
