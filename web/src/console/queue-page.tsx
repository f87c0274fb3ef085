import { useState } from 'preact/hooks';
import { ApiError, answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { Loading, PageTitle, Problem } from '../components/states';
import { useLoad } from '../components/use-load';
import { formatDateTime } from '../format';
import { navigate } from '../router';
import { priorityNames, typeNames, type TicketType } from '../ticket-words';
import { consolePhaseNames as phaseNames } from './console-words';
import { useTicketTypes } from './use-ticket-types';

type Row = Schemas['AgentTicketRow'];
type QueuePhase = 'open' | 'awaiting_reply' | 'solved';
type Priority = Row['priority'];
const queuePhases: readonly QueuePhase[] = ['open', 'awaiting_reply', 'solved'];
const pageSize = 20;
// Type and status filter what one request read (a page may come back short, even empty, with a
// cursor): follow the cursor for a few requests to fill the page, then let the agent ask for more.
const requestsPerPage = 5;
const assigneeNames = { '': 'Anyone', me: 'Mine', nobody: 'Unassigned' } as const;
type Assignee = keyof typeof assigneeNames;

/** The console's address for a queue with these filters. */
function queuePath(params: URLSearchParams): string {
  const query = params.toString();
  return `/console${query ? `?${query}` : ''}`;
}

/**
 * The agents' queue of one phase (Open, Awaiting reply, Solved), by priority then age as the API
 * orders it, filtered by type, status, priority and assignee (mine, unassigned), paged.
 */
export function QueuePage({ search }: { search: string }) {
  const { api } = usePortal();
  const types = useTicketTypes();
  const params = new URLSearchParams(search);
  const phase = (queuePhases.find((p) => p === params.get('phase')) ?? 'open') satisfies QueuePhase;
  const type = (params.get('type') ?? '') as TicketType | '';
  const status = params.get('status') ?? '';
  const priority = (params.get('priority') ?? '') as Priority | '';
  const assignee = (params.get('assignee') ?? '') as Assignee;
  const [more, setMore] = useState<{ rows: Row[]; cursor: string | null; loading: boolean; error?: string }>({ rows: [], cursor: null, loading: false });

  const fetchPage = async (from: string | null) => {
    const rows: Row[] = [];
    let cursor = from;
    for (let request = 0; request < requestsPerPage && (request === 0 || cursor) && rows.length < pageSize; request++) {
      const query = {
        phase,
        limit: pageSize,
        ...(type ? { type } : {}),
        ...(status ? { status } : {}),
        ...(priority ? { priority } : {}),
        ...(assignee ? { assignee } : {}),
        ...(cursor ? { cursor } : {}),
      };
      const page = await answer(api.GET('/v1/agent/tickets', { params: { query } }));
      rows.push(...page.tickets);
      cursor = page.cursor;
    }
    return { rows, cursor };
  };

  const [first, retry] = useLoad(async () => {
    const page = await fetchPage(null);
    setMore({ rows: [], cursor: page.cursor, loading: false });
    return page.rows;
  }, [phase, type, status, priority, assignee]);

  const filter = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    // A status belongs to a type: a new type drops the status chosen for the old one.
    if (name === 'type') next.delete('status');
    navigate(queuePath(next), { replace: true });
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

  const statuses = types.state === 'loaded' ? (types.value.types.find((t) => t.type === type)?.statuses ?? []).filter((s) => s.phase === phase) : [];
  const rows = first.state === 'loaded' ? [...first.value, ...more.rows] : [];
  const phaseLink = (p: QueuePhase) => {
    const next = new URLSearchParams(search);
    next.set('phase', p);
    next.delete('status');
    return queuePath(next);
  };
  return (
    <section>
      <div class="page-head">
        <PageTitle>Queue</PageTitle>
        <a class="button" href="/console/tickets/new">
          Open a ticket for a customer
        </a>
        <a href="/console/reports/complaints">Complaints export</a>
      </div>
      <nav aria-label="Phases" class="phases">
        {queuePhases.map((p) => (
          <a href={phaseLink(p)} aria-current={p === phase ? 'page' : undefined}>
            {phaseNames[p]}
          </a>
        ))}
      </nav>
      <form class="filters" aria-label="Filter the queue" onSubmit={(e) => e.preventDefault()}>
        <div class="filter">
          <label for="queue-type">Type</label>
          <select id="queue-type" value={type} onChange={(e) => filter('type', e.currentTarget.value)}>
            <option value="">All types</option>
            {Object.entries(typeNames).map(([code, name]) => (
              <option value={code}>{name}</option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="queue-status">Status</label>
          <select id="queue-status" value={status} disabled={!type} onChange={(e) => filter('status', e.currentTarget.value)}>
            <option value="">{type ? 'All statuses' : 'Choose a type first'}</option>
            {statuses.map((s) => (
              <option value={s.code}>{s.label}</option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="queue-priority">Priority</label>
          <select id="queue-priority" value={priority} onChange={(e) => filter('priority', e.currentTarget.value)}>
            <option value="">Any priority</option>
            {Object.entries(priorityNames).map(([code, name]) => (
              <option value={code}>{name}</option>
            ))}
          </select>
        </div>
        <div class="filter">
          <label for="queue-assignee">Assignee</label>
          <select id="queue-assignee" value={assignee} onChange={(e) => filter('assignee', e.currentTarget.value)}>
            {Object.entries(assigneeNames).map(([code, name]) => (
              <option value={code}>{name}</option>
            ))}
          </select>
        </div>
      </form>
      {first.state === 'loading' && <Loading what="the queue" />}
      {first.state === 'failed' && <Problem message={first.error.message} retry={retry} />}
      {first.state === 'loaded' && rows.length === 0 && !more.cursor && <p class="empty">No ticket in this phase matches these filters.</p>}
      {rows.length > 0 && (
        <table class="tickets">
          <caption class="visually-hidden">{phaseNames[phase]} tickets, highest priority then oldest first</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Priority</th>
              <th scope="col">Opened</th>
            </tr>
          </thead>
          <tbody>
            {rows.map((row) => (
              <tr key={row.number}>
                <td data-label="Subject">
                  <a href={`/console/tickets/${row.number}`}>{row.subject}</a>
                  <span class="muted"> #{row.number}</span>
                </td>
                <td data-label="Type">{typeNames[row.type]}</td>
                <td data-label="Status">
                  <span class={`status status-${row.phase}`}>{row.status.label}</span>
                </td>
                <td data-label="Priority">{priorityNames[row.priority]}</td>
                <td data-label="Opened">
                  <time dateTime={row.createdAt}>{formatDateTime(row.createdAt)}</time>
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
