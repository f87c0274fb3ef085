import { beforeAll, describe, expect, it } from 'vitest';
import { defaultFunctionConcurrency } from '../../../infra/local/config';
import { subjectOf } from '../../../infra/local/identity';
import { signIn, ticketForm } from '../../support/api';
import type { ApiResponse, ApiUser } from '../../support/api';

/*
 * Many people changing one ticket at the same moment: every change the ticket's state still
 * allows lands, only a status move that the ticket has meanwhile made impossible is refused, and
 * the timeline afterwards replays to the ticket.
 */

const writers = 50;
const rounds = 3;
const priorities = ['low', 'normal', 'high', 'critical'];
const statuses = ['in_progress', 'open', 'awaiting_your_reply'];

interface TimelineEvent {
  readonly id: string;
  readonly kind: string;
  readonly actor: { readonly kind: string; readonly id: string };
  readonly at: string;
  readonly before: Record<string, unknown> | null;
  readonly after: Record<string, unknown>;
  readonly note?: string;
}

/** One of the concurrent writes: who sends what, and what it leaves in the ticket if it lands. */
interface Write {
  readonly kind: 'status' | 'priority' | 'assignee' | 'agentMessage' | 'customerMessage';
  /** The agent who sends it (each agent sends one write, so its events are known by actor). */
  readonly agent?: ApiUser;
  readonly value: string;
  readonly send: () => Promise<ApiResponse>;
}

let customer: ApiUser;
let agents: ApiUser[];

beforeAll(async () => {
  customer = await signIn();
  agents = await Promise.all(Array.from({ length: writers }, () => signIn({ agent: true })));
  // As many writes of each kind at once as the cloud runs sandboxes of a function, so that the rounds
  // race writers against each other rather than against the local functions' cold starts (round 1
  // once started a dozen sandboxes while its writers raced, and a write ran out of time in CI).
  const created = await customer.post('/v1/tickets', ticketForm('general'));
  const number: string = created.body.ticket.number;
  const warming = await Promise.all(mixedWrites(number, 0).slice(0, 5 * defaultFunctionConcurrency).map((write) => write.send()));
  for (const answer of warming) expect(answer.status, JSON.stringify(answer.body)).toBeLessThan(500);
}, 180_000);

/** 50 writes of five kinds on one ticket, each agent's write from its own agent. */
function mixedWrites(number: string, round: number): Write[] {
  return Array.from({ length: writers }, (_, index): Write => {
    const agent = agents[index] as ApiUser;
    const tag = `round ${round} writer ${index}`;
    switch (index % 5) {
      case 0: {
        const value = statuses[(index / 5) % statuses.length] as string;
        return { kind: 'status', agent, value, send: () => agent.post(`/v1/agent/tickets/${number}/status`, { status: value, note: tag }) };
      }
      case 1: {
        const value = priorities[Math.floor(index / 5) % priorities.length] as string;
        return { kind: 'priority', agent, value, send: () => agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { priority: value } }) };
      }
      case 2: {
        const value = `assignee of ${tag}`;
        return { kind: 'assignee', agent, value, send: () => agent.request('PATCH', `/v1/agent/tickets/${number}`, { body: { assignee: value } }) };
      }
      case 3: {
        const value = `Agent message of ${tag}`;
        // Public replies that await the customer, public replies, and internal notes.
        const options = [{ awaitReply: true }, {}, { internal: true }][Math.floor(index / 5) % 3];
        return { kind: 'agentMessage', agent, value, send: () => agent.post(`/v1/agent/tickets/${number}/messages`, { body: value, ...options }) };
      }
      default: {
        const value = `Customer message of ${tag}`;
        return { kind: 'customerMessage', value, send: () => customer.post(`/v1/tickets/${number}/messages`, { body: value }) };
      }
    }
  });
}

/** The events of one field's kinds, each with the field's value before and after. */
function chainOf(timeline: readonly TimelineEvent[], kinds: readonly string[], field: string) {
  return timeline.filter((event) => kinds.includes(event.kind)).map((event) => ({ before: event.before?.[field], after: event.after[field] }));
}

/** Checks that each event of the chain starts where the one before it ended, starting from `initial`. */
function expectUnbroken(chain: readonly { before: unknown; after: unknown }[], initial: unknown): unknown {
  let value = initial;
  chain.forEach((link, index) => {
    expect(link.before, `link ${index} of ${JSON.stringify(chain)}`).toEqual(value);
    value = link.after;
  });
  return value;
}

describe('50 people changing one ticket at the same moment', () => {
  it(
    `lands every change the ticket still allows, refuses only stale status moves, and leaves a timeline that replays to the ticket (${rounds} rounds)`,
    async () => {
      for (let round = 1; round <= rounds; round++) {
        const created = await customer.post('/v1/tickets', ticketForm('general'));
        expect(created.status).toBe(201);
        const number: string = created.body.ticket.number;

        const writes = mixedWrites(number, round);
        const answers = await Promise.all(writes.map((write) => write.send()));
        const outcome = (index: number) => `${writes[index]?.kind} ${writes[index]?.value}: ${answers[index]?.status} ${JSON.stringify(answers[index]?.body)}`;

        // No server error, and a refusal only for a status move the ticket no longer allows.
        answers.forEach((answer, index) => {
          const write = writes[index] as Write;
          expect(answer.status, outcome(index)).toBeLessThan(500);
          if (write.kind === 'status' && answer.status === 409) {
            expect(answer.body.error.code, outcome(index)).toBe('transition_not_allowed');
            expect(answer.body.error.message, outcome(index)).toMatch(new RegExp(`cannot move from .+ to .+\\(${write.value}\\)`));
          } else {
            expect(answer.status, outcome(index)).toBe(write.kind.endsWith('Message') ? 201 : 200);
          }
        });

        const detail = await agents[0]!.get(`/v1/agent/tickets/${number}`);
        expect(detail.status).toBe(200);
        const ticket = detail.body.ticket;
        const timeline: TimelineEvent[] = detail.body.timeline;
        const eventsOf = (write: Write) => timeline.filter((event) => event.kind !== 'service_level' && write.agent && event.actor.id === subjectOf(write.agent.email));

        // Every message is in the thread once, in the order of the timeline's message events.
        const sentMessages = writes.filter((write) => write.kind.endsWith('Message')).map((write) => write.value);
        const bodies: string[] = detail.body.messages.map((message: { body: string }) => message.body);
        expect([...bodies].sort()).toEqual([...sentMessages].sort());
        const messageIds = detail.body.messages.map((message: { id: string }) => message.id);
        expect(timeline.filter((event) => event.kind === 'message').map((event) => event.after['messageId'])).toEqual(messageIds);

        // Every status move that was accepted is in the timeline once (by its note), and no refused one.
        writes.forEach((write, index) => {
          if (write.kind !== 'status') return;
          const noted = timeline.filter((event) => event.note === `round ${round} writer ${index}`);
          expect(noted.map((event) => event.after['status']), outcome(index)).toEqual(answers[index]?.status === 200 ? [write.value] : []);
        });
        // Every assignee (each write names a new one) is set exactly once, by the agent who asked.
        writes.forEach((write, index) => {
          if (write.kind !== 'assignee') return;
          expect(eventsOf(write).map((event) => [event.kind, event.after['assignee']]), outcome(index)).toEqual([['assignee', write.value]]);
        });
        // A priority is set by the agent who asked, unless the ticket already had it when they asked.
        const priorityChanges = writes.filter((write, index) => {
          if (write.kind !== 'priority') return false;
          const events = eventsOf(write).map((event) => [event.kind, event.after['priority']]);
          expect(events.length === 0 || JSON.stringify(events) === JSON.stringify([['priority', write.value]]), `${outcome(index)}: ${JSON.stringify(events)}`).toBe(true);
          return events.length === 1;
        }).length;

        // The timeline replays to the ticket: each field's chain is unbroken and ends at the ticket's value.
        const first = timeline[0] as TimelineEvent;
        expect(first.kind).toBe('created');
        expect(expectUnbroken(chainOf(timeline, ['status', 'solved', 'reopened'], 'status'), first.after['status'])).toBe(ticket.status.code);
        expect(expectUnbroken(chainOf(timeline, ['priority'], 'priority'), first.after['priority'])).toBe(ticket.priority);
        expect(expectUnbroken(chainOf(timeline, ['assignee'], 'assignee'), null)).toBe(ticket.assignee);
        // ...in time order, the ticket's updatedAt being its newest event's time...
        const times = timeline.map((event) => event.at);
        expect(times).toEqual([...times].sort());
        expect(ticket.updatedAt).toBe(times.at(-1));
        // ...and with one version per change that was written: nothing lost, nothing doubled.
        const landed = answers.filter((answer, index) => answer.status < 300 && writes[index]?.kind !== 'priority').length + priorityChanges;
        expect(ticket.version).toBe(1 + landed);
      }
    },
    // Only catches a hang: each round's writes finish well within one function timeout.
    300_000,
  );
});
