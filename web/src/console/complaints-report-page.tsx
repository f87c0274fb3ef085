import { useState } from 'preact/hooks';
import { ApiError, answer } from '../api/client';
import { usePortal } from '../app-context';
import { FormProblem } from '../components/field-errors';
import { PageTitle } from '../components/states';

/** A date input's value for a day: `YYYY-MM-DD` of the person's own calendar. */
function dayValue(date: Date): string {
  return `${date.getFullYear()}-${String(date.getMonth() + 1).padStart(2, '0')}-${String(date.getDate()).padStart(2, '0')}`;
}

/** Saves text as a file the browser downloads, under `name`. */
function saveFile(text: string, name: string, type: string): void {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = name;
  link.click();
  // The browser has taken the file once the click is handled.
  setTimeout(() => URL.revokeObjectURL(url), 0);
}

/**
 * The complaints export for a regulatory return: a period of days (the first of this quarter to
 * today, to begin with), downloaded as the CSV file GET /v1/agent/reports/complaints answers.
 */
export function ComplaintsReportPage() {
  const { api } = usePortal();
  const today = new Date();
  const [from, setFrom] = useState(dayValue(new Date(today.getFullYear(), Math.floor(today.getMonth() / 3) * 3, 1)));
  const [to, setTo] = useState(dayValue(today));
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [done, setDone] = useState<string | undefined>(undefined);
  const download = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    setDone(undefined);
    try {
      const csv = await answer(api.GET('/v1/agent/reports/complaints', { params: { query: { from, to } }, parseAs: 'text' }));
      const name = `complaints-${from}-to-${to}.csv`;
      saveFile(csv, name, 'text/csv');
      const rows = Math.max(0, csv.split('\r\n').filter(Boolean).length - 1);
      setDone(`Downloaded ${name}: ${rows} complaint${rows === 1 ? '' : 's'}.`);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'Something went wrong. Try again.'));
    } finally {
      setBusy(false);
    }
  };
  return (
    <section>
      <p class="back">
        <a href="/console">← Queue</a>
      </p>
      <PageTitle>Complaints export</PageTitle>
      <p>
        The complaints received in a period (days in the deployment’s time zone, at most a year), one row each: when received, the acknowledgement and final
        response due and sent, a holding reply, and whether each was resolved within its deadline or late. For the regulatory return.
      </p>
      <form class="inline" onSubmit={(e) => void download(e)}>
        {error && <FormProblem error={error} labels={{ from: 'From', to: 'To' }} />}
        <label for="report-from">From</label>
        <input id="report-from" type="date" required value={from} onInput={(e) => setFrom(e.currentTarget.value)} />
        <label for="report-to">To</label>
        <input id="report-to" type="date" required value={to} onInput={(e) => setTo(e.currentTarget.value)} />
        <button type="submit" disabled={busy}>
          {busy ? 'Preparing…' : 'Download CSV'}
        </button>
      </form>
      {done && (
        <p class="notice" role="status">
          {done}
        </p>
      )}
    </section>
  );
}
