import { deploymentClockSettings } from '../../shared/clock-settings';
import type { Invocation } from '../conflicts';
import { complaintsReceivedBetween } from '../../data/complaints';
import { ticketStore, ticketWriteDeps } from '../tickets/deps';
import type { ComplaintReportDeps } from './complaint-report';
import type { ComplaintDeps } from './mark-complaint';

/** The complaint use cases' dependencies for one invocation: a ticket write's, and the deployment's clock settings. */
export function complaintDeps(invocation: Invocation): ComplaintDeps {
  return { ...ticketWriteDeps(invocation), clock: deploymentClockSettings() };
}

/** The complaints report's dependencies, on the table, in the deployment's time zone (its settings read on first use, not at cold start). */
export function complaintReportDeps(): ComplaintReportDeps {
  return {
    complaintsReceivedBetween: (from, to) => complaintsReceivedBetween(ticketStore, from, to),
    timeZone: deploymentClockSettings().calendar.timeZone,
    now: () => new Date(),
  };
}
