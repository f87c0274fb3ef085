import { committedEventFromItem, type ChangeSnapshot } from '../data/items/event';
import { entityOfImage, plainItem } from '../data/stream-images';
import type { TicketEvent } from '../domain/types';
import { noticesOf, type Notice } from './notices';
import type { StreamChange } from './stream-changes';

/** A timeline event worth telling someone (one audience) about, with the change it was committed with. */
export interface NotifiableEvent {
  readonly event: TicketEvent;
  /** The event item's sort key, so the event can be found from the ledger. */
  readonly eventKey: string;
  readonly notice: Notice;
  readonly change: ChangeSnapshot;
}

/** What a change of the stream is to the notifier. */
export type StreamEventReading =
  /** One notice per audience the event tells, in the order they are sent. */
  | { readonly kind: 'notifiable'; readonly found: readonly NotifiableEvent[] }
  /** Not a new timeline event, or one that tells nobody anything. */
  | { readonly kind: 'ignored' };

/**
 * Reads a change of the stream: a new timeline event (its image parsed as the event item it is),
 * what it is worth telling (see noticesOf), and the snapshot of the change it was committed with.
 * @throws UnreadableItemError for an event image that does not parse, Error for an attribute
 * value of no known type (see plainItem): the change is then handed back to the stream, which
 * delivers it again and, in the end, to the on-failure queue.
 */
export function readStreamEvent(change: StreamChange): StreamEventReading {
  if (change.eventName !== 'INSERT' || entityOfImage(change.newImage) !== 'event' || !change.newImage) return { kind: 'ignored' };
  const { event, sk, change: snapshot } = committedEventFromItem(plainItem(change.newImage));
  const notices = noticesOf(event);
  if (notices.length === 0) return { kind: 'ignored' };
  return { kind: 'notifiable', found: notices.map((notice) => ({ event, eventKey: sk, notice, change: snapshot })) };
}
