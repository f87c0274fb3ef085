import type { JSX } from 'preact';
import type { Schemas } from '../api/client';
import { NotFoundPage } from '../pages/not-found-page';
import { Loading, Problem } from './states';
import { useLoad } from './use-load';

/** What a thread's files need: a download link for one of them, and a reload to see their states anew. */
export type TicketFiles = { download: (id: string) => Promise<Schemas['AttachmentDownload']>; refresh: () => void };

/** A ticket page's data once loaded, with what its parts need to act on it. */
export interface LoadedTicketPage<V extends { ticket: T }, T> {
  readonly value: V;
  readonly reload: () => void;
  readonly files: TicketFiles;
  /** Shows the ticket an action answered, keeping the rest of the page. */
  readonly withTicket: (next: T) => void;
  /** Shows a whole page's data an action made (a ticket with a new message, say). */
  readonly replace: (value: V) => void;
}

/**
 * Loads a ticket page (the customer's or the agent's view, by `load`) and says what to show until
 * it is there: "loading", "not found" for a missing number (another customer's ticket answers
 * exactly like a missing one, and so does its page), or the problem with a retry.
 * @param download the download link of one of the ticket's files, by the caller's own route.
 */
export function useTicketPage<V extends { ticket: T }, T>(
  number: string,
  load: () => Promise<V>,
  download: TicketFiles['download'],
): { readonly shown: JSX.Element } | { readonly page: LoadedTicketPage<V, T> } {
  const [loaded, reload, replace] = useLoad(load, [number]);
  if (loaded.state === 'loading') return { shown: <Loading what={`ticket ${number}`} /> };
  if (loaded.state === 'failed') {
    if (loaded.error.status === 404 || loaded.error.status === 400) return { shown: <NotFoundPage what={`Ticket ${number}`} /> };
    return { shown: <Problem message={loaded.error.message} retry={reload} /> };
  }
  const value = loaded.value;
  return { page: { value, reload, replace, files: { download, refresh: reload }, withTicket: (next) => replace({ ...value, ticket: next }) } };
}
