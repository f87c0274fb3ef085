import { Problem } from './states';
import type { PagedRows } from './use-paged-rows';

/**
 * Under a paged list: why "Show more" failed, if it did, and the button while there is more to
 * show (the portal's Support Cases and the console's queue).
 */
export function ShowMore<Row, Alongside>({ list }: { list: Pick<PagedRows<Row, Alongside>, 'first' | 'more' | 'loadMore'> }) {
  const { first, more, loadMore } = list;
  return (
    <>
      {more.error && <Problem message={more.error} />}
      {first.state === 'loaded' && more.cursor && (
        <button type="button" class="secondary" disabled={more.loading} onClick={() => void loadMore()}>
          {more.loading ? 'Loading…' : 'Show more tickets'}
        </button>
      )}
    </>
  );
}
