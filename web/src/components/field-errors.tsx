import type { ApiError } from '../api/client';

/** A field's name on screen: its own label (`details.amount`), else its top-level field's (`name`). */
function labelOf(labels: Readonly<Record<string, string>>, path: string): string {
  const bare = path.replace(/^\//, '');
  return labels[bare] ?? labels[bare.split(/[./]/)[0] ?? ''] ?? path;
}

/** The API's refusal of a form, with each field at fault named. */
export function FormProblem({ error, labels }: { error: ApiError; labels: Readonly<Record<string, string>> }) {
  return (
    <div class="problem" role="alert">
      <p>{error.fields.length > 0 ? 'Please check the form:' : error.message}</p>
      {error.fields.length > 0 && (
        <ul>
          {error.fields.map((field) => (
            <li>
              {labelOf(labels, field.path)}: {field.message}
            </li>
          ))}
        </ul>
      )}
    </div>
  );
}
