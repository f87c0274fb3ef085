/**
 * `npm run simulate -- <provider> <answer> <ticket number>`: plays an outside party's answer on
 * the local cloud by sending the webhook the provider would send, signed with the local secrets,
 * for the reference the ticket's workflow is waiting on.
 */
import { parseArgs } from 'node:util';
import type { ProviderName, WebhookDelivery } from '../../functions/providers/types';
import { coinPaymentsIpnDelivery, deliver, j2txWebhookDelivery, paddleWebhookDelivery } from '../../test/fakes';
import { readLocalConfig } from './config';
import { pendingReference } from './pending-reference';

const usage = `Usage: npm run simulate -- <provider> <answer> <ticket number> [--comment "..."]

Sends the signed webhook an outside party would send for the ticket's pending request, to the
local API (POST /v1/webhooks/<provider>) of a running \`npm start\`.

  paddle approve|reject <number>                  adjustment.updated, approved or rejected
  coinpayments complete|fail <number>             withdrawal IPN, status 2 or -1
  j2tx approve|decline|needs-info <number>        application.reviewed with that answer
  --comment "..."                                 the customer-safe comment (J2TX) or the reason (Paddle)

Ports come from TICKETFLOW_API_PORT and TICKETFLOW_DYNAMODB_PORT, as for npm start.
`;

type Builder = (reference: string, ticketNumber: string, comment: string | undefined) => WebhookDelivery;

const answers: Readonly<Record<ProviderName, Readonly<Record<string, Builder>>>> = {
  paddle: {
    approve: (adjustmentId, _number, comment) => paddleWebhookDelivery({ adjustmentId, status: 'approved', ...(comment ? { reason: comment } : {}) }),
    reject: (adjustmentId, _number, comment) => paddleWebhookDelivery({ adjustmentId, status: 'rejected', ...(comment ? { reason: comment } : {}) }),
  },
  coinpayments: {
    complete: (withdrawalId) => coinPaymentsIpnDelivery({ withdrawalId, status: 2 }),
    fail: (withdrawalId) => coinPaymentsIpnDelivery({ withdrawalId, status: -1 }),
  },
  j2tx: {
    approve: (applicationId, externalId, comment) => j2txWebhookDelivery({ applicationId, externalId, answer: 'approved', ...(comment ? { customerComment: comment } : {}) }),
    decline: (applicationId, externalId, comment) =>
      j2txWebhookDelivery({ applicationId, externalId, answer: 'declined', customerComment: comment ?? 'We could not verify your identity.' }),
    'needs-info': (applicationId, externalId, comment) =>
      j2txWebhookDelivery({ applicationId, externalId, answer: 'needs_information', customerComment: comment ?? 'Please send a recent proof of address.' }),
  },
};

const isProvider = (value: string): value is ProviderName => Object.hasOwn(answers, value);

async function main(): Promise<number> {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { comment: { type: 'string' }, help: { type: 'boolean' } } });
  const [provider, answer, ticketNumber] = positionals;
  if (values.help || provider === undefined || answer === undefined || ticketNumber === undefined || positionals.length > 3) {
    process.stdout.write(usage);
    return values.help ? 0 : 2;
  }
  if (!isProvider(provider)) throw new Error(`Unknown provider "${provider}": paddle, coinpayments or j2tx`);
  const build = answers[provider][answer];
  if (!build) throw new Error(`${provider} answers ${Object.keys(answers[provider]).join(', ')}, not "${answer}"`);

  const pending = await pendingReference(readLocalConfig(), ticketNumber);
  if (pending.provider !== provider) throw new Error(`Ticket ${ticketNumber} is waiting on ${pending.provider}, not ${provider}`);
  const config = readLocalConfig();
  const url = `http://${config.host}:${config.ports.api}/v1/webhooks/${provider}`;
  const result = await deliver(url, build(pending.reference, ticketNumber, values.comment));
  console.log(`${provider} ${answer} for ${pending.reference} (ticket ${ticketNumber}) -> POST ${url}: HTTP ${result.status} ${result.body}`);
  return result.status >= 200 && result.status < 300 ? 0 : 1;
}

main().then(
  (code) => process.exit(code),
  (error: unknown) => {
    console.error(`simulate: ${error instanceof Error ? error.message : String(error)}`);
    process.exit(1);
  },
);
