import { providerConfig } from '../providers/config';
import { taskHandler } from '../shared/entry-point';
import { awaitProvider } from '../use-cases/workflows/await-provider';
import { workflowDeps } from '../use-cases/workflows/deps';
import { awaitProviderInput } from './inputs';

const settings = { coinPaymentsIpnUrl: process.env['COINPAYMENTS_IPN_URL'] ?? '' };

/** Callback task: stores the token, then asks Paddle, CoinPayments or J2TX; the webhook answers. */
export const handler = taskHandler(awaitProviderInput, (input) => awaitProvider(workflowDeps, providerConfig, settings, input));
