import type { Schemas } from '../api/client';
import { formatDateTime } from '../format';

type Ticket = Schemas['AgentTicket'];

const scoreNames: Readonly<Record<Schemas['Rating']['score'], string>> = { good: 'Good', bad: 'Bad' };

/** The customer's answer to "Was this helpful?" on a ticket, for agents: the latest rating, or that the current solve awaits one. */
export function CustomerRating({ ticket }: { ticket: Ticket }) {
  const { ratable, rating } = ticket.satisfaction;
  if (!rating && !ratable) return null;
  return (
    <section class="rating" aria-labelledby="rating-heading">
      <h2 id="rating-heading">Customer rating</h2>
      {rating ? (
        <>
          <p>
            <strong class={`score score-${rating.score}`}>{scoreNames[rating.score]}</strong> · rated <time dateTime={rating.at}>{formatDateTime(rating.at)}</time> for the solve of{' '}
            <time dateTime={rating.solvedAt}>{formatDateTime(rating.solvedAt)}</time>
          </p>
          {rating.comment ? <p class="message-body">{rating.comment}</p> : <p class="muted">No comment.</p>}
          {ratable && <p class="muted">The ticket was solved again since; the customer has not rated that yet.</p>}
        </>
      ) : (
        <p class="muted">Not rated yet: the customer was asked “Was this helpful?” when the ticket was solved.</p>
      )}
    </section>
  );
}
