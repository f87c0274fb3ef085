import type { ApiError } from '../api/client';

/** The API's refusal of a form, with each field at fault named. */
export function FormProblem({ error, labels }: { error: ApiError; labels: Readonly<Record<string, string>> }) {
  return (
    <div class="problem" role="alert">
      <p>{error.fields.length > 0 ? 'Please check the form:' : error.message}</p>
      {error.fields.length > 0 && (
        <ul>
          {error.fields.map((field) => (
            <li>
              {labels[field.path.replace(/^\//, '').split(/[./]/)[0] ?? ''] ?? field.path}: {field.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
