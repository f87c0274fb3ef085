import { useState } from 'preact/hooks';
import { ApiError, type Schemas } from '../api/client';
import { formatBytes } from '../format';

type Attachment = Schemas['Attachment'];

const typeNames: Readonly<Record<Attachment['contentType'], string>> = {
  'image/png': 'PNG image',
  'image/jpeg': 'JPEG image',
  'image/webp': 'WebP image',
  'image/gif': 'GIF image',
  'application/pdf': 'PDF',
  'text/plain': 'Text',
  'text/csv': 'CSV',
  'application/json': 'JSON',
};

const stateNames: Readonly<Record<Attachment['state'], string>> = {
  checking: 'Being checked for malware',
  ready: 'Ready',
  removed: 'Removed',
  unavailable: 'Unavailable',
};

function AttachmentItem({ attachment, download }: { attachment: Attachment; download: (id: string) => Promise<Schemas['AttachmentDownload']> }) {
  const [busy, setBusy] = useState(false);
  const [problem, setProblem] = useState<string | undefined>(undefined);
  const open = async () => {
    setBusy(true);
    setProblem(undefined);
    try {
      // The link saves the file under its name (its Content-Disposition), so the page stays.
      window.location.assign((await download(attachment.id)).url);
    } catch (failure) {
      setProblem(failure instanceof ApiError ? failure.message : 'The file could not be downloaded. Try again.');
    } finally {
      setBusy(false);
    }
  };
  return (
    <li class={`attachment attachment-${attachment.state}`}>
      <span class="file-name">{attachment.name}</span>{' '}
      <span class="muted">
        ({typeNames[attachment.contentType]}, {formatBytes(attachment.size)})
      </span>{' '}
      — <span class="attachment-state">{stateNames[attachment.state]}</span>
      {attachment.reason && (attachment.state === 'removed' || attachment.state === 'unavailable') && <span class="attachment-reason">: {attachment.reason}</span>}{' '}
      {attachment.state === 'ready' && (
        <button type="button" class="secondary small" disabled={busy} aria-label={`Download ${attachment.name}`} onClick={() => void open()}>
          {busy ? 'Preparing…' : 'Download'}
        </button>
      )}
      {problem && (
        <span class="attachment-problem" role="alert">
          {' '}
          {problem}
        </span>
      )}
    </li>
  );
}

/**
 * A message's files with name, type, size and state: a ready file has a Download button that asks
 * the API for a short-lived link and opens it; a file still being checked says so and offers to
 * refresh; a removed or unavailable one shows its reason.
 */
export function AttachmentList({
  attachments,
  download,
  refresh,
}: {
  attachments: readonly Attachment[];
  download: (id: string) => Promise<Schemas['AttachmentDownload']>;
  refresh?: () => void;
}) {
  if (attachments.length === 0) return null;
  const checking = attachments.some((a) => a.state === 'checking');
  return (
    <div class="attachments">
      <ul aria-label="Attached files">
        {attachments.map((attachment) => (
          <AttachmentItem key={attachment.id} attachment={attachment} download={download} />
        ))}
      </ul>
      {checking && refresh && (
        <p class="hint">
          Files are checked for malware before they can be downloaded.{' '}
          <button type="button" class="secondary small" onClick={refresh}>
            Refresh
          </button>
        </p>
      )}
    </div>
  );
}
