import { useState } from 'preact/hooks';
import { ApiError, answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { FormProblem } from '../components/field-errors';
import { useIdempotencyKey } from '../components/idempotency';
import { PageTitle, Problem } from '../components/states';
import { useTicketPage, type TicketFiles } from '../components/use-ticket-page';
import { WorkflowStanding } from '../components/workflow-standing';
import { formatDateTime, redactionNames } from '../format';
import { priorityNames, typeNames } from '../ticket-words';
import { AttachmentList } from '../attachments/attachment-list';
import { FilePicker, useFilePicker } from '../attachments/file-picker';
import { ComplaintBox } from './complaint-box';
import { Satisfaction } from '../portal/rating';

type Detail = Schemas['CustomerTicketDetail'];
type Ticket = Schemas['CustomerTicket'];
const workflowTypes: readonly Ticket['type'][] = ['refund', 'kyc', 'withdrawal'];

type Files = TicketFiles;

function Thread({ messages, files }: { messages: Detail['messages']; files: Files }) {
  const shown = messages.filter((message) => !message.internal);
  if (shown.length === 0) return <p class="empty">No messages yet.</p>;
  return (
    <ol class="thread">
      {shown.map((message) => (
        <li key={message.id} class={`message from-${message.from}`}>
          <p class="message-head">
            <strong>{message.from === 'support' ? 'Support' : 'You'}</strong> <time dateTime={message.at}>{formatDateTime(message.at)}</time>
          </p>
          <p class="message-body">{message.body}</p>
          <AttachmentList attachments={message.attachments} {...files} />
        </li>
      ))}
    </ol>
  );
}

/** The reply box: one Idempotency-Key per message sent, kept while the same text is retried. */
function Reply({ number, onSent }: { number: string; onSent: (result: Schemas['CustomerReply']) => void }) {
  const { api } = usePortal();
  const idempotency = useIdempotencyKey();
  const [text, setText] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const files = useFilePicker();
  const send = async (event: Event) => {
    event.preventDefault();
    if (sending || files.busy || !text.trim()) return;
    if (files.blocker) {
      setError(new ApiError(422, files.blocker));
      return;
    }
    setSending(true);
    setError(undefined);
    const body = { body: text, ...(files.uploadIds.length > 0 ? { attachments: [...files.uploadIds] } : {}) };
    try {
      const result = await answer(
        api.POST('/v1/tickets/{number}/messages', { params: { path: { number }, header: { 'Idempotency-Key': idempotency.keyFor(body) } }, body }),
      );
      idempotency.succeeded();
      setText('');
      files.clear();
      onSent(result);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'Something went wrong. Try again.'));
    } finally {
      setSending(false);
    }
  };
  return (
    <form class="reply" onSubmit={(e) => void send(e)}>
      {error && <FormProblem error={error} labels={{ body: 'Reply' }} />}
      <label for="reply">Your reply</label>
      <textarea id="reply" rows={4} value={text} onInput={(e) => setText(e.currentTarget.value)} required aria-describedby="reply-tip" />
      <p id="reply-tip" class="hint">
        Never include full card numbers, raw API keys, or passwords.
      </p>
      <FilePicker id="reply-files" picker={files} />
      <button type="submit" disabled={sending || files.busy}>
        {sending ? 'Sending…' : files.busy ? 'Uploading files…' : 'Send reply'}
      </button>
    </form>
  );
}

/**
 * Close when solved, reopen a solved ticket, mark one solved: what the customer may do now. For an
 * account deletion, the customer's "solved" is calling the deletion off (its solve status is Deletion cancelled).
 */
function Moves({ ticket, onChanged }: { ticket: Ticket; onChanged: (ticket: Ticket) => void }) {
  const { api } = usePortal();
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | undefined>(undefined);
  const path = { params: { path: { number: ticket.number } } };
  const move = async (call: () => Promise<{ ticket: Ticket }>) => {
    setBusy(true);
    setError(undefined);
    try {
      onChanged((await call()).ticket);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure.message : 'Something went wrong. Try again.');
    } finally {
      setBusy(false);
    }
  };
  const workflow = workflowTypes.includes(ticket.type);
  const canSolve = !workflow && (ticket.phase === 'open' || ticket.phase === 'awaiting_reply');
  const solved = ticket.phase === 'solved';
  if (!canSolve && !solved) return null;
  return (
    <div class="moves">
      {error && <Problem message={error} />}
      {solved && (
        <button type="button" disabled={busy} onClick={() => void move(() => answer(api.POST('/v1/tickets/{number}/close', path)))}>
          Close ticket
        </button>
      )}
      {solved && (
        <button type="button" class="secondary" disabled={busy} onClick={() => void move(() => answer(api.POST('/v1/tickets/{number}/reopen', path)))}>
          Reopen ticket
        </button>
      )}
      {canSolve && (
        <button type="button" class="secondary" disabled={busy} onClick={() => void move(() => answer(api.POST('/v1/tickets/{number}/solve', path)))}>
          {ticket.type === 'account_deletion' ? 'Cancel the deletion' : 'My problem is solved'}
        </button>
      )}
    </div>
  );
}

/**
 * A ticket: its status with what it means, its report status, where a workflow ticket stands (and
 * a withdrawal's cancel), the public thread, reply and the customer's moves.
 */
export function TicketPage({ number }: { number: string }) {
  const { api } = usePortal();
  const loading = useTicketPage<Detail, Ticket>(
    number,
    () => answer(api.GET('/v1/tickets/{number}', { params: { path: { number } } })),
    (attachmentId) => answer(api.GET('/v1/tickets/{number}/attachments/{attachmentId}', { params: { path: { number, attachmentId } } })),
  );
  const [notice, setNotice] = useState<string | undefined>(undefined);
  if ('shown' in loading) return loading.shown;
  const { value, reload, files, withTicket } = loading.page;
  const { ticket, messages, attachments } = value;
  return (
    <article class="ticket">
      <p class="back">
        <a href="/tickets">← Support Cases</a>
      </p>
      <PageTitle>{ticket.subject}</PageTitle>
      <p class="muted">
        Ticket #{ticket.number} · {typeNames[ticket.type]} · {priorityNames[ticket.priority]} priority · opened <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt)}</time>
      </p>
      <section class="status-box" aria-labelledby="status-heading">
        <h2 id="status-heading">
          Status: <span class={`status status-${ticket.phase}`}>{ticket.status.label}</span>
        </h2>
        <p>{ticket.status.meaning}</p>
        {ticket.reportStatus && (
          <p>
            <strong>Report status: {ticket.reportStatus.label}.</strong> {ticket.reportStatus.meaning}
          </p>
        )}
      </section>
      <WorkflowStanding ticket={ticket} onChanged={withTicket} onRefused={reload} />
      <Moves ticket={ticket} onChanged={withTicket} />
      <ComplaintBox ticket={ticket} onChanged={withTicket} />
      <Satisfaction ticket={ticket} onChanged={withTicket} />
      <section aria-labelledby="thread-heading">
        <h2 id="thread-heading">Conversation</h2>
        <div class="message from-customer description">
          <p class="message-head">
            <strong>Your request</strong> <time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt)}</time>
          </p>
          <p class="message-body">{ticket.description}</p>
          <AttachmentList attachments={attachments} {...files} />
        </div>
        <Thread messages={messages} files={files} />
      </section>
      {notice && (
        <p class="notice" role="status">
          {notice}
        </p>
      )}
      {ticket.phase !== 'closed' ? (
        <Reply
          number={ticket.number}
          onSent={(result) => {
            setNotice(
              result.redacted.length > 0
                ? `Reply sent. To protect you, we removed ${result.redacted.map((kind) => redactionNames[kind] ?? kind).join(', ')} before saving it.`
                : 'Reply sent.',
            );
            reload();
          }}
        />
      ) : (
        <p class="empty">Replies are closed on this ticket. <a href="/tickets/new">Open a new ticket</a> if you need more help.</p>
      )}
    </article>
  );
}
