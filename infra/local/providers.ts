import { startProviderFakes } from '../../test/fakes';
import { localCoinPaymentsMerchantId, localProviderSecretsName, localRatingLinkSecretName, readLocalSecrets, startSecretsManager } from './secrets';
import { ratingLinkSecretVariable } from '../../functions/shared/rating-link-key';

/** The outside parties of the local cloud: Secrets Manager with the provider secret, and the fakes. */
export interface LocalProviders {
  readonly secretsManager: string;
  readonly paddle: string;
  readonly coinpayments: string;
  readonly j2tx: string;
  /** What a function that calls providers (FunctionSpec.callsProviders) finds in its environment. */
  readonly environment: Readonly<Record<string, string>>;
  /** What a function that signs or checks rating links (FunctionSpec.ratingLinks) finds in its environment. */
  readonly ratingLinks: Readonly<Record<string, string>>;
  stop(): Promise<void>;
}

/**
 * Starts the local Secrets Manager (holding the provider secret) and the fake Paddle, CoinPayments
 * and J2TX on the given ports (TICKETFLOW_PADDLE_PORT and so on, see test/fakes), and says how
 * functions reach them: the same variables as in AWS, pointing at the fakes.
 * @throws the listen error of the part that failed, after stopping those already started.
 */
export async function startLocalProviders(options: {
  host: string;
  region: string;
  secretsPort: number;
  apiEndpoint: string;
  env?: NodeJS.ProcessEnv;
}): Promise<LocalProviders> {
  const [secrets, fakes] = await Promise.allSettled([
    startSecretsManager({ host: options.host, port: options.secretsPort, region: options.region, secrets: readLocalSecrets(options.env) }),
    startProviderFakes({ host: options.host }),
  ]);
  if (secrets.status === 'rejected' || fakes.status === 'rejected') {
    await Promise.all([secrets.status === 'fulfilled' ? secrets.value.stop() : undefined, fakes.status === 'fulfilled' ? fakes.value.stop() : undefined]);
    throw secrets.status === 'rejected' ? secrets.reason : (fakes as PromiseRejectedResult).reason;
  }
  const secretsManager = secrets.value.endpoint;
  const { paddle, coinpayments, j2tx } = fakes.value;
  return {
    secretsManager,
    paddle: paddle.endpoint,
    coinpayments: coinpayments.endpoint,
    j2tx: j2tx.endpoint,
    environment: {
      AWS_ENDPOINT_URL_SECRETS_MANAGER: secretsManager,
      PROVIDER_SECRETS_ID: localProviderSecretsName,
      PADDLE_API_URL: paddle.endpoint,
      COINPAYMENTS_API_URL: coinpayments.endpoint,
      COINPAYMENTS_MERCHANT_ID: localCoinPaymentsMerchantId,
      J2TX_API_URL: j2tx.endpoint,
      COINPAYMENTS_IPN_URL: `${options.apiEndpoint}/v1/webhooks/coinpayments`,
    },
    ratingLinks: { AWS_ENDPOINT_URL_SECRETS_MANAGER: secretsManager, [ratingLinkSecretVariable]: localRatingLinkSecretName },
    stop: async () => {
      await Promise.all([secrets.value.stop(), fakes.value.stop()]);
    },
  };
}

