/**
 * How functions get their provider settings. Base URLs and non-secret ids come from environment
 * variables; credentials and webhook secrets from one Secrets Manager secret (JSON) whose name or
 * ARN is in PROVIDER_SECRETS_ID, read once per cold start. Locally the same code reads the same
 * secret from the local cloud's Secrets Manager (AWS_ENDPOINT_URL_SECRETS_MANAGER), so handlers
 * have no local-only path.
 *
 * Environment: PADDLE_API_URL, COINPAYMENTS_API_URL, COINPAYMENTS_MERCHANT_ID, J2TX_API_URL,
 * PROVIDER_SECRETS_ID; optional PROVIDER_TIMEOUT_MS (5000) and WEBHOOK_TOLERANCE_SECONDS (300).
 * Each is read when first needed, so a function that only talks to Paddle needs only Paddle's.
 */
import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import * as z from 'zod/mini';
import { createCoinPaymentsClient, verifyCoinPaymentsIpn } from './coinpayments';
import { createJ2txClient, verifyJ2txWebhook } from './j2tx';
import { createPaddleClient, verifyPaddleWebhook } from './paddle';
import type { CoinPaymentsClient, J2txClient, PaddleClient, ProviderName, ProviderOutcome, WebhookDelivery } from './types';
import { traced } from '../shared/observability';

const nonEmpty = () => z.string().check(z.minLength(1));

const secretsSchema = z.object({
  paddleApiKey: nonEmpty(),
  /** Several while a notification destination's secret is rotated. */
  paddleWebhookSecrets: z.array(nonEmpty()).check(z.minLength(1)),
  coinpaymentsPublicKey: nonEmpty(),
  coinpaymentsPrivateKey: nonEmpty(),
  coinpaymentsIpnSecret: nonEmpty(),
  j2txApiKey: nonEmpty(),
  j2txWebhookSecret: nonEmpty(),
});

/** The provider secret's JSON value. */
export type ProviderSecrets = z.infer<typeof secretsSchema>;

/** Checks a PROVIDER_SECRETS_ID value; the message names the fields, never their values. */
export function parseProviderSecrets(secretString: string): ProviderSecrets {
  let json: unknown;
  try {
    json = JSON.parse(secretString);
  } catch {
    throw new Error('The provider secret is not JSON');
  }
  const parsed = secretsSchema.safeParse(json);
  if (!parsed.success) {
    const fields = [...new Set(parsed.error.issues.map((issue) => issue.path.join('.') || '(root)'))];
    throw new Error(`The provider secret lacks or has invalid fields: ${fields.join(', ')}`);
  }
  return parsed.data;
}

/** A webhook check with the configured secrets bound: throws WebhookSignatureError when refused. */
export type WebhookVerifier = (delivery: WebhookDelivery, now?: Date) => ProviderOutcome;

/** Provider clients and webhook checks, built from settings read once. */
export interface ProviderConfig {
  /** The secret's value, read from Secrets Manager on the first call only (retried after a failure). */
  secrets(): Promise<ProviderSecrets>;
  paddleClient(): Promise<PaddleClient>;
  coinPaymentsClient(): Promise<CoinPaymentsClient>;
  j2txClient(): Promise<J2txClient>;
  webhookVerifier(provider: ProviderName): Promise<WebhookVerifier>;
}

function setting(env: NodeJS.ProcessEnv, name: string): string {
  const value = env[name];
  if (value === undefined || value === '') throw new Error(`Missing environment variable ${name}`);
  return value;
}

function positiveNumber(env: NodeJS.ProcessEnv, name: string, fallback: number): number {
  const raw = env[name];
  if (raw === undefined || raw === '') return fallback;
  const value = Number(raw);
  if (!Number.isFinite(value) || value <= 0) throw new Error(`${name} must be a positive number, not "${raw}"`);
  return value;
}

/**
 * Builds the provider configuration from an environment and a Secrets Manager client factory.
 * Calls throw Error naming a missing environment variable or secret field, or the SDK's error
 * when the secret cannot be read.
 */
export function createProviderConfig(env: NodeJS.ProcessEnv, secretsManager: () => SecretsManagerClient): ProviderConfig {
  let pending: Promise<ProviderSecrets> | undefined;
  const secrets = (): Promise<ProviderSecrets> => {
    pending ??= (async () => {
      const answer = await secretsManager().send(new GetSecretValueCommand({ SecretId: setting(env, 'PROVIDER_SECRETS_ID') }));
      if (answer.SecretString === undefined) throw new Error('The provider secret has no SecretString');
      return parseProviderSecrets(answer.SecretString);
    })().catch((error: unknown) => {
      // A throttled or failed read must not poison the warm container: the next call tries again.
      pending = undefined;
      throw error;
    });
    return pending;
  };
  const timeoutMs = () => positiveNumber(env, 'PROVIDER_TIMEOUT_MS', 5_000);
  const toleranceSeconds = () => positiveNumber(env, 'WEBHOOK_TOLERANCE_SECONDS', 300);

  return {
    secrets,
    async paddleClient() {
      const baseUrl = setting(env, 'PADDLE_API_URL');
      const { paddleApiKey } = await secrets();
      return createPaddleClient({ baseUrl, apiKey: paddleApiKey, timeoutMs: timeoutMs() });
    },
    async coinPaymentsClient() {
      const baseUrl = setting(env, 'COINPAYMENTS_API_URL');
      const { coinpaymentsPublicKey, coinpaymentsPrivateKey } = await secrets();
      return createCoinPaymentsClient({ baseUrl, publicKey: coinpaymentsPublicKey, privateKey: coinpaymentsPrivateKey, timeoutMs: timeoutMs() });
    },
    async j2txClient() {
      const baseUrl = setting(env, 'J2TX_API_URL');
      const { j2txApiKey } = await secrets();
      return createJ2txClient({ baseUrl, apiKey: j2txApiKey, timeoutMs: timeoutMs() });
    },
    async webhookVerifier(provider) {
      const loaded = await secrets();
      const tolerance = toleranceSeconds();
      switch (provider) {
        case 'paddle':
          return (delivery, now) => verifyPaddleWebhook(delivery, { secrets: loaded.paddleWebhookSecrets, toleranceSeconds: tolerance, ...(now ? { now } : {}) });
        case 'coinpayments': {
          const merchantId = setting(env, 'COINPAYMENTS_MERCHANT_ID');
          return (delivery) => verifyCoinPaymentsIpn(delivery, { ipnSecret: loaded.coinpaymentsIpnSecret, merchantId });
        }
        case 'j2tx':
          return (delivery, now) => verifyJ2txWebhook(delivery, { secret: loaded.j2txWebhookSecret, toleranceSeconds: tolerance, ...(now ? { now } : {}) });
      }
    },
  };
}

/**
 * The functions' provider configuration: process.env and a Secrets Manager client whose endpoint
 * comes from the SDK's own configuration (AWS_ENDPOINT_URL_SECRETS_MANAGER locally).
 */
export const providerConfig: ProviderConfig = createProviderConfig(process.env, () => traced(new SecretsManagerClient({})));
