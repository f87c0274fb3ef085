import { changeSnapshotSchema, type ChangeSnapshot } from '../data/change-snapshot';
import type { TicketEvent } from '../domain/types';
import { noticeOf, type Notice } from './notices';
import { plainItem, type StreamChange } from './stream-image';

/** A timeline event worth telling someone about, with the change it was committed with. */
export interface NotifiableEvent {
  readonly event: TicketEvent;
  /** The event item's sort key, so the event can be found from the ledger. */
  readonly eventKey: string;
  readonly notice: Notice;
  readonly change: ChangeSnapshot;
}

/** What a change of the stream is to the notifier. */
export type StreamEventReading =
  | { readonly kind: 'notifiable'; readonly found: NotifiableEvent }
  /** Not a new timeline event, or one that tells nobody anything. */
  | { readonly kind: 'ignored' }
  /** A notifiable event whose item lacks a readable snapshot of its change: nothing can be built from it. */
  | { readonly kind: 'unreadable'; readonly eventId: string; readonly reason: string };

/**
 * Reads a change of the stream: a new timeline event, what it is worth telling (see noticeOf),
 * and the snapshot of the change it was committed with, all from its new image.
 * @throws Error for an attribute value of no known type (see plainItem).
 */
export function readStreamEvent(change: StreamChange): StreamEventReading {
  if (change.eventName !== 'INSERT' || !change.newImage) return { kind: 'ignored' };
  const item = plainItem(change.newImage);
  if (item['entity'] !== 'event' || typeof item['sk'] !== 'string') return { kind: 'ignored' };
  const event = item as unknown as TicketEvent;
  const notice = noticeOf(event);
  if (!notice) return { kind: 'ignored' };
  const snapshot = changeSnapshotSchema.safeParse(item['change']);
  if (!snapshot.success) return { kind: 'unreadable', eventId: String(event.id), reason: snapshot.error.message };
  return { kind: 'notifiable', found: { event, eventKey: item['sk'], notice, change: snapshot.data } };
}
