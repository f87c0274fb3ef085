import { isWorkflowType, reportStatusOf, statusesOf } from '../../domain/catalog';
import { deploymentWording } from '../../shared/wording';
import { reportStatuses, ticketTypes } from '../../domain/types';
import type { TicketTypesView } from './ticket-types-schemas';

/** The catalogue as the API shows it: the seeds' codes and phases, labels and meanings in the deployment's words (schema in ./ticket-types-schemas.ts). */
export function ticketTypesView(): TicketTypesView {
  return {
    types: ticketTypes.map((type) => ({
      type,
      movedBy: isWorkflowType(type) ? 'workflow' : 'agents',
      statuses: statusesOf(type, deploymentWording()).map(({ code, label, meaning, phase }) => ({ code, label, meaning, phase })),
    })),
    reportStatuses: reportStatuses.map((code) => reportStatusOf(code)),
  };
}
