import { useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { useLoad, type Loaded } from './use-load';

/** How many rows a page shows. */
export const pageSize = 20;
// A filtered page may hold fewer rows than asked (the API's filter applies to what one request
// read): follow the cursor for a few requests to fill the page, then let the person ask for more.
const requestsPerPage = 5;

/** One request of a list: the API's page of `tickets` and the cursor of the next, null at the end. */
export type PageRequest<Row> = (paging: { limit: number; cursor?: string }) => Promise<{ tickets: readonly Row[]; cursor: string | null }>;

/** The pages added by "Show more": their rows, the cursor to go on from, and that request's state. */
export interface MorePages<Row> {
  readonly rows: readonly Row[];
  readonly cursor: string | null;
  readonly loading: boolean;
  readonly error?: string | undefined;
}

/** A paged list as a page shows it; `first.value.alongside` is what was loaded with its first page. */
export interface PagedRows<Row, Alongside> {
  readonly first: Loaded<{ rows: readonly Row[]; alongside: Alongside }>;
  readonly retry: () => void;
  /** The first page's rows and those shown more, in order. */
  readonly rows: readonly Row[];
  readonly more: MorePages<Row>;
  readonly loadMore: () => Promise<void>;
}

/**
 * A list read from a paged API route, as the portal's Support Cases and the console's queue show
 * it: the first page (filled by following the cursor for a few requests, so a filter rarely shows
 * a short page) loaded again whenever `keys` change, with `alongside` (such as the queue's counts)
 * loaded at the same time; then "Show more" pages after it, whose failure is kept apart from the
 * rows already shown.
 */
export function usePagedRows<Row, Alongside = undefined>(request: PageRequest<Row>, keys: readonly unknown[], alongside?: () => Promise<Alongside>): PagedRows<Row, Alongside> {
  const [more, setMore] = useState<MorePages<Row>>({ rows: [], cursor: null, loading: false });

  const fill = async (from: string | null) => {
    const rows: Row[] = [];
    let cursor = from;
    for (let made = 0; made < requestsPerPage && (made === 0 || cursor) && rows.length < pageSize; made++) {
      const page = await request({ limit: pageSize, ...(cursor ? { cursor } : {}) });
      rows.push(...page.tickets);
      cursor = page.cursor;
    }
    return { rows, cursor };
  };

  const [first, retry] = useLoad(async () => {
    const [page, also] = await Promise.all([fill(null), alongside?.()]);
    setMore({ rows: [], cursor: page.cursor, loading: false });
    return { rows: page.rows, alongside: also as Alongside };
  }, keys);

  const loadMore = async () => {
    setMore((m) => ({ ...m, loading: true, error: undefined }));
    try {
      const page = await fill(more.cursor);
      setMore((m) => ({ rows: [...m.rows, ...page.rows], cursor: page.cursor, loading: false }));
    } catch (error) {
      setMore((m) => ({ ...m, loading: false, error: error instanceof ApiError ? error.message : 'Something went wrong. Try again.' }));
    }
  };

  const rows = first.state === 'loaded' ? [...first.value.rows, ...more.rows] : [];
  return { first, retry, rows, more, loadMore };
}
