/**
 * `npm run bench:webhooks [-- --tickets N]`: measures how fast the local API answers provider
 * webhooks (the design asks for under a second), against a running `npm start`. It opens N Paddle
 * refund tickets, waits until each workflow waits on Paddle, then times three deliveries per
 * ticket: the answer that resumes the workflow, the same delivery again (a duplicate), and a
 * forged one (401). It prints the figures; it asserts nothing.
 */
import { parseArgs } from 'node:util';
import { issueToken } from '../infra/local/identity';
import { readLocalConfig } from '../infra/local/config';
import { localAudience, localIssuer } from '../infra/local/identity';
import { pendingReference } from '../infra/local/pending-reference';
import { deliver, paddleWebhookDelivery } from '../test/fakes';

const { values } = parseArgs({ options: { tickets: { type: 'string', default: '10' } } });
const count = Math.min(Math.max(Number(values.tickets) || 10, 1), 50);
const config = readLocalConfig();
const api = `http://${config.host}:${config.ports.api}`;

async function openRefund(token: string): Promise<string> {
  const response = await fetch(`${api}/v1/tickets`, {
    method: 'POST',
    headers: { authorization: `Bearer ${token}`, 'content-type': 'application/json' },
    body: JSON.stringify({
      type: 'refund',
      name: 'Bench',
      subject: 'Benchmark refund',
      description: 'Opened by scripts/bench-webhooks.ts',
      details: { provider: 'paddle', transactionId: 'txn_01h8bkrkjyxgtnvwf9s8d1tqzn', amount: '10.00', currency: 'USD' },
    }),
  });
  if (response.status !== 201) throw new Error(`Could not open a ticket: HTTP ${response.status} ${await response.text()}`);
  return ((await response.json()) as { ticket: { number: string } }).ticket.number;
}

async function waitingReference(number: string): Promise<string> {
  const deadline = Date.now() + 30_000;
  for (;;) {
    try {
      return (await pendingReference(config, number)).reference;
    } catch (error) {
      if (Date.now() > deadline) throw error;
      await new Promise((resolve) => setTimeout(resolve, 200));
    }
  }
}

async function timed(run: () => Promise<{ status: number }>): Promise<{ ms: number; status: number }> {
  const started = performance.now();
  const { status } = await run();
  return { ms: performance.now() - started, status };
}

function summary(label: string, samples: { ms: number; status: number }[]): string {
  const sorted = samples.map((sample) => sample.ms).sort((a, b) => a - b);
  const at = (q: number) => sorted[Math.min(sorted.length - 1, Math.floor(q * sorted.length))] ?? NaN;
  const statuses = [...new Set(samples.map((sample) => sample.status))].join('/');
  return `${label.padEnd(22)} n=${sorted.length}  HTTP ${statuses}  min ${at(0).toFixed(0)} ms  p50 ${at(0.5).toFixed(0)} ms  p95 ${at(0.95).toFixed(0)} ms  max ${at(1).toFixed(0)} ms`;
}

const token = await issueToken({
  keyDir: config.identityDir,
  issuer: localIssuer(config.host, config.ports.identity),
  audience: localAudience,
  email: 'bench@example.com',
});
const url = `${api}/v1/webhooks/paddle`;
const answered: { ms: number; status: number }[] = [];
const duplicates: { ms: number; status: number }[] = [];
const forged: { ms: number; status: number }[] = [];
for (let index = 0; index < count; index++) {
  const number = await openRefund(token);
  const delivery = paddleWebhookDelivery({ adjustmentId: await waitingReference(number), status: 'approved' });
  answered.push(await timed(() => deliver(url, delivery)));
  duplicates.push(await timed(() => deliver(url, delivery)));
  forged.push(await timed(() => deliver(url, { ...delivery, headers: { ...delivery.headers, 'paddle-signature': 'ts=1;h1=00' } })));
}
console.log(`Paddle webhooks on ${api} (local cloud: worker-thread functions, DynamoDB Local, local Step Functions)`);
console.log(summary('answer (resumes task)', answered));
console.log(summary('duplicate delivery', duplicates));
console.log(summary('forged (401)', forged));
