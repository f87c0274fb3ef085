import { useState } from 'preact/hooks';
import { ApiError, answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { Loading, PageTitle, Problem } from '../components/states';
import { useLoad } from '../components/use-load';
import { formatDateTime } from '../format';
import { navigate } from '../router';
import { phaseNames, priorityNames, typeNames, type Phase, type TicketType } from '../ticket-words';

type Row = Schemas['CustomerTicketRow'];
const pageSize = 20;
// A filtered page may hold fewer tickets than asked (the filter applies to what one request read):
// follow the cursor for a few requests to fill the page, then let the person ask for more.
const requestsPerPage = 5;

/**
 * Seed 002's Support Cases table (Subject, Status, Priority, Last Reply, Details) with seed 000's
 * filters by type and status, newest activity first as the API orders it, paged.
 */
export function TicketsPage({ search }: { search: string }) {
  const { api } = usePortal();
  const params = new URLSearchParams(search);
  const type = (params.get('type') ?? '') as TicketType | '';
  const phase = (params.get('status') ?? '') as Phase | '';
  const [more, setMore] = useState<{ rows: Row[]; cursor: string | null; loading: boolean; error?: string }>({ rows: [], cursor: null, loading: false });

  const fetchPage = async (from: string | null) => {
    const rows: Row[] = [];
    let cursor = from;
    for (let request = 0; request < requestsPerPage && (request === 0 || cursor) && rows.length < pageSize; request++) {
      const page = await answer(
        api.GET('/v1/tickets', {
          params: { query: { limit: pageSize, ...(type ? { type } : {}), ...(phase ? { phase } : {}), ...(cursor ? { cursor } : {}) } },
        }),
      );
      rows.push(...page.tickets);
      cursor = page.cursor;
    }
    return { rows, cursor };
  };

  const [first, retry] = useLoad(async () => {
    const page = await fetchPage(null);
    setMore({ rows: [], cursor: page.cursor, loading: false });
    return page.rows;
  }, [type, phase]);

  const filter = (name: 'type' | 'status', value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    const query = next.toString();
    navigate(`/tickets${query ? `?${query}` : ''}`, { replace: true });
  };

  const loadMore = async () => {
    setMore((m) => ({ ...m, loading: true, error: undefined }));
    try {
      const page = await fetchPage(more.cursor);
      setMore((m) => ({ rows: [...m.rows, ...page.rows], cursor: page.cursor, loading: false }));
    } catch (error) {
      setMore((m) => ({ ...m, loading: false, error: error instanceof ApiError ? error.message : 'Something went wrong. Try again.' }));
    }
  };

  const rows = first.state === 'loaded' ? [...first.value, ...more.rows] : [];
  return (
    <section>
      <div class="page-head">
        <PageTitle>Support Cases</PageTitle>
        <a class="button" href="/tickets/new">
          Add New
        </a>
      </div>
      <p class="lead">Keep track of all your tickets, check their status, and filter which ticket types you want to see. Click on a ticket's subject to see its details, reply or close it.</p>
      <form class="filters" aria-label="Filter tickets" onSubmit={(e) => e.preventDefault()}>
        <label>
          Type
          <select value={type} onChange={(e) => filter('type', e.currentTarget.value)}>
            <option value="">All types</option>
            {Object.entries(typeNames).map(([code, name]) => (
              <option value={code}>{name}</option>
            ))}
          </select>
        </label>
        <label>
          Status
          <select value={phase} onChange={(e) => filter('status', e.currentTarget.value)}>
            <option value="">All statuses</option>
            {Object.entries(phaseNames).map(([code, name]) => (
              <option value={code}>{name}</option>
            ))}
          </select>
        </label>
      </form>
      {first.state === 'loading' && <Loading what="your tickets" />}
      {first.state === 'failed' && <Problem message={first.error.message} retry={retry} />}
      {first.state === 'loaded' && rows.length === 0 && !more.cursor && (
        <p class="empty">{type || phase ? 'No ticket matches these filters.' : 'You have no tickets yet. Use Add New to ask us anything.'}</p>
      )}
      {rows.length > 0 && (
        <table class="tickets">
          <caption class="visually-hidden">Your tickets, most recent activity first</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Status</th>
              <th scope="col">Priority</th>
              <th scope="col">Last Reply</th>
              <th scope="col">Details</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.number}>
                <td data-label="Subject">
                  <a href={`/tickets/${row.number}`}>{row.subject}</a>
                  <span class="muted"> #{row.number}</span>
                </td>
                <td data-label="Status">
                  <span class={`status status-${row.phase}`}>{row.status.label}</span>
                </td>
                <td data-label="Priority">{priorityNames[row.priority]}</td>
                <td data-label="Last Reply">{row.lastReply ? formatDateTime(row.lastReply.at) : 'No reply yet'}</td>
                <td data-label="Details">
                  <a href={`/tickets/${row.number}`} aria-label={`Details of ticket ${row.number}: ${row.subject}`}>
                    Details
                  </a>
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      )}
      {more.error && <Problem message={more.error} />}
      {first.state === 'loaded' && more.cursor && (
        <button type="button" class="secondary" disabled={more.loading} onClick={() => void loadMore()}>
          {more.loading ? 'Loading…' : 'Show more tickets'}
        </button>
      )}
    </section>
  );
}
