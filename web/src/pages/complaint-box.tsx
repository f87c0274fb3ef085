import { useState } from 'preact/hooks';
import { ApiError, answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { FormProblem } from '../components/field-errors';
import { formatDateTime, formatDay } from '../format';

type Ticket = Schemas['CustomerTicket'];

/**
 * The customer's complaint on their ticket: once made, when it was received and the day its final
 * response is promised by; before, "Make a complaint" with an optional reason (not on a closed
 * ticket, which takes no more changes: the customer opens a new one).
 */
export function ComplaintBox({ ticket, onChanged }: { ticket: Ticket; onChanged: (ticket: Ticket) => void }) {
  const { api } = usePortal();
  const [open, setOpen] = useState(false);
  const [reason, setReason] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const complaint = ticket.complaint;
  if (complaint) {
    return (
      <section class="status-box complaint" aria-labelledby="complaint-heading">
        <h2 id="complaint-heading">Your complaint</h2>
        <p>
          Complaint received on <time dateTime={complaint.receivedAt}>{formatDateTime(complaint.receivedAt)}</time>.
        </p>
        {complaint.finalResponseAt ? (
          <p>
            Our final response was sent on <time dateTime={complaint.finalResponseAt}>{formatDateTime(complaint.finalResponseAt)}</time>.
          </p>
        ) : (
          complaint.finalResponseBy && (
            <p>
              You will have our final response by the end of <time dateTime={complaint.finalResponseBy}>{formatDay(complaint.finalResponseBy)}</time> at the latest.
            </p>
          )
        )}
        {complaint.reason && <p class="message-body">{complaint.reason}</p>}
      </section>
    );
  }
  if (ticket.phase === 'closed') return null;
  if (!open) {
    return (
      <p class="moves">
        <button type="button" class="secondary" aria-expanded="false" aria-controls="complaint-form" onClick={() => setOpen(true)}>
          Make a complaint
        </button>
      </p>
    );
  }
  const send = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    setSending(true);
    setError(undefined);
    try {
      const body = reason.trim() ? { reason } : {};
      onChanged((await answer(api.POST('/v1/tickets/{number}/complaint', { params: { path: { number: ticket.number } }, body }))).ticket);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'Something went wrong. Try again.'));
    } finally {
      setSending(false);
    }
  };
  return (
    <form id="complaint-form" class="reply" onSubmit={(e) => void send(e)}>
      <h2>Make a complaint</h2>
      <p class="hint">If you are unhappy with how we handled your case, tell us: we register it as a complaint, confirm it by email, and tell you by when you will have our final response.</p>
      {error && <FormProblem error={error} labels={{ reason: 'Reason' }} />}
      <label for="complaint-reason">What went wrong (optional)</label>
      <textarea id="complaint-reason" autoFocus rows={3} maxLength={2000} value={reason} onInput={(e) => setReason(e.currentTarget.value)} />
      <div class="moves">
        <button type="submit" disabled={sending}>
          {sending ? 'Sending…' : 'Make the complaint'}
        </button>
        <button type="button" class="secondary" disabled={sending} onClick={() => setOpen(false)}>
          Cancel
        </button>
      </div>
    </form>
  );
}
