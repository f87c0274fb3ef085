/*
 * The one place links into the customer portal are made. Emails link to exactly these pages of the
 * portal and no other: a ticket's page and the notification preferences page. The portal (issue 12)
 * serves them at these paths; README "Emails" lists them. (A solved ticket's email also links the
 * API's rating pages: notifications/wiring.ts signs those.)
 */

/** The paths of the portal's pages that emails link to. */
export const portalPaths = {
  ticket: (number: string) => `/tickets/${encodeURIComponent(number)}`,
  preferences: () => '/preferences',
} as const;

const base = (portalUrl: string) => portalUrl.replace(/\/+$/, '');

/** The link to a ticket's page in the customer portal. */
export function ticketLink(portalUrl: string, number: string): string {
  return `${base(portalUrl)}${portalPaths.ticket(number)}`;
}

/** The link to the customer's notification preferences in the portal. */
export function preferencesLink(portalUrl: string): string {
  return `${base(portalUrl)}${portalPaths.preferences()}`;
}
