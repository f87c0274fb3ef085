import { useState } from 'preact/hooks';
import { ApiError, answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { FormProblem } from '../components/field-errors';
import { useIdempotencyKey } from '../components/idempotency';
import { formatDateTime } from '../format';

type Ticket = Schemas['CustomerTicket'];

export const scoreNames: Readonly<Record<Schemas['Rating']['score'], string>> = { good: 'Good', bad: 'Bad' };

/** The rating the customer gave, as the ticket's page shows it. */
function GivenRating({ rating }: { rating: Schemas['Rating'] }) {
  return (
    <section class="rating" aria-labelledby="rating-heading">
      <h2 id="rating-heading">Your rating</h2>
      <p>
        You answered <strong>{scoreNames[rating.score]}</strong> to “Was this helpful?” on <time dateTime={rating.at}>{formatDateTime(rating.at)}</time>.
      </p>
      {rating.comment && <p class="message-body">{rating.comment}</p>}
    </section>
  );
}

/**
 * "Was this helpful?" on a solved ticket not rated yet (Good or Bad, an optional comment), and the
 * rating once given. The same question the solved email asks with its links; either way, once per solve.
 */
export function Satisfaction({ ticket, onChanged }: { ticket: Ticket; onChanged: (ticket: Ticket) => void }) {
  const { api } = usePortal();
  const idempotency = useIdempotencyKey();
  const [score, setScore] = useState<Schemas['Rating']['score'] | undefined>(undefined);
  const [comment, setComment] = useState('');
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const { ratable, rating } = ticket.satisfaction;
  if (!ratable) return rating ? <GivenRating rating={rating} /> : null;
  const send = async (event: Event) => {
    event.preventDefault();
    if (sending) return;
    if (!score) {
      setError(new ApiError(400, 'Choose Good or Bad.'));
      return;
    }
    setSending(true);
    setError(undefined);
    const body = { score, ...(comment.trim() ? { comment } : {}) };
    try {
      const result = await answer(api.POST('/v1/tickets/{number}/rating', { params: { path: { number: ticket.number }, header: { 'Idempotency-Key': idempotency.keyFor(body) } }, body }));
      idempotency.succeeded();
      onChanged(result.ticket);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'Something went wrong. Try again.'));
    } finally {
      setSending(false);
    }
  };
  return (
    <form class="rating" onSubmit={(e) => void send(e)} aria-labelledby="rating-question">
      {error && <FormProblem error={error} labels={{ score: 'Answer', comment: 'Comment' }} />}
      <fieldset class="details">
        <legend id="rating-question">Was this helpful?</legend>
        {(['good', 'bad'] as const).map((choice) => (
          <label class="choice">
            <input type="radio" name="rating-score" value={choice} checked={score === choice} onChange={() => setScore(choice)} /> {scoreNames[choice]}
          </label>
        ))}
      </fieldset>
      <label for="rating-comment">Anything you would like to tell us? (optional)</label>
      <textarea id="rating-comment" rows={3} maxLength={2000} value={comment} onInput={(e) => setComment(e.currentTarget.value)} aria-describedby="rating-tip" />
      <p id="rating-tip" class="hint">
        Never include full card numbers, raw API keys, or passwords.
      </p>
      <button type="submit" disabled={sending}>
        {sending ? 'Sending…' : 'Send rating'}
      </button>
    </form>
  );
}
