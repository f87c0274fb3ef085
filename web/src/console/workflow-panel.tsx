import { useState } from 'preact/hooks';
import { ApiError, answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { FormProblem } from '../components/field-errors';
import { Loading, Problem } from '../components/states';
import { useLoad } from '../components/use-load';
import { formatDateTime } from '../format';

type Workflow = Schemas['Workflow'];
type Decision = NonNullable<Workflow['waiting']>['decisions'][number];
const decisionNames: Readonly<Record<Decision, string>> = { approve: 'Approve', reject: 'Reject', complete: 'Complete', cancel: 'Cancel' };
const waitingNames: Readonly<Record<NonNullable<Workflow['waiting']>['kind'], string>> = {
  provider: 'the payment provider',
  compliance: 'a compliance review',
  finance: 'finance to pay out',
  customer: 'the customer',
  agent: 'an agent',
};
const executionNames: Readonly<Record<Workflow['execution']['status'], string>> = {
  RUNNING: 'Running',
  SUCCEEDED: 'Finished',
  FAILED: 'Failed',
  TIMED_OUT: 'Timed out',
  ABORTED: 'Stopped',
  PENDING_REDRIVE: 'Failed, waiting to be run again',
};

/** The decision the workflow waits for: the note always, the payout's reference to complete, a reason to cancel. */
function DecisionForm({ number, decisions, onDecided }: { number: string; decisions: readonly Decision[]; onDecided: () => void }) {
  const { api } = usePortal();
  const [decision, setDecision] = useState<Decision>(decisions[0] ?? 'approve');
  const [note, setNote] = useState('');
  const [reference, setReference] = useState('');
  const [reason, setReason] = useState('');
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const decide = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const body = { decision, note, ...(decision === 'complete' ? { reference } : {}), ...(decision === 'cancel' ? { reason } : {}) };
    try {
      await answer(api.POST('/v1/agent/tickets/{number}/decision', { params: { path: { number } }, body }));
      onDecided();
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'Something went wrong. Try again.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <form class="ticket-form" onSubmit={(e) => void decide(e)}>
      {error && <FormProblem error={error} labels={{ decision: 'Decision', note: 'Note', reference: 'Reference', reason: 'Reason' }} />}
      <fieldset class="choices">
        <legend>Decision</legend>
        {decisions.map((d) => (
          <label class="check">
            <input type="radio" name="decision" value={d} checked={decision === d} onChange={() => setDecision(d)} /> {decisionNames[d]}
          </label>
        ))}
      </fieldset>
      {decision === 'complete' && (
        <>
          <label for="decision-reference">Reference of the payout</label>
          <input id="decision-reference" value={reference} onInput={(e) => setReference(e.currentTarget.value)} required />
        </>
      )}
      {decision === 'cancel' && (
        <>
          <label for="decision-reason">Reason (the customer reads it)</label>
          <input id="decision-reason" value={reason} onInput={(e) => setReason(e.currentTarget.value)} required />
        </>
      )}
      <label for="decision-note">Note</label>
      <textarea id="decision-note" rows={2} value={note} onInput={(e) => setNote(e.currentTarget.value)} required />
      <button type="submit" disabled={busy}>
        {busy ? 'Sending…' : 'Send decision'}
      </button>
    </form>
  );
}

/**
 * A workflow ticket's execution, under what was asked (`request`, such as the withdrawal's amount
 * and destination): its status, the state it is in, what it waits for since when, its
 * history in readable steps, and the decision form when it waits for one.
 */
export function WorkflowPanel({ number, request, onDecided }: { number: string; request?: string | undefined; onDecided: () => void }) {
  const { api } = usePortal();
  const [loaded, reload] = useLoad(() => answer(api.GET('/v1/agent/tickets/{number}/workflow', { params: { path: { number } } })), [number]);
  const [decided, setDecided] = useState(false);
  return (
    <section class="status-box" aria-labelledby="workflow-heading">
      <h2 id="workflow-heading">Workflow</h2>
      {request && <p>Request: {request}</p>}
      {loaded.state === 'loading' && <Loading what="the workflow" />}
      {loaded.state === 'failed' && <Problem message={loaded.error.status === 404 ? 'This ticket has no workflow yet.' : loaded.error.message} retry={reload} />}
      {loaded.state === 'loaded' && (
        <>
          <p>
            <strong>{executionNames[loaded.value.execution.status]}</strong>
            {loaded.value.currentState && <> · at step “{loaded.value.currentState}”</>}
            {loaded.value.provider && (
              <>
                {' '}
                · {loaded.value.provider.name} reference {loaded.value.provider.reference}
              </>
            )}
          </p>
          {loaded.value.waiting && (
            <p>
              Waiting for {waitingNames[loaded.value.waiting.kind]} since <time dateTime={loaded.value.waiting.since}>{formatDateTime(loaded.value.waiting.since)}</time>.
            </p>
          )}
          {decided && (
            <p class="notice" role="status">
              Decision sent.
            </p>
          )}
          {loaded.value.waiting && loaded.value.waiting.decisions.length > 0 && (
            <DecisionForm
              number={number}
              decisions={loaded.value.waiting.decisions}
              onDecided={() => {
                setDecided(true);
                reload();
                onDecided();
              }}
            />
          )}
          <details>
            <summary>History</summary>
            <ol class="history">
              {loaded.value.history.map((step) => (
                <li>
                  <time dateTime={step.at}>{formatDateTime(step.at)}</time> {step.what}
                  {step.state && <> “{step.state}”</>}
                  {step.error && <> ({step.error})</>}
                </li>
              ))}
            </ol>
          </details>
        </>
      )}
    </section>
  );
}
