import { answer } from '../api/client';
import { usePortal } from '../app-context';
import { Loading, PageTitle, Problem } from '../components/states';
import { ShowMore } from '../components/show-more';
import { usePagedRows } from '../components/use-paged-rows';
import { formatDateTime } from '../format';
import { navigate } from '../router';
import { phaseNames, priorityNames, typeNames, type Phase, type TicketType } from '../ticket-words';

/**
 * Seed 002's Support Cases table (Subject, Status, Priority, Last Reply, Details) with seed 000's
 * filters by type and status, newest activity first as the API orders it, paged.
 */
export function TicketsPage({ search }: { search: string }) {
  const { api } = usePortal();
  const params = new URLSearchParams(search);
  const type = (params.get('type') ?? '') as TicketType | '';
  const phase = (params.get('status') ?? '') as Phase | '';
  const { first, retry, rows, more, loadMore } = usePagedRows(
    (paging) => answer(api.GET('/v1/tickets', { params: { query: { ...paging, ...(type ? { type } : {}), ...(phase ? { phase } : {}) } } })),
    [type, phase],
  );

  const filter = (name: 'type' | 'status', value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    const query = next.toString();
    navigate(`/tickets${query ? `?${query}` : ''}`, { replace: true });
  };

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
      <ShowMore list={{ first, more, loadMore }} />
    </section>
  );
}
