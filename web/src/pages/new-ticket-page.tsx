import { useState } from 'preact/hooks';
import type { paths } from '../../api/ticketflow';
import { ApiError, answer, type Schemas } from '../api/client';
import { usePortal } from '../app-context';
import { FormProblem } from '../components/field-errors';
import { useIdempotencyKey } from '../components/idempotency';
import { PageTitle } from '../components/states';
import { detailLabels, detailsBody, emptyDetails, TicketDetailsFields, type DetailsForm } from '../components/ticket-details-fields';
import { FilePicker, useFilePicker } from '../attachments/file-picker';
import { redactionNames } from '../format';
import { formTypes, priorityNames, typeNames, type Priority, type TicketType } from '../ticket-words';

const labels = { name: 'Name', phone: 'Phone', subject: 'Subject', type: 'Type', priority: 'Priority', description: 'Description', ...detailLabels };
// The details are typed as the form holds them (text); the API checks them against the type's own schema.
type CreateBody = paths['/v1/tickets']['post']['requestBody']['content']['application/json'];

/** What was sent and what the API kept: the case number at once, and what it redacted. */
function Created({ created }: { created: Schemas['TicketCreated'] }) {
  const { ticket, redacted, attachments } = created;
  return (
    <div class="created" role="status">
      <p class="case-number">
        Your case number is <strong>{ticket.number}</strong>.
      </p>
      <p>
        Status: {ticket.status.label}. {ticket.status.meaning}
      </p>
      {attachments.length > 0 && (
        <p>
          Attached: {attachments.map((file) => file.name).join(', ')}. Files are checked for malware before anyone can download them.
        </p>
      )}
      {redacted.length > 0 && (
        <div class="redacted">
          <p>To protect you, we removed what looked like secrets before saving your ticket:</p>
          <ul>
            {redacted.map((kind) => (
              <li>{redactionNames[kind] ?? kind}</li>
            ))}
          </ul>
        </div>
      )}
      <p>
        <a href={`/tickets/${ticket.number}`}>Open your ticket</a> · <a href="/tickets">Back to Support Cases</a>
      </p>
    </div>
  );
}

/**
 * Seed 002's ticket form: name, phone (optional), subject, type, priority, description, with its
 * tip about secrets; a refund, withdrawal or KYC ticket also asks for its type's details.
 */
export function NewTicketPage() {
  const { api, session } = usePortal();
  const idempotency = useIdempotencyKey();
  const [form, setForm] = useState({ name: session.name, phone: '', subject: '', type: 'general' as TicketType, priority: 'normal' as Priority, description: '' });
  const [details, setDetails] = useState<DetailsForm>(emptyDetails);
  const [sending, setSending] = useState(false);
  const [error, setError] = useState<ApiError | undefined>(undefined);
  const [created, setCreated] = useState<Schemas['TicketCreated'] | undefined>(undefined);
  const files = useFilePicker();
  const set = (field: keyof typeof form) => (event: Event) => setForm({ ...form, [field]: (event.currentTarget as HTMLInputElement).value });

  const submit = async (event: Event) => {
    event.preventDefault();
    if (sending || files.busy) return;
    if (files.blocker) {
      setError(new ApiError(422, files.blocker));
      return;
    }
    setSending(true);
    setError(undefined);
    const body = {
      type: form.type,
      name: form.name.trim(),
      subject: form.subject.trim(),
      description: form.description,
      priority: form.priority,
      ...(form.phone.trim() ? { phone: form.phone.trim() } : {}),
      details: detailsBody(form.type, details),
      ...(files.uploadIds.length > 0 ? { attachments: [...files.uploadIds] } : {}),
    } as CreateBody;
    try {
      const result = await answer(api.POST('/v1/tickets', { body, params: { header: { 'Idempotency-Key': idempotency.keyFor(body) } } }));
      idempotency.succeeded();
      files.clear();
      setCreated(result);
    } catch (failure) {
      setError(failure instanceof ApiError ? failure : new ApiError(0, 'Something went wrong. Try again.'));
    } finally {
      setSending(false);
    }
  };

  if (created) {
    return (
      <section>
        <PageTitle>Ticket received</PageTitle>
        <Created created={created} />
      </section>
    );
  }
  return (
    <section>
      <PageTitle>New ticket</PageTitle>
      <p class="lead">Provide as much detail as possible for faster support.</p>
      {error && <FormProblem error={error} labels={labels} />}
      <form class="ticket-form" onSubmit={(e) => void submit(e)}>
        <label for="name">Name</label>
        <input id="name" value={form.name} onInput={set('name')} required maxLength={200} autocomplete="name" />
        <label for="phone">
          Phone <span class="muted">(optional)</span>
        </label>
        <input id="phone" type="tel" value={form.phone} onInput={set('phone')} autocomplete="tel" />
        <label for="subject">Subject</label>
        <input id="subject" value={form.subject} onInput={set('subject')} required maxLength={200} aria-describedby="subject-hint" />
        <p id="subject-hint" class="hint">
          A short summary, such as “Suspicious login alert”.
        </p>
        <div class="two">
          <div>
            <label for="type">Type</label>
            <select id="type" value={form.type} onChange={set('type')}>
              {formTypes.map((code) => (
                <option value={code}>{typeNames[code]}</option>
              ))}
            </select>
          </div>
          <div>
            <label for="priority">Priority</label>
            <select id="priority" value={form.priority} onChange={set('priority')}>
              {Object.entries(priorityNames).map(([code, name]) => (
                <option value={code}>{name}</option>
              ))}
            </select>
          </div>
        </div>
        <TicketDetailsFields type={form.type} form={details} error={error} onChange={setDetails} />
        <div class="with-tip">
          <div>
            <label for="description">Description</label>
            <textarea id="description" rows={8} value={form.description} onInput={set('description')} required aria-describedby="secrets-tip" />
          </div>
          <aside id="secrets-tip" class="tip">
            <strong>Tip:</strong> Never include full card numbers, raw API keys, or passwords. Always redact sensitive data. Include steps, error messages, relevant IDs and timestamps.
          </aside>
        </div>
        <FilePicker id="files" picker={files} />
        <button type="submit" disabled={sending || files.busy}>
          {sending ? 'Submitting…' : files.busy ? 'Uploading files…' : 'Submit'}
        </button>
      </form>
    </section>
  );
}
