import { SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProviderConfig } from '../../../functions/providers/config';
import { localCredentials } from '../../../infra/local/credentials';
import { localCoinPaymentsMerchantId, localProviderSecrets, localProviderSecretsName, startSecretsManager, type LocalSecretsManager } from '../../../infra/local/secrets';
import { coinPaymentsIpnDelivery, paddleId, paddleWebhookDelivery, startFakePaddle, type FakeProvider } from '../../fakes';

const region = 'us-east-1';
const running: { secretsManager?: LocalSecretsManager; paddle?: FakeProvider } = {};
let reads = 0;

beforeAll(async () => {
  [running.secretsManager, running.paddle] = await Promise.all([
    startSecretsManager({
      host: '127.0.0.1',
      port: 0,
      region,
      secrets: { [localProviderSecretsName]: JSON.stringify(localProviderSecrets), broken: '{"paddleApiKey":"x"}' },
    }),
    startFakePaddle(),
  ]);
});
afterAll(async () => {
  await Promise.all([running.secretsManager?.stop(), running.paddle?.stop()]);
});

function config(env: NodeJS.ProcessEnv) {
  return createProviderConfig(env, () => {
    reads += 1;
    return new SecretsManagerClient({ region, endpoint: running.secretsManager?.endpoint, credentials: localCredentials });
  });
}

const env = () => ({
  PROVIDER_SECRETS_ID: localProviderSecretsName,
  PADDLE_API_URL: running.paddle?.endpoint,
  COINPAYMENTS_MERCHANT_ID: localCoinPaymentsMerchantId,
});

describe('provider configuration from Secrets Manager', () => {
  it('reads the secret once, however many clients are made', async () => {
    reads = 0;
    const providers = config(env());
    await Promise.all([providers.secrets(), providers.paddleClient(), providers.webhookVerifier('j2tx')]);
    expect(await providers.secrets()).toEqual(localProviderSecrets);
    expect(reads).toBe(1);
  });

  it('finds the secret by the ARN the local Secrets Manager reports too', async () => {
    const providers = config({ ...env(), PROVIDER_SECRETS_ID: `arn:aws:secretsmanager:${region}:000000000000:secret:${localProviderSecretsName}-local0` });
    expect((await providers.secrets()).j2txApiKey).toBe(localProviderSecrets.j2txApiKey);
  });

  it('makes a Paddle client that the fake Paddle accepts', async () => {
    const client = await config(env()).paddleClient();
    expect((await client.requestRefund({ transactionId: paddleId('txn'), reason: 'Duplicate', ticketNumber: '12345678' })).reference).toMatch(/^adj_/);
  });

  it('verifies webhooks with the configured secrets and merchant', async () => {
    const providers = config(env());
    const paddle = await providers.webhookVerifier('paddle');
    expect(paddle(paddleWebhookDelivery({ adjustmentId: 'adj_x', status: 'approved' })).outcome).toBe('approved');
    const coinpayments = await providers.webhookVerifier('coinpayments');
    expect(coinpayments(coinPaymentsIpnDelivery({ withdrawalId: 'CW1', status: -1 })).outcome).toBe('failed');
  });

  it('names a missing setting and a secret that is not there', async () => {
    await expect(config({ ...env(), PADDLE_API_URL: '' }).paddleClient()).rejects.toThrow('Missing environment variable PADDLE_API_URL');
    await expect(config({ ...env(), PROVIDER_SECRETS_ID: 'nope' }).secrets()).rejects.toMatchObject({ name: 'ResourceNotFoundException' });
  });

  it('names the fields a malformed secret lacks, never their values, and tries again next time', async () => {
    reads = 0;
    const providers = config({ ...env(), PROVIDER_SECRETS_ID: 'broken' });
    const error = await providers.secrets().catch((caught: Error) => caught);
    expect((error as Error).message).toContain('paddleWebhookSecrets');
    expect((error as Error).message).not.toContain('"x"');
    await providers.secrets().catch(() => undefined);
    expect(reads).toBe(2);
  });
});
