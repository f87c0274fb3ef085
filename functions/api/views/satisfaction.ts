import { isRatable } from '../../domain/satisfaction/rating';
import type { SatisfactionReport } from '../../domain/satisfaction/report';
import type { Ticket } from '../../domain/types';
import type { SatisfactionReportView, TicketSatisfactionView } from './satisfaction-schemas';

/** A ticket's satisfaction as the API returns it, to its customer and to agents alike. */
export function satisfactionView(ticket: Ticket): TicketSatisfactionView {
  const rating = ticket.rating;
  return {
    ratable: isRatable(ticket),
    rating: rating ? { score: rating.score, comment: rating.comment, at: rating.at, solvedAt: rating.solvedAt } : null,
  };
}

/** The satisfaction report as the API returns it. */
export function satisfactionReportView(report: SatisfactionReport): SatisfactionReportView {
  return {
    period: report.period,
    overall: report.overall,
    byType: report.byType.map((row) => ({ ...row })),
    byAgent: report.byAgent.map((row) => ({ ...row })),
    byWeek: report.byWeek.map((row) => ({ ...row })),
  };
}
