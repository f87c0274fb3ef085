/**
 * A local Secrets Manager with one operation, GetSecretValue (JSON 1.1 protocol, as the SDK
 * speaks it), so that functions read their provider secrets locally exactly as in AWS.
 */
import { readFileSync } from 'node:fs';
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import type { ProviderSecrets } from '../../functions/providers/config';
import { listen } from './listen';

/** The provider secret's name locally: functions get it as PROVIDER_SECRETS_ID. */
export const localProviderSecretsName = 'ticketflow/providers';

/** The merchant id the local fake CoinPayments signs IPNs with (COINPAYMENTS_MERCHANT_ID). */
export const localCoinPaymentsMerchantId = 'local-merchant-0001';

/**
 * The provider credentials of the local cloud. The fakes accept exactly these and `npm run
 * simulate` signs with them; they protect nothing, since they only ever reach local fakes.
 */
export const localProviderSecrets: ProviderSecrets = {
  paddleApiKey: 'pdl_local_apikey_ticketflow',
  paddleWebhookSecrets: ['pdl_ntfset_local_ticketflow'],
  coinpaymentsPublicKey: 'local-coinpayments-public-key',
  coinpaymentsPrivateKey: 'local-coinpayments-private-key',
  coinpaymentsIpnSecret: 'local-coinpayments-ipn-secret',
  j2txApiKey: 'j2tx_local_api_key',
  j2txWebhookSecret: 'j2tx_local_webhook_secret',
};

/**
 * The local secrets: the defaults above, or the JSON object of secret name → value (a string, or
 * an object that is stored as its JSON) in the file named by TICKETFLOW_SECRETS_FILE.
 * @throws Error when the file cannot be read or is not such an object.
 */
export function readLocalSecrets(env: NodeJS.ProcessEnv = process.env): Record<string, string> {
  const file = env['TICKETFLOW_SECRETS_FILE'];
  if (!file) return { [localProviderSecretsName]: JSON.stringify(localProviderSecrets) };
  const parsed = JSON.parse(readFileSync(file, 'utf8')) as unknown;
  if (typeof parsed !== 'object' || parsed === null || Array.isArray(parsed)) {
    throw new Error(`${file} must hold a JSON object of secret name to value`);
  }
  return Object.fromEntries(Object.entries(parsed).map(([name, value]) => [name, typeof value === 'string' ? value : JSON.stringify(value)]));
}

/** A running local Secrets Manager. */
export interface LocalSecretsManager {
  readonly endpoint: string;
  stop(): Promise<void>;
}

const accountId = '000000000000';

function answer(response: ServerResponse, status: number, body: unknown, errorType?: string): void {
  response.writeHead(status, {
    'content-type': 'application/x-amz-json-1.1',
    ...(errorType ? { 'x-amzn-errortype': errorType } : {}),
  });
  response.end(JSON.stringify(body));
}

function fail(response: ServerResponse, status: number, type: string, message: string): void {
  answer(response, status, { __type: type, message }, type);
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

/**
 * Starts the local Secrets Manager on host:port serving `secrets` (name → SecretString).
 * A secret is found by its name or by the ARN this emulator reports for it.
 * @throws the listen error (for example EADDRINUSE).
 */
export async function startSecretsManager(options: {
  host: string;
  port: number;
  region: string;
  secrets: Readonly<Record<string, string>>;
}): Promise<LocalSecretsManager> {
  const createdAt = Math.floor(Date.now() / 1000);
  // Real ARNs end with 6 random characters; a fixed suffix keeps them stable across restarts.
  const arnOf = (name: string) => `arn:aws:secretsmanager:${options.region}:${accountId}:secret:${name}-local0`;
  const server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const target = request.headers['x-amz-target'];
      if (request.method !== 'POST' || target !== 'secretsmanager.GetSecretValue') {
        fail(response, 400, 'UnknownOperationException', `The local Secrets Manager only answers GetSecretValue, not ${String(target)}`);
        return;
      }
      let secretId: unknown;
      try {
        secretId = (JSON.parse(body) as { SecretId?: unknown }).SecretId;
      } catch {
        fail(response, 400, 'SerializationException', 'The body is not JSON');
        return;
      }
      const name = Object.keys(options.secrets).find((candidate) => candidate === secretId || arnOf(candidate) === secretId);
      if (typeof secretId !== 'string' || name === undefined) {
        fail(response, 400, 'ResourceNotFoundException', "Secrets Manager can't find the specified secret.");
        return;
      }
      answer(response, 200, {
        ARN: arnOf(name),
        Name: name,
        VersionId: '00000000-0000-4000-8000-000000000001',
        SecretString: options.secrets[name],
        VersionStages: ['AWSCURRENT'],
        CreatedDate: createdAt,
      });
    })().catch((error: unknown) => fail(response, 500, 'InternalServiceError', String(error)));
  });
  const listening = await listen(server, options.host, options.port);
  return { endpoint: listening.endpoint, stop: () => listening.close() };
}
