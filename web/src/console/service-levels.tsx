import { formatDateTime } from '../format';
import { dueText, nearestDueText, targetNames, type TargetClock } from './due-text';

/*
 * The console's service levels: a ticket's due times on its page, and the queue's "Order by"
 * choice and due column. The words are in ./due-text.ts (unit tested); the times are read against
 * the browser's clock when the page renders.
 */

/** A ticket's service-level clocks: each target, what its clock says, and when. */
export function ServiceLevels({ clocks }: { clocks: readonly TargetClock[] }) {
  if (clocks.length === 0) return null;
  const now = Date.now();
  return (
    <section class="service-levels" aria-labelledby="service-levels-heading">
      <h2 id="service-levels-heading">Service levels</h2>
      <ul>
        {clocks.map((clock) => {
          const said = dueText(clock, now);
          return (
            <li key={clock.target} class={`due due-${said.tone}`}>
              <strong>{targetNames[clock.target]}:</strong> {said.text}
              {said.at && (
                <>
                  {' '}
                  (<time dateTime={said.at}>{formatDateTime(said.at)}</time>)
                </>
              )}
            </li>
          );
        })}
      </ul>
    </section>
  );
}

const orderNames = { '': 'Priority', due: 'Nearest due' } as const;

/** The queue's "Order by" choice: by priority then age (the API's default), or by the nearest due time. */
export function OrderChoice({ value, onChange }: { value: 'due' | undefined; onChange: (value: string) => void }) {
  return (
    <div class="filter">
      <label for="queue-order">Order by</label>
      <select id="queue-order" value={value ?? ''} onChange={(e) => onChange(e.currentTarget.value)}>
        {Object.entries(orderNames).map(([code, name]) => (
          <option value={code}>{name}</option>
        ))}
      </select>
    </div>
  );
}

/** A queue row's nearest due time: how far ahead or overdue, with the instant in the person's language. */
export function DueCell({ due }: { due: string | null }) {
  return (
    <td data-label="Due" class={due !== null && Date.parse(due) <= Date.now() ? 'due-breached' : undefined}>
      {due === null ? nearestDueText(due, Date.now()) : <time dateTime={due} title={formatDateTime(due)}>{nearestDueText(due, Date.now())}</time>}
    </td>
  );
}
