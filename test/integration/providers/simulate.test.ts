import { execFile } from 'node:child_process';
import { randomInt } from 'node:crypto';
import { createServer } from 'node:http';
import path from 'node:path';
import { promisify } from 'node:util';
import { DynamoDBClient } from '@aws-sdk/client-dynamodb';
import { DynamoDBDocumentClient, PutCommand } from '@aws-sdk/lib-dynamodb';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { verifyCoinPaymentsIpn } from '../../../functions/providers/coinpayments';
import { verifyJ2txWebhook } from '../../../functions/providers/j2tx';
import { verifyPaddleWebhook } from '../../../functions/providers/paddle';
import type { ProviderOutcome, WebhookDelivery } from '../../../functions/providers/types';
import { localCredentials } from '../../../infra/local/credentials';
import { listen, type Listening } from '../../../infra/local/listen';
import { localCoinPaymentsMerchantId, localProviderSecrets } from '../../../infra/local/secrets';

const cloud = inject('localCloud');
const rootDir = path.resolve(import.meta.dirname, '../../..');
const db = DynamoDBDocumentClient.from(new DynamoDBClient({ endpoint: cloud.dynamodb, region: cloud.region, credentials: localCredentials }));
const run = promisify(execFile);

// Stands in for the local API's webhook routes: it checks each delivery as the product does.
const verifiers: Record<string, (delivery: WebhookDelivery) => ProviderOutcome> = {
  '/v1/webhooks/paddle': (delivery) => verifyPaddleWebhook(delivery, { secrets: localProviderSecrets.paddleWebhookSecrets, toleranceSeconds: 300 }),
  '/v1/webhooks/coinpayments': (delivery) => verifyCoinPaymentsIpn(delivery, { ipnSecret: localProviderSecrets.coinpaymentsIpnSecret, merchantId: localCoinPaymentsMerchantId }),
  '/v1/webhooks/j2tx': (delivery) => verifyJ2txWebhook(delivery, { secret: localProviderSecrets.j2txWebhookSecret, toleranceSeconds: 300 }),
};
const received: ProviderOutcome[] = [];
const receiver: { listening?: Listening } = {};

beforeAll(async () => {
  const server = createServer((request, response) => {
    const chunks: Buffer[] = [];
    request.on('data', (chunk: Buffer) => chunks.push(chunk));
    request.on('end', () => {
      const verify = verifiers[request.url ?? ''];
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, String(value)]));
      try {
        if (!verify) throw new Error(`no route ${request.url}`);
        received.push(verify({ rawBody: Buffer.concat(chunks).toString('utf8'), headers }));
        response.writeHead(200).end('{"received":true}');
      } catch (error) {
        response.writeHead(401).end(JSON.stringify({ error: String(error) }));
      }
    });
  });
  receiver.listening = await listen(server, '127.0.0.1', 0);
});
afterAll(async () => {
  await receiver.listening?.close();
});

async function waitingOn(provider: string, reference: string): Promise<string> {
  const ticketNumber = String(randomInt(10_000_000, 99_999_999));
  await db.send(new PutCommand({ TableName: cloud.tableName, Item: { pk: `TICKET#${ticketNumber}`, sk: '#WORKFLOW', provider, reference } }));
  return ticketNumber;
}

async function simulate(...args: string[]): Promise<{ code: number; output: string }> {
  const env = {
    ...process.env,
    TICKETFLOW_REGION: cloud.region,
    TICKETFLOW_DYNAMODB_PORT: new URL(cloud.dynamodb).port,
    TICKETFLOW_API_PORT: new URL(receiver.listening?.endpoint ?? '').port,
  };
  try {
    const { stdout, stderr } = await run(path.join(rootDir, 'node_modules/.bin/tsx'), ['infra/local/simulate.ts', ...args], { cwd: rootDir, env });
    return { code: 0, output: stdout + stderr };
  } catch (error) {
    const failed = error as { code: number; stdout: string; stderr: string };
    return { code: failed.code, output: failed.stdout + failed.stderr };
  }
}

describe('npm run simulate', () => {
  it('sends Paddle’s signed approval for the adjustment the ticket waits on', async () => {
    const ticket = await waitingOn('paddle', 'adj_simulated0000000000000000001');
    const { code, output } = await simulate('paddle', 'approve', ticket);
    expect(output).toContain('HTTP 200');
    expect(code).toBe(0);
    expect(received.at(-1)).toMatchObject({ provider: 'paddle', reference: 'adj_simulated0000000000000000001', outcome: 'approved' });
  });

  it('sends J2TX’s request for more information with the customer comment given', async () => {
    const ticket = await waitingOn('j2tx', 'app_simulated1');
    const { code } = await simulate('j2tx', 'needs-info', ticket, '--comment', 'Please upload a utility bill.');
    expect(code).toBe(0);
    expect(received.at(-1)).toMatchObject({ provider: 'j2tx', reference: 'app_simulated1', outcome: 'needs_information', customerComment: 'Please upload a utility bill.' });
  });

  it('refuses, sending nothing, when the ticket waits on another provider', async () => {
    const ticket = await waitingOn('coinpayments', 'CWSIMULATED');
    const before = received.length;
    const { code, output } = await simulate('paddle', 'approve', ticket);
    expect(code).toBe(1);
    expect(output).toContain(`Ticket ${ticket} is waiting on coinpayments, not paddle`);
    expect(received).toHaveLength(before);
  });
});
