import { useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';
import { usePortal } from '../app-context';
import { formatBytes } from '../format';
import { acceptedFiles, allowedTypesText, refusalOf, uploadLimits } from './file-checks';
import { uploadFile } from './upload';

interface Picked {
  readonly key: number;
  readonly name: string;
  readonly size: number;
  readonly state: 'uploading' | 'uploaded' | 'failed';
  readonly progress: number;
  readonly uploadId?: string;
  readonly problem?: string;
}

/** The files picked for one message, each uploaded as soon as it is picked. */
export interface FilePickerState {
  readonly files: readonly Picked[];
  /** True while a file is still uploading: the form waits for it before sending. */
  readonly busy: boolean;
  /** The upload ids of the uploaded files, to send as `attachments`. */
  readonly uploadIds: readonly string[];
  /** Why the picked files cannot be sent yet (a failed upload to remove or retry), or undefined. */
  readonly blocker: string | undefined;
  add(files: readonly File[]): void;
  remove(key: number): void;
  clear(): void;
}

let nextKey = 1;

/**
 * The state of a file picker: picks files, refuses those over the limits in words, uploads the
 * others (an upload from the API, then the file posted straight to storage) with their progress.
 */
export function useFilePicker(): FilePickerState {
  const { api } = usePortal();
  const [files, setFiles] = useState<readonly Picked[]>([]);
  const update = (key: number, change: Partial<Picked>) => setFiles((all) => all.map((f) => (f.key === key ? { ...f, ...change } : f)));
  const add = (picked: readonly File[]) => {
    const room = uploadLimits.files - files.length;
    const taken = picked.slice(0, Math.max(room, 0));
    const over = picked.slice(taken.length).map((file): Picked => ({ key: nextKey++, name: file.name, size: file.size, state: 'failed', progress: 0, problem: `${file.name} is one file too many: at most ${uploadLimits.files} files a message.` }));
    const entries = taken.map((file) => ({ file, picked: { key: nextKey++, name: file.name, size: file.size, state: 'uploading', progress: 0, problem: refusalOf(file) } as Picked }));
    setFiles((all) => [...all, ...entries.map(({ picked: p }) => (p.problem ? { ...p, state: 'failed' as const } : p)), ...over]);
    for (const { file, picked: p } of entries) {
      if (p.problem) continue;
      uploadFile(api, file, (progress) => update(p.key, { progress })).then(
        (uploadId) => update(p.key, { state: 'uploaded', uploadId, progress: 1 }),
        (failure: unknown) => update(p.key, { state: 'failed', problem: failure instanceof ApiError ? failure.message : `${file.name} could not be uploaded. Try again.` }),
      );
    }
  };
  const failed = files.filter((f) => f.state === 'failed');
  return {
    files,
    busy: files.some((f) => f.state === 'uploading'),
    uploadIds: files.flatMap((f) => (f.uploadId ? [f.uploadId] : [])),
    blocker: failed.length > 0 ? 'Remove the files that could not be uploaded before sending.' : undefined,
    add,
    remove: (key) => setFiles((all) => all.filter((f) => f.key !== key)),
    clear: () => setFiles([]),
  };
}

function stateText(file: Picked): string {
  if (file.state === 'failed') return file.problem ?? 'Could not be uploaded.';
  if (file.state === 'uploaded') return 'Uploaded';
  return `Uploading, ${Math.round(file.progress * 100)}%`;
}

/**
 * A labelled file input with its limits, and the picked files with their progress and problems
 * in words (a polite live region, so a screen reader hears when an upload finishes or fails), each
 * with a Remove button.
 */
export function FilePicker({ id, picker }: { id: string; picker: FilePickerState }) {
  const input = useRef<HTMLInputElement>(null);
  const full = picker.files.length >= uploadLimits.files;
  return (
    <div class="file-picker">
      <label for={id}>
        Attach files <span class="muted">(optional)</span>
      </label>
      <input
        ref={input}
        id={id}
        type="file"
        multiple
        accept={acceptedFiles}
        disabled={full}
        aria-describedby={`${id}-limits`}
        onChange={(event) => {
          const element = event.currentTarget;
          picker.add(Array.from(element.files ?? []));
          // Emptied so that picking the same file again (after removing it) is noticed.
          element.value = '';
        }}
      />
      <p id={`${id}-limits`} class="hint">
        Up to {uploadLimits.files} files, 10 MB each: {allowedTypesText}.
      </p>
      <ul class="picked-files" aria-live="polite">
        {picker.files.map((file) => (
          <li key={file.key} class={`picked picked-${file.state}`}>
            <span class="file-name">{file.name}</span> <span class="muted">({formatBytes(file.size)})</span> — <span>{stateText(file)}</span>
            {file.state === 'uploading' && <progress value={file.progress} max={1} aria-label={`${file.name} upload progress`} />}{' '}
            <button type="button" class="secondary small" aria-label={`Remove ${file.name}`} onClick={() => (picker.remove(file.key), input.current?.focus())}>
              Remove
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}
