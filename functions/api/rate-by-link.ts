import { InvalidRequestError, PayloadTooLargeError } from '../shared/request-errors';
import { fieldProblems } from '../shared/schema-problems';
import { maxBodyBytes, type HttpEvent } from '../shared/http';
import { rateByLink } from '../use-cases/satisfaction/rate-by-link';
import { ratingLinkDeps } from '../use-cases/satisfaction/deps';
import { ratingPageRoute } from './rating-page-route';
import { ratingFormBody } from './satisfaction-schemas';
import { ratingThanksPage } from './views/rating-pages';

/**
 * The comment of a rating page's form (application/x-www-form-urlencoded, as browsers post it).
 * @throws PayloadTooLargeError over the body limit; InvalidRequestError for a comment too long.
 */
function commentOf(event: HttpEvent): string | undefined {
  const raw = event.body === undefined ? '' : event.isBase64Encoded ? Buffer.from(event.body, 'base64').toString('utf8') : event.body;
  if (Buffer.byteLength(raw, 'utf8') > maxBodyBytes) throw new PayloadTooLargeError(maxBodyBytes);
  const parsed = ratingFormBody.safeParse(Object.fromEntries(new URLSearchParams(raw)));
  if (!parsed.success) throw new InvalidRequestError(fieldProblems(parsed.error, ''));
  return parsed.data.comment;
}

/**
 * POST /v1/ratings/{token}: the button of a rating link's page records the rating the link stands
 * for, with the page's optional comment, once per solve: a second use of either link of the solve
 * answers "Already rated" (409) and changes nothing.
 */
export const handler = ratingPageRoute(async (token, event, context) => {
  const { link } = await rateByLink(ratingLinkDeps(context), token, commentOf(event));
  return { statusCode: 200, html: ratingThanksPage(link.number, link.score) };
});
