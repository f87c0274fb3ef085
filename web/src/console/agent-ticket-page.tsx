import { useState } from 'preact/hooks';
import { ApiError, answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { FormProblem } from '../components/field-errors';
import { useIdempotencyKey } from '../components/idempotency';
import { PageTitle, Problem } from '../components/states';
import { useTicketPage, type TicketFiles } from '../components/use-ticket-page';
import { detailsLine } from '../components/workflow-standing';
import { formatDateTime } from '../format';
import { priorityNames, typeNames } from '../ticket-words';
import { AttachmentList } from '../attachments/attachment-list';
import { FilePicker, useFilePicker } from '../attachments/file-picker';
import { useTicketTypes } from './use-ticket-types';
import { WorkflowPanel } from './workflow-panel';
import { ComplaintPanel, ComplaintResponseField, type ComplaintResponse } from './complaint-panel';
import { ServiceLevels } from './service-levels';
import { CustomerRating } from './rating';

type Detail = Schemas['AgentTicketDetail'];
type Ticket = Schemas['AgentTicket'];
type Message = Detail['messages'][number];

function failureText(failure: unknown): ApiError {
  return failure instanceof ApiError ? failure : new ApiError(0, 'Something went wrong. Try again.');
}

type Files = TicketFiles;

function MessageList({ messages, empty, files }: { messages: readonly Message[]; empty: string; files: Files }) {
  if (messages.length === 0) return <p class="empty">{empty}</p>;
  return (
    <ol class="thread">
      {messages.map((message) => (
        <li key={message.id} class={`message from-${message.from}${message.internal ? ' internal' : ''}`}>
          <p class="message-head">
            <strong>{message.internal ? 'Internal note' : message.from === 'support' ? 'Support' : 'Customer'}</strong>{' '}
            <time dateTime={message.at}>{formatDateTime(message.at)}</time>
          </p>
          <p class="message-body">{message.body}</p>
          <AttachmentList attachments={message.attachments} {...files} />
        </li>
      ))}
    </ol>
  );
}

type Kind = 'reply' | 'ask' | 'note';
const kindButtons: Readonly<Record<Kind, string>> = { reply: 'Send reply', ask: 'Ask and wait for the customer', note: 'Add internal note' };

/** The agent's writing box: a reply, a question that waits for the customer, or an internal note. */
function Compose({ ticket, onSent }: { ticket: Ticket; onSent: (result: Schemas['AgentReply']) => void }) {
  const number = ticket.number;
  const [complaintResponse, setComplaintResponse] = useState<ComplaintResponse | ''>('');
  const { api } = usePortal();
  const idempotency = useIdempotencyKey();
  const [text, setText] = useState('');
  const [sending, setSending] = useState<Kind | undefined>(undefined);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const files = useFilePicker();
  const send = async (kind: Kind) => {
    if (sending || files.busy || !text.trim()) return;
    if (files.blocker) {
      setError(new ApiError(422, files.blocker));
      return;
    }
    setSending(kind);
    setError(undefined);
    const body = {
      body: text,
      internal: kind === 'note',
      awaitReply: kind === 'ask',
      ...(files.uploadIds.length > 0 ? { attachments: [...files.uploadIds] } : {}),
      ...(complaintResponse && kind !== 'note' ? { complaintResponse } : {}),
    };
    try {
      const result = await answer(
        api.POST('/v1/agent/tickets/{number}/messages', { params: { path: { number }, header: { 'Idempotency-Key': idempotency.keyFor(body) } }, body }),
      );
      idempotency.succeeded();
      setText('');
      setComplaintResponse('');
      files.clear();
      onSent(result);
    } catch (failure) {
      setError(failureText(failure));
    } finally {
      setSending(undefined);
    }
  };
  return (
    <form class="reply" onSubmit={(e) => (e.preventDefault(), void send('reply'))}>
      {error && <FormProblem error={error} labels={{ body: 'Message', complaintResponse: 'Complaint response' }} />}
      <label for="compose">Message</label>
      <textarea id="compose" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} required aria-describedby="compose-tip" />
      <p id="compose-tip" class="hint">
        A reply and a question reach the customer by email; an internal note stays with the agents.
      </p>
      <FilePicker id="compose-files" picker={files} />
      <ComplaintResponseField ticket={ticket} value={complaintResponse} onChange={setComplaintResponse} />
      <div class="moves">
        {(Object.keys(kindButtons) as Kind[]).map((kind) => (
          <button type={kind === 'reply' ? 'submit' : 'button'} class={kind === 'reply' ? undefined : 'secondary'} disabled={!!sending || files.busy} onClick={kind === 'reply' ? undefined : () => void send(kind)}>
            {sending === kind ? 'Sending…' : kindButtons[kind]}
          </button>
        ))}
      </div>
    </form>
  );
}

/** Status, priority, assignee and report status: each change sent alone, the API's refusal shown. */
function Controls({ ticket, onChanged }: { ticket: Ticket; onChanged: (ticket: Ticket) => void }) {
  const { api, session } = usePortal();
  const types = useTicketTypes();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const [status, setStatus] = useState('');
  const path = { path: { number: ticket.number } };
  const change = async (call: () => Promise<{ ticket: Ticket }>) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged((await call()).ticket);
      setStatus('');
    } catch (failure) {
      setError(failureText(failure).message);
    } finally {
      setBusy(false);
    }
  };
  const patch = (body: { priority?: Ticket['priority']; assignee?: string | null; reportStatus?: NonNullable<Ticket['reportStatus']>['code'] | null }) =>
    change(() => answer(api.PATCH('/v1/agent/tickets/{number}', { params: path, body })));
  const type = types.state === 'loaded' ? types.value.types.find((t) => t.type === ticket.type) : undefined;
  // A workflow moves its own tickets; agents move the others along their type's statuses.
  const statuses = type?.movedBy === 'agents' ? type.statuses.filter((s) => s.code !== ticket.status.code && s.phase !== 'closed') : [];
  const reportStatuses = types.state === 'loaded' ? types.value.reportStatuses : [];
  const mine = ticket.assignee !== null && ticket.assignee === session.id;
  return (
    <section class="status-box" aria-labelledby="controls-heading">
      <h2 id="controls-heading">
        Status: <span class={`status status-${ticket.phase}`}>{ticket.status.label}</span>
      </h2>
      <p>{ticket.status.meaning}</p>
      {error && <Problem message={error} />}
      {type?.movedBy === 'workflow' && <p class="muted">Its workflow moves this ticket's status: see the workflow panel.</p>}
      {statuses.length > 0 && (
        <form class="inline" onSubmit={(e) => (e.preventDefault(), status && void change(() => answer(api.POST('/v1/agent/tickets/{number}/status', { params: path, body: { status } }))))}>
          <label for="new-status">Change status to</label>
          <select id="new-status" value={status} onChange={(e) => setStatus(e.currentTarget.value)}>
            <option value="">Choose a status</option>
            {statuses.map((s) => (
              <option value={s.code}>{s.label}</option>
            ))}
          </select>
          <button type="submit" disabled={busy || !status}>
            Change status
          </button>
        </form>
      )}
      <div class="two">
        <div>
          <label for="priority">Priority</label>
          <select id="priority" value={ticket.priority} disabled={busy} onChange={(e) => void patch({ priority: e.currentTarget.value as Ticket['priority'] })}>
            {Object.entries(priorityNames).map(([code, name]) => (
              <option value={code}>{name}</option>
            ))}
          </select>
        </div>
        <div>
          <label for="report-status">Report status</label>
          <select id="report-status" value={ticket.reportStatus?.code ?? ''} disabled={busy} onChange={(e) => void patch({ reportStatus: (e.currentTarget.value || null) as NonNullable<Ticket['reportStatus']>['code'] | null })}>
            <option value="">None</option>
            {reportStatuses.map((s) => (
              <option value={s.code}>{s.label}</option>
            ))}
          </select>
        </div>
      </div>
      <p>
        Assignee: <strong>{ticket.assignee === null ? 'Unassigned' : mine ? 'You' : 'Another agent'}</strong>{' '}
        {!mine && (
          <button type="button" class="secondary" disabled={busy} onClick={() => void patch({ assignee: session.id })}>
            Assign to me
          </button>
        )}{' '}
        {ticket.assignee !== null && (
          <button type="button" class="secondary" disabled={busy} onClick={() => void patch({ assignee: null })}>
            Unassign
          </button>
        )}
      </p>
    </section>
  );
}

/**
 * A ticket in the console: the customer's view (description and public thread) and the internal
 * notes apart, the writing box, the status and field controls, and the workflow panel of a
 * workflow ticket.
 */
export function AgentTicketPage({ number }: { number: string }) {
  const { api } = usePortal();
  const loading = useTicketPage<Detail, Ticket>(
    number,
    () => answer(api.GET('/v1/agent/tickets/{number}', { params: { path: { number } } })),
    (attachmentId) => answer(api.GET('/v1/agent/tickets/{number}/attachments/{attachmentId}', { params: { path: { number, attachmentId } } })),
  );
  const [notice, setNotice] = useState<string | undefined>(undefined);
  if ('shown' in loading) return loading.shown;
  const { value, reload, replace, files, withTicket } = loading.page;
  const { ticket, messages, attachments } = value;
  const isWorkflow = ticket.type === 'refund' || ticket.type === 'kyc' || ticket.type === 'withdrawal';
  return (
    <article class="ticket">
      <p class="back">
        <a href="/console">← Queue</a>
      </p>
      <PageTitle>{ticket.subject}</PageTitle>
      <p class="muted">
        Ticket #{ticket.number} · {typeNames[ticket.type]} · {priorityNames[ticket.priority]} priority · from {ticket.requester.name} ({ticket.requester.email}) · opened{' '}
        <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt)}</time>
      </p>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      <Controls ticket={ticket} onChanged={(next) => (setNotice('Saved.'), withTicket(next))} />
      <ServiceLevels clocks={ticket.serviceLevels} />
      {isWorkflow && <WorkflowPanel number={ticket.number} request={detailsLine(ticket)} onDecided={reload} />}
      <ComplaintPanel ticket={ticket} onChanged={(next) => (setNotice('Marked as a complaint.'), withTicket(next))} />
      <CustomerRating ticket={ticket} />
      <div class="sides">
        <section aria-labelledby="customer-heading" class="customer-side">
          <h2 id="customer-heading">What the customer sees</h2>
          <div class="message description">
            <p class="message-head">
              <strong>Description</strong>
            </p>
            <p class="message-body">{ticket.description}</p>
            <AttachmentList attachments={attachments} {...files} />
          </div>
          <MessageList messages={messages.filter((m) => !m.internal)} empty="No messages yet." files={files} />
        </section>
        <section aria-labelledby="notes-heading" class="internal-side">
          <h2 id="notes-heading">Internal notes</h2>
          <MessageList messages={messages.filter((m) => m.internal)} empty="No internal notes." files={files} />
        </section>
      </div>
      <Compose
        ticket={ticket}
        onSent={(result) => {
          setNotice(result.message?.internal ? 'Internal note added.' : 'Sent to the customer.');
          replace({ ...value, ticket: result.ticket, messages: result.message ? [...messages, result.message] : messages });
        }}
      />
    </article>
  );
}
