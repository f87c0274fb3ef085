import { ratingLinkStanding } from '../use-cases/satisfaction/rate-by-link';
import { ratingLinkDeps } from '../use-cases/satisfaction/deps';
import { ratingPageRoute } from './rating-page-route';
import { ratingQuestionPage } from './views/rating-pages';

/**
 * GET /v1/ratings/{token}: the page a "Good" or "Bad" link of a solved ticket's email opens. It
 * records nothing: mail scanners and link previewers open every link of an email (some click
 * both), and a GET that recorded would let them rate for the customer. As RFC 8058 does for
 * one-click unsubscribe, the change takes a POST, here the page's one button, which also lets
 * the customer add a comment. A link that cannot be used any more says why at once.
 */
export const handler = ratingPageRoute(async (token, _event, context) => {
  const { link } = await ratingLinkStanding(ratingLinkDeps(context), token);
  return { statusCode: 200, html: ratingQuestionPage(link.number, link.score) };
});
