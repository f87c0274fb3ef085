import { useState } from 'preact/hooks';
import { ApiError, answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { FormProblem } from '../components/field-errors';
import { formatDateTime, formatDay } from '../format';

type Ticket = Schemas['AgentTicket'];
type Complaint = Schemas['AgentComplaint'];
type Deadline = NonNullable<Complaint['deadlines']>['finalResponse'];

/** What an agent's reply may be for a complaint, as the reply body's `complaintResponse` takes it. */
export type ComplaintResponse = 'acknowledgement' | 'holding' | 'final';

const ruleNames: Readonly<Record<Complaint['rule'], string>> = { fca: 'UK FCA (DISP 1.6)', psd2: 'PSD2 (payment services)', none: 'No regulatory deadlines' };
const stateNames: Readonly<Record<Deadline['state'], string>> = { running: 'Running', met: 'Met', breached: 'Breached' };
const outcomeNames: Readonly<Record<Complaint['outcome'], string>> = { open: 'Open', resolved_within_deadline: 'Resolved within its deadline', late: 'Late', resolved: 'Resolved' };

function DeadlineRow({ name, deadline, sentAt }: { name: string; deadline: Deadline; sentAt: string | null }) {
  return (
    <tr>
      <th scope="row">{name}</th>
      <td>
        <time dateTime={deadline.lastDay}>{formatDay(deadline.lastDay)}</time>
      </td>
      <td>
        <span class={`deadline deadline-${deadline.state}`}>{stateNames[deadline.state]}</span>
      </td>
      <td>{sentAt ? <time dateTime={sentAt}>{formatDateTime(sentAt)}</time> : 'Not yet'}</td>
    </tr>
  );
}

/** A complaint's deadlines with where each stands, and the responses sent. */
function Deadlines({ complaint }: { complaint: Complaint }) {
  const { deadlines, responses } = complaint;
  if (!deadlines) return <p class="muted">Recorded for the complaints export; no deadlines under this rule.</p>;
  return (
    <table class="deadlines">
      <caption class="muted">Each deadline runs to the end of its last day{deadlines.extended ? '; the final response’s was extended by a holding reply' : ''}.</caption>
      <thead>
        <tr>
          <th scope="col">Deadline</th>
          <th scope="col">Last day</th>
          <th scope="col">State</th>
          <th scope="col">Sent</th>
        </tr>
      </thead>
      <tbody>
        <DeadlineRow name="Acknowledgement" deadline={deadlines.acknowledgement} sentAt={responses.acknowledgedAt} />
        {deadlines.holdingReply && <DeadlineRow name="Holding reply (15 business days)" deadline={deadlines.holdingReply} sentAt={responses.holdingReplyAt} />}
        <DeadlineRow name="Final response" deadline={deadlines.finalResponse} sentAt={responses.finalResponseAt} />
      </tbody>
    </table>
  );
}

/** Marks the ticket as a complaint, received now or when the ticket was opened, with a note for agents. */
function MarkComplaint({ ticket, onChanged }: { ticket: Ticket; onChanged: (ticket: Ticket) => void }) {
  const { api } = usePortal();
  const [fromOpening, setFromOpening] = useState(false);
  const [note, setNote] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const send = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    setError(undefined);
    const body = { ...(fromOpening ? { receivedAt: ticket.createdAt } : {}), ...(note.trim() ? { note } : {}) };
    try {
      onChanged((await answer(api.POST('/v1/agent/tickets/{number}/complaint', { params: { path: { number: ticket.number } }, body }))).ticket);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'Something went wrong. Try again.'));
    } finally {
      setSending(false);
    }
  };
  return (
    <form class="inline-form" onSubmit={(e) => void send(e)}>
      {error && <FormProblem error={error} labels={{ receivedAt: 'Received', note: 'Note' }} />}
      <p>
        <input id="complaint-from-opening" type="checkbox" checked={fromOpening} onChange={(e) => setFromOpening(e.currentTarget.checked)} />{' '}
        <label for="complaint-from-opening">The customer complained when they opened the ticket (<time dateTime={ticket.createdAt}>{formatDateTime(ticket.createdAt)}</time>)</label>
      </p>
      <label for="complaint-note">Note for agents (optional)</label>
      <textarea id="complaint-note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} />
      <button type="submit" class="secondary" disabled={sending}>
        {sending ? 'Marking…' : 'Mark as complaint'}
      </button>
    </form>
  );
}

/** The console's complaint panel: the rule, deadlines and responses of a complaint, or marking a ticket as one. */
export function ComplaintPanel({ ticket, onChanged }: { ticket: Ticket; onChanged: (ticket: Ticket) => void }) {
  const complaint = ticket.complaint;
  if (!complaint && ticket.phase === 'closed') return null;
  return (
    <section class="status-box complaint" aria-labelledby="complaint-panel-heading">
      <h2 id="complaint-panel-heading">{complaint ? `Complaint · ${outcomeNames[complaint.outcome]}` : 'Complaint'}</h2>
      {complaint ? (
        <>
          <p>
            Received <time dateTime={complaint.receivedAt}>{formatDateTime(complaint.receivedAt)}</time> (marked by {complaint.markedBy === 'customer' ? 'the customer' : 'an agent'}) · {ruleNames[complaint.rule]}
          </p>
          {complaint.reason && <p class="message-body">{complaint.reason}</p>}
          <Deadlines complaint={complaint} />
        </>
      ) : (
        <MarkComplaint ticket={ticket} onChanged={onChanged} />
      )}
    </section>
  );
}

/** The reply form's choice of what a public reply is for the ticket's complaint (a holding reply under PSD2 only, before the final response). */
export function ComplaintResponseField({ ticket, value, onChange }: { ticket: Ticket; value: ComplaintResponse | ''; onChange: (value: ComplaintResponse | '') => void }) {
  const complaint = ticket.complaint;
  if (!complaint) return null;
  return (
    <p>
      <label for="complaint-response">This reply is the complaint’s</label>{' '}
      <select id="complaint-response" value={value} onChange={(e) => onChange(e.currentTarget.value as ComplaintResponse | '')}>
        <option value="">(nothing in particular)</option>
        <option value="acknowledgement">acknowledgement</option>
        {complaint.rule === 'psd2' && !complaint.responses.finalResponseAt && <option value="holding">holding reply</option>}
        <option value="final">final response</option>
      </select>
    </p>
  );
}
