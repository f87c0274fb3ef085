import { answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { Loading, PageTitle, Problem } from '../components/states';
import { ShowMore } from '../components/show-more';
import { usePagedRows } from '../components/use-paged-rows';
import { formatDateTime } from '../format';
import { navigate } from '../router';
import { priorityNames, typeNames, type TicketType } from '../ticket-words';
import { consolePhaseNames as phaseNames } from './console-words';
import { loadQueueCounts, PhaseCount, phaseWithCount } from './queue-counts';
import { useTicketTypes } from './use-ticket-types';
import { DueCell, OrderChoice } from './service-levels';

type QueuePhase = 'open' | 'awaiting_reply' | 'solved';
type Priority = Schemas['AgentTicketRow']['priority'];
const queuePhases: readonly QueuePhase[] = ['open', 'awaiting_reply', 'solved'];
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
  const order = params.get('order') === 'due' ? ('due' as const) : undefined;
  // The counts come with every load of the queue, so they are as fresh as the rows shown.
  const { first, retry, rows, more, loadMore } = usePagedRows(
    (paging) => {
      const query = {
        phase,
        ...paging,
        ...(type ? { type } : {}),
        ...(status ? { status } : {}),
        ...(priority ? { priority } : {}),
        ...(assignee ? { assignee } : {}),
        ...(order ? { order } : {}),
      };
      return answer(api.GET('/v1/agent/tickets', { params: { query } }));
    },
    [phase, type, status, priority, assignee, order],
    () => loadQueueCounts(api, { assignee, priority }),
  );

  const filter = (name: string, value: string) => {
    const next = new URLSearchParams(search);
    if (value) next.set(name, value);
    else next.delete(name);
    // A status belongs to a type: a new type drops the status chosen for the old one.
    if (name === 'type') next.delete('status');
    navigate(queuePath(next), { replace: true });
  };

  const statuses = types.state === 'loaded' ? (types.value.types.find((t) => t.type === type)?.statuses ?? []).filter((s) => s.phase === phase) : [];
  const counts = first.state === 'loaded' ? first.value.alongside : undefined;
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
          <a href={phaseLink(p)} aria-current={p === phase ? 'page' : undefined} aria-label={phaseWithCount(phaseNames[p], counts?.phases[p])}>
            {phaseNames[p]}
            <PhaseCount count={counts?.phases[p]} />
          </a>
        ))}
      </nav>
      {counts && type && <p class="muted counts-note">The counts are of every type and status.</p>}
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
        <OrderChoice value={order} onChange={(value) => filter('order', value)} />
      </form>
      {first.state === 'loading' && <Loading what="the queue" />}
      {first.state === 'failed' && <Problem message={first.error.message} retry={retry} />}
      {first.state === 'loaded' && rows.length === 0 && !more.cursor && <p class="empty">{order ? 'No ticket in this phase is due: only tickets with a service level counting are listed by due time.' : 'No ticket in this phase matches these filters.'}</p>}
      {rows.length > 0 && (
        <table class="tickets">
          <caption class="visually-hidden">{phaseNames[phase]} tickets, {order ? 'nearest due first' : 'highest priority then oldest first'}</caption>
          <thead>
            <tr>
              <th scope="col">Subject</th>
              <th scope="col">Type</th>
              <th scope="col">Status</th>
              <th scope="col">Priority</th>
              <th scope="col">Opened</th>
              <th scope="col">Due</th>
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
                <DueCell due={row.nearestDueAt} />
              </tr>
            ))}
          </tbody>
        </table>
      )}
      <ShowMore list={{ first, more, loadMore }} />
    </section>
  );
}
