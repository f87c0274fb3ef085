import { complaintReportDeps } from '../use-cases/complaints/deps';
import { complaintReport } from '../use-cases/complaints/complaint-report';
import { httpRoute } from '../shared/http';
import { routes } from './routes';
import { complaintReportQuery } from './schemas';
import { complaintReportCsv, complaintReportFileName } from './views/complaint-report';

/** GET /v1/agent/reports/complaints?from=&to=: the complaints received in a period, as a CSV file for the regulatory return. */
export const handler = httpRoute(routes.exportComplaints, { query: complaintReportQuery }, async ({ query }) => {
  const report = await complaintReport(complaintReportDeps(), query);
  return {
    statusCode: 200,
    headers: { 'content-type': 'text/csv; charset=utf-8', 'content-disposition': `attachment; filename="${complaintReportFileName(report)}"` },
    body: complaintReportCsv(report),
  };
});
