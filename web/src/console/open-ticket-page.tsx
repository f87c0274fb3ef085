import { useState } from 'preact/hooks';
import type { paths } from '../../api/ticketflow';
import { ApiError, answer } from '../api/client';
import { usePortal } from '../app-context';
import { FormProblem } from '../components/field-errors';
import { useIdempotencyKey } from '../components/idempotency';
import { PageTitle } from '../components/states';
import { detailLabels, detailsBody, emptyDetails, TicketDetailsFields, type DetailsForm } from '../components/ticket-details-fields';
import { formTypes, priorityNames, typeNames, type Priority, type TicketType } from '../ticket-words';

const labels = {
  email: 'Customer email',
  name: 'Customer name',
  phone: 'Phone',
  subject: 'Subject',
  type: 'Type',
  priority: 'Priority',
  description: 'Description',
  message: 'First message',
  note: 'Internal note',
  ...detailLabels,
  'details.kind': 'What the customer needs',
};
// The details are typed as the form holds them (text); the API checks them against the type's own schema.
type OpenBody = paths['/v1/agent/tickets']['post']['requestBody']['content']['application/json'];

/**
 * Opens a case of any type for a customer's email (POST /v1/agent/tickets) with a first public
 * message and an optional internal note; a refund, withdrawal or KYC case asks for its details with
 * the portal's fields, and its workflow starts as for a customer's. One Idempotency-Key per
 * content, so a retry or a double click opens one ticket.
 */
export function OpenTicketPage() {
  const { api } = usePortal();
  const idempotency = useIdempotencyKey();
  const [form, setForm] = useState({ email: '', name: '', phone: '', subject: '', type: 'general' as TicketType, priority: 'normal' as Priority, description: '', message: '', note: '' });
  const [details, setDetails] = useState<DetailsForm>(emptyDetails);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [opened, setOpened] = useState<string | undefined>(undefined);
  const set = (name: keyof typeof form) => (e: { currentTarget: { value: string } }) => setForm((f) => ({ ...f, [name]: e.currentTarget.value }));

  const submit = async (event: Event) => {
    event.preventDefault();
    if (busy) return;
    setBusy(true);
    setError(undefined);
    const { phone, note, type, ...rest } = form;
    const body = { ...rest, type, ...(phone ? { phone } : {}), ...(note ? { note } : {}), details: detailsBody(type, details) } as OpenBody;
    try {
      const result = await answer(api.POST('/v1/agent/tickets', { params: { header: { 'Idempotency-Key': idempotency.keyFor(body) } }, body }));
      idempotency.succeeded();
      setOpened(result.ticket.number);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'Something went wrong. Try again.'));
    } finally {
      setBusy(false);
    }
  };

  if (opened)
    return (
      <section>
        <PageTitle>Ticket opened</PageTitle>
        <p class="created case-number" role="status">
          Case number <strong>{opened}</strong> is opened for {form.email}.
        </p>
        <p>
          <a href={`/console/tickets/${opened}`}>Open ticket {opened}</a> · <a href="/console">Back to the queue</a>
        </p>
      </section>
    );
  const label = (name: 'email' | 'name' | 'phone' | 'subject') => <label for={`open-${name}`}>{labels[name]}</label>;
  return (
    <section>
      <p class="back">
        <a href="/console">← Queue</a>
      </p>
      <PageTitle>Open a ticket for a customer</PageTitle>
      <form class="ticket-form" onSubmit={(e) => void submit(e)}>
        {error && <FormProblem error={error} labels={labels} />}
        {label('email')}
        <input id="open-email" type="email" autoComplete="off" value={form.email} onInput={set('email')} required />
        {label('name')}
        <input id="open-name" value={form.name} onInput={set('name')} required />
        {label('phone')}
        <input id="open-phone" type="tel" value={form.phone} onInput={set('phone')} />
        {label('subject')}
        <input id="open-subject" value={form.subject} onInput={set('subject')} required />
        <div class="two">
          <div>
            <label for="open-type">Type</label>
            <select id="open-type" value={form.type} onChange={set('type')}>
              {formTypes.map((code) => (
                <option value={code}>{typeNames[code]}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="open-priority">Priority</label>
            <select id="open-priority" value={form.priority} onChange={set('priority')}>
              {Object.entries(priorityNames).map(([code, name]) => (
                <option value={code}>{name}</option>
              ))}
            </select>
          </div>
        </div>
        <TicketDetailsFields type={form.type} form={details} error={error} onChange={setDetails} audience="agent" />
        <label for="open-description">Description</label>
        <textarea id="open-description" rows={3} value={form.description} onInput={set('description')} required />
        <label for="open-message">First message (the customer reads it)</label>
        <textarea id="open-message" rows={3} value={form.message} onInput={set('message')} required />
        <label for="open-note">Internal note (optional)</label>
        <textarea id="open-note" rows={2} value={form.note} onInput={set('note')} />
        <button type="submit" disabled={busy}>
          {busy ? 'Opening…' : 'Open ticket'}
        </button>
      </form>
    </section>
  );
}
