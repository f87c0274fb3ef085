import type * as z from 'zod/mini';
import type { FieldProblem } from '../domain/errors';

/**
 * Zod's issues as field problems: a path like `details.amount` and a sentence. The HTTP edge
 * answers them in a 400; a task names them in its error.
 */
export function fieldProblems(error: z.core.$ZodError, prefix = ''): FieldProblem[] {
  return error.issues.flatMap((issue): FieldProblem[] => {
    const path = [prefix, ...issue.path.map(String)].filter(Boolean).join('.');
    if (issue.code === 'unrecognized_keys') {
      return issue.keys.map((key) => ({ path: [path, key].filter(Boolean).join('.'), message: 'Unknown field.' }));
    }
    return [{ path, message: issue.message }];
  });
}
