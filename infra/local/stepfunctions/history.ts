import type { HistoryEvent, HistoryEventType } from '@aws-sdk/client-sfn';

/** The details of a history event as the API sends them: one `...EventDetails` member. */
export type HistoryEventDetails = Omit<HistoryEvent, 'timestamp' | 'type' | 'id' | 'previousEventId'>;

/** A history event as GetExecutionHistory sends it: timestamps in epoch seconds. */
export type WireHistoryEvent = HistoryEventDetails & {
  readonly id: number;
  readonly previousEventId: number;
  readonly timestamp: number;
  readonly type: HistoryEventType;
};

/** The JSON text of a value as history events carry inputs and outputs. */
export function jsonText(value: unknown): string {
  return JSON.stringify(value === undefined ? null : value);
}

/**
 * The event history of one execution, in the order things happened. It closes with the event
 * that ends the execution; events arriving after that (from work being cancelled) are dropped.
 */
export class ExecutionHistory {
  private readonly events: WireHistoryEvent[] = [];
  private closed = false;

  /** Appends an event unless the history is closed; returns it, or undefined when dropped. */
  append(type: HistoryEventType, details: HistoryEventDetails = {}, now = Date.now()): WireHistoryEvent | undefined {
    if (this.closed) return undefined;
    const id = this.events.length + 1;
    const event: WireHistoryEvent = { ...details, id, previousEventId: id - 1, timestamp: now / 1000, type };
    this.events.push(event);
    return event;
  }

  /** Appends the event that ends the execution and closes the history. */
  end(type: HistoryEventType, details: HistoryEventDetails = {}): void {
    this.append(type, details);
    this.closed = true;
  }

  get isClosed(): boolean {
    return this.closed;
  }

  /** Every event so far, oldest first. */
  list(): readonly WireHistoryEvent[] {
    return this.events;
  }
}
