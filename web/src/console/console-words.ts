import type { Phase } from '../ticket-words';

/** The phases as agents call them (the portal speaks to the customer: "Awaiting your reply"). */
export const consolePhaseNames: Readonly<Record<Phase, string>> = {
  open: 'Open',
  awaiting_reply: 'Awaiting customer',
  solved: 'Solved',
  closed: 'Closed',
};
