import { providerConfig } from '../providers/config';
import { taskHandler } from '../shared/entry-point';
import { awaitProvider } from '../use-cases/workflow-tasks';
import { workflowDeps } from '../use-cases/workflow-deps';
import { awaitProviderInput } from './inputs';

const settings = { coinPaymentsIpnUrl: process.env['COINPAYMENTS_IPN_URL'] ?? '' };

/** Callback task: stores the token, then asks Paddle, CoinPayments or J2TX; the webhook answers. */
export const handler = taskHandler(awaitProviderInput, (input) => awaitProvider(workflowDeps, providerConfig, settings, input));
