import { providerConfig } from '../providers/config';
import { awaitProvider } from '../use-cases/workflows/await-provider';
import type { AwaitProviderInput } from '../use-cases/workflows/await-provider';
import { workflowDeps } from '../use-cases/workflows/deps';

const settings = { coinPaymentsIpnUrl: process.env['COINPAYMENTS_IPN_URL'] ?? '' };

/** Callback task: stores the token, then asks Paddle, CoinPayments or J2TX; the webhook answers. */
export const handler = (input: AwaitProviderInput) => awaitProvider(workflowDeps, providerConfig, settings, input);
