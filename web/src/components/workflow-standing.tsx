import { useState } from 'preact/hooks';
import { ApiError, answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { Problem } from './states';

type Ticket = Schemas['CustomerTicket'];

// The withdrawal statuses in which the customer may still cancel (the API decides; a refusal is shown in its words).
const cancellable = new Set(['submitted', 'in_progress']);

const processNames: Readonly<Partial<Record<Ticket['type'], string>>> = {
  refund: 'refund',
  withdrawal: 'withdrawal',
  kyc: 'verification',
};

/** A refund, withdrawal or KYC ticket's details in plain words (the customer's and the console's), such as "49.00 USD, paid with Paddle". */
export function detailsLine(ticket: Pick<Ticket, 'type' | 'details'>): string | undefined {
  const details = ticket.details as Record<string, string | undefined>;
  if (ticket.type === 'refund') return `${details['amount']} ${details['currency']}, paid with ${details['provider'] === 'coinpayments' ? 'CoinPayments' : 'Paddle'} (transaction ${details['transactionId']})`;
  if (ticket.type === 'withdrawal') return `${details['amount']} ${details['currency']} to ${details['destination']}`;
  if (ticket.type === 'kyc') return `${details['kind'] === 'address_change' ? 'Change of residence address' : 'Identity verification'}, ${details['country']}`;
  return undefined;
}

/**
 * Cancelling a withdrawal in its window, with a confirm step: the button shows while the
 * withdrawal may be cancelled, and the API's refusal (it went to finance meanwhile) is shown in
 * its words, after which the ticket is loaded again to show where it now stands.
 */
function CancelWithdrawal({ ticket, onChanged, onRefused }: { ticket: Ticket; onChanged: (ticket: Ticket) => void; onRefused: () => void }) {
  const { api } = usePortal();
  const [confirming, setConfirming] = useState(false);
  const [busy, setBusy] = useState(false);
  const [refusal, setRefusal] = useState<string | undefined>(undefined);
  const cancel = async () => {
    setBusy(true);
    setRefusal(undefined);
    try {
      const result = await answer(api.POST('/v1/tickets/{number}/cancel', { params: { path: { number: ticket.number } } }));
      setConfirming(false);
      onChanged(result.ticket);
    } catch (failure) {
      setConfirming(false);
      setRefusal(failure instanceof ApiError ? failure.message : 'Something went wrong. Try again.');
      onRefused();
    } finally {
      setBusy(false);
    }
  };
  const open = cancellable.has(ticket.status.code);
  return (
    <div class="moves">
      {refusal && <Problem message={refusal} />}
      {open && !confirming && (
        <button type="button" class="secondary" onClick={() => setConfirming(true)}>
          Cancel withdrawal
        </button>
      )}
      {open && confirming && (
        <div class="confirm" role="group" aria-labelledby="confirm-cancel">
          <p id="confirm-cancel">
            <strong>Cancel this withdrawal?</strong> It will not be paid out, and a cancelled withdrawal cannot be restarted: you would open a new one.
          </p>
          <button type="button" disabled={busy} onClick={() => void cancel()} ref={(button) => button?.focus()}>
            {busy ? 'Cancelling…' : 'Yes, cancel it'}
          </button>
          <button type="button" class="secondary" disabled={busy} onClick={() => setConfirming(false)}>
            Keep the withdrawal
          </button>
        </div>
      )}
    </div>
  );
}

/**
 * Where a refund, withdrawal or KYC ticket stands, for its customer: what was asked, that its
 * process moves the status (the status box above says where it is), and a withdrawal's cancel.
 * Renders nothing for other types.
 */
export function WorkflowStanding({ ticket, onChanged, onRefused }: { ticket: Ticket; onChanged: (ticket: Ticket) => void; onRefused: () => void }) {
  const process = processNames[ticket.type];
  const line = detailsLine(ticket);
  if (!process || !line) return null;
  return (
    <section class="workflow-standing" aria-labelledby="standing-heading">
      <h2 id="standing-heading">Your {process} request</h2>
      <p>{line}</p>
      <p class="hint">Our {process} process moves this ticket from step to step; we email you each time its status changes.</p>
      {ticket.type === 'withdrawal' && <CancelWithdrawal ticket={ticket} onChanged={onChanged} onRefused={onRefused} />}
    </section>
  );
}
