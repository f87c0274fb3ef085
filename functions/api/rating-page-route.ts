import type { APIGatewayProxyStructuredResultV2, Context } from 'aws-lambda';
import { errorResponseOf } from '../shared/error-responses';
import { publicRoute, type HttpEvent } from '../shared/http';
import { logger } from '../shared/observability';
import { ratingPageHeaders, ratingRefusalPage } from './views/rating-pages';

/** What a rating link's route answers when the link could be used: its status and page. */
export interface RatingPage {
  readonly statusCode: number;
  readonly html: string;
}

/**
 * Wraps a route of the rating links (no token: the signed link authenticates): the link's token
 * from the path, and every refusal answered as a page in the refusal's words and status (an
 * expired link 410, a used one 409...), for a person in a browser rather than a program. An
 * error no one can act on stays the common 500.
 */
export function ratingPageRoute(fn: (token: string, event: HttpEvent, context: Context) => Promise<RatingPage>) {
  return publicRoute(async (event, context): Promise<APIGatewayProxyStructuredResultV2> => {
    const token = event.pathParameters?.['token'] ?? '';
    try {
      const { statusCode, html } = await fn(token, event, context);
      return { statusCode, headers: { ...ratingPageHeaders }, body: html };
    } catch (error) {
      const refusal = errorResponseOf(error);
      if (!refusal) throw error;
      logger.info('rating link refused', { status: refusal.status, code: refusal.code });
      return { statusCode: refusal.status, headers: { ...ratingPageHeaders }, body: ratingRefusalPage(refusal.code, refusal.message) };
    }
  });
}
