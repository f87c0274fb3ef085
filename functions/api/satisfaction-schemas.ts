import * as z from 'zod/mini';
import { ratingCommentMaxLength, ratingScores } from '../domain/satisfaction/rating';

/*
 * The request schemas of satisfaction: the customer's rating through the API, the comment posted
 * from an email link's page, and the report's period. Kept apart from ./schemas.ts so that the
 * routes that do not use them do not build them at cold start.
 */

const comment = z.optional(z.string().check(z.maxLength(ratingCommentMaxLength, `At most ${ratingCommentMaxLength} characters.`)));

/** POST /v1/tickets/{number}/rating: "Was this helpful?" */
export const ratingBody = z.strictObject({
  score: z.enum(ratingScores, { error: 'Say "good" or "bad".' }),
  comment,
});

/** POST /v1/ratings/{token}: the form of a rating link's page, whose only field is the optional comment. */
export const ratingFormBody = z.object({ comment });

const date = (description: string) => {
  const schema = z.string().check(z.regex(/^\d{4}-\d{2}-\d{2}$/, 'A date like 2026-11-30.'));
  z.globalRegistry.add(schema, { description });
  return schema;
};

/** GET /v1/agent/reports/satisfaction: the days of the report, both included (UTC), at most 366. */
export const satisfactionReportQuery = z.strictObject({
  from: date('The first day (UTC) of the period, like 2026-11-01.'),
  to: date('The last day (UTC) of the period, included; at most 366 days after `from`, counting both.'),
});
