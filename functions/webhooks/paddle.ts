import { webhookRoute } from './webhook-route';

/** POST /v1/webhooks/paddle (Paddle Billing: adjustment.updated answers a refund). */
export const handler = webhookRoute('paddle');
