import { satisfactionReportOf } from '../use-cases/satisfaction/satisfaction-report';
import { ratingsSource } from '../use-cases/satisfaction/deps';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { satisfactionReportQuery } from './satisfaction-schemas';
import { satisfactionReportView } from './views/satisfaction';

/** GET /v1/agent/reports/satisfaction?from=&to=: good and bad ratings and the share good, by type, agent and ISO week (agents only). */
export const handler = httpRoute(routes.getSatisfactionReport, { query: satisfactionReportQuery }, async (request) => ({
  statusCode: 200,
  body: satisfactionReportView(await satisfactionReportOf(ratingsSource, request.query.from, request.query.to)),
}));
