import { createServer, type ServerResponse } from 'node:http';
import type { AddressInfo } from 'node:net';

/** What the sandbox probe does once the barrier answers it (see test/fixtures/sandboxes/probe.ts). */
export type Order = 'answer' | 'block' | 'exit' | 'throw-uncaught';

/** An invocation of the probe that reached the barrier and waits for its order. */
export interface Arrival {
  readonly id: string;
  /** Names the sandbox the invocation runs in. */
  readonly sandbox: string;
  answer(order: Order): void;
}

/**
 * A server the probe function calls from inside its sandbox and that answers only when the test
 * says, so a test knows which invocations are running at once and decides when each goes on.
 */
export class Barrier {
  private readonly arrived = new Map<string, Arrival>();
  private readonly waiting = new Map<string, (arrival: Arrival) => void>();
  private readonly listeners: Array<(arrival: Arrival) => void> = [];
  private readonly held = new Set<ServerResponse>();
  private readonly server = createServer((request, response) => {
    const query = new URL(request.url ?? '/', 'http://barrier').searchParams;
    const id = query.get('id') ?? '';
    this.held.add(response);
    const arrival: Arrival = {
      id,
      sandbox: query.get('sandbox') ?? '',
      answer: (order) => {
        this.held.delete(response);
        response.end(order);
      },
    };
    this.arrived.set(id, arrival);
    this.waiting.get(id)?.(arrival);
    for (const listener of this.listeners) listener(arrival);
  });

  /** The URL the probe calls. */
  get url(): string {
    return `http://127.0.0.1:${(this.server.address() as AddressInfo).port}/`;
  }

  /** Starts listening on a free port of 127.0.0.1. */
  async open(): Promise<void> {
    await new Promise<void>((resolve) => this.server.listen(0, '127.0.0.1', resolve));
  }

  /** The arrival of the invocation named `id`, once it has come. */
  arrival(id: string): Promise<Arrival> {
    const arrived = this.arrived.get(id);
    return arrived ? Promise.resolve(arrived) : new Promise((resolve) => this.waiting.set(id, resolve));
  }

  /** Calls `listener` with every arrival from now on. */
  onArrival(listener: (arrival: Arrival) => void): void {
    this.listeners.push(listener);
  }

  /** Lets every held invocation go on (answering) and stops listening. */
  async close(): Promise<void> {
    for (const response of this.held) response.end('answer');
    this.server.closeAllConnections();
    await new Promise<void>((resolve) => this.server.close(() => resolve()));
  }
}
