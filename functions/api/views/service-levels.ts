import { ticketClocks } from '../../domain/clock/ticket-service-levels';
import type { Ticket } from '../../domain/types';
import { deploymentClockSettings } from '../../shared/clock-settings';
import type { ServiceLevelsView } from './service-levels-schemas';

/**
 * A ticket's service-level clocks as agents see them at `now` (ISO 8601), computed from the clock
 * events stored on the ticket under the deployment's calendar and targets.
 * @throws ClockSettingsError when the deployment's clock settings are bad (see deploymentClockSettings).
 */
export function serviceLevelsView(ticket: Ticket, now: string = new Date().toISOString()): ServiceLevelsView {
  return ticketClocks(ticket, deploymentClockSettings(), now < ticket.updatedAt ? ticket.updatedAt : now);
}
