import { webhookRoute } from './webhook-route';

/** POST /v1/webhooks/coinpayments (CoinPayments: the withdrawal IPN answers a refund payout). */
export const handler = webhookRoute('coinpayments');
