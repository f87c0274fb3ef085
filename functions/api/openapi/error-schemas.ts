import * as z from 'zod/mini';
import { errorResponses } from '../../shared/error-responses';

/*
 * The bodies of refusals, as the HTTP edge writes them (functions/shared/http.ts) from the one
 * table of errors (functions/shared/error-responses.ts), and as API Gateway writes its own.
 */

/** The code of an answer that no caller can act on: the details stay in the log. */
export const internalErrorCode = 'internal';

/** Every error code the API answers with, in the table's order. */
export const errorCodes = [...new Set([...errorResponses.map(([, , code]) => code), internalErrorCode])];

/** Our refusals: a code a client can branch on, a sentence for people, and the fields at fault. */
export const errorSchema = z.object({
  error: z.object({
    code: z.enum(errorCodes as [string, ...string[]]),
    message: z.string(),
    fields: z.array(z.object({ path: z.string(), message: z.string() })),
  }),
});

export type ErrorBody = z.output<typeof errorSchema>;

/** What API Gateway answers by itself, before any function runs (no token, body too large, a crashed function). */
export const gatewayErrorSchema = z.object({ message: z.string() });

/** The error codes of a status, as the table gives them (`internal` for 500). */
export function errorCodesOf(status: number): string[] {
  return status === 500 ? [internalErrorCode] : [...new Set(errorResponses.filter(([, answered]) => answered === status).map(([, , code]) => code))];
}
