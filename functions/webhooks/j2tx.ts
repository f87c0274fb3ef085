import { webhookRoute } from './webhook-route';

/** POST /v1/webhooks/j2tx (J2TX: the review result answers a KYC application). */
export const handler = webhookRoute('j2tx');
