import { isWorkflowType, reportStatusOf, statusesOf } from '../../domain/catalog';
import { reportStatuses, ticketTypes } from '../../domain/types';
import type { TicketTypesView } from './ticket-types-schemas';

/** The catalogue as the API shows it: the seeds' codes, labels, meanings and phases (schema in ./ticket-types-schemas.ts). */
export function ticketTypesView(): TicketTypesView {
  return {
    types: ticketTypes.map((type) => ({
      type,
      movedBy: isWorkflowType(type) ? 'workflow' : 'agents',
      statuses: statusesOf(type).map(({ code, label, meaning, phase }) => ({ code, label, meaning, phase })),
    })),
    reportStatuses: reportStatuses.map((code) => reportStatusOf(code)),
  };
}
