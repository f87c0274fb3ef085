import type { Node } from 'constructs';

/**
 * Where the outside parties are, read from CDK context (`cdk synth -c paddleApiUrl=...`):
 * - `paddleApiUrl`: Paddle Billing's API. Default `https://api.paddle.com` (use
 *   `https://sandbox-api.paddle.com` for a sandbox deployment).
 * - `coinpaymentsApiUrl`: CoinPayments' API. Default `https://www.coinpayments.net`.
 * - `coinpaymentsMerchantId`: the merchant id CoinPayments IPNs must carry. Default none: IPNs
 *   are refused until it is set.
 * - `j2txApiUrl`: J2TX's API. Default `https://api.j2tx.com`.
 * The credentials and webhook secrets are not settings: they live in the provider secret.
 */
export interface ProviderSettings {
  readonly paddleApiUrl: string;
  readonly coinpaymentsApiUrl: string;
  readonly coinpaymentsMerchantId: string;
  readonly j2txApiUrl: string;
}

export const defaultProviderSettings: ProviderSettings = {
  paddleApiUrl: 'https://api.paddle.com',
  coinpaymentsApiUrl: 'https://www.coinpayments.net',
  coinpaymentsMerchantId: 'unset',
  j2txApiUrl: 'https://api.j2tx.com',
};

function https(key: string, value: string): string {
  let url: URL;
  try {
    url = new URL(value);
  } catch {
    throw new Error(`Context ${key} is not a URL: ${value}`);
  }
  if (url.protocol !== 'https:') throw new Error(`Context ${key} must be an https URL: ${value}`);
  return value;
}

/** Reads the provider settings from the CDK context of `node`. @throws Error when a URL is not https. */
export function readProviderSettings(node: Node): ProviderSettings {
  const text = (key: keyof ProviderSettings): string => {
    const value: unknown = node.tryGetContext(key);
    if (value === undefined || value === '') return defaultProviderSettings[key];
    if (typeof value !== 'string') throw new Error(`Context ${key} must be a string`);
    return value;
  };
  return {
    paddleApiUrl: https('paddleApiUrl', text('paddleApiUrl')),
    coinpaymentsApiUrl: https('coinpaymentsApiUrl', text('coinpaymentsApiUrl')),
    coinpaymentsMerchantId: text('coinpaymentsMerchantId'),
    j2txApiUrl: https('j2txApiUrl', text('j2txApiUrl')),
  };
}

/** The variables functions/providers/config.ts reads, for a function that calls providers. */
export function providerEnvironment(settings: ProviderSettings, secretArn: string): Record<string, string> {
  return {
    PADDLE_API_URL: settings.paddleApiUrl,
    COINPAYMENTS_API_URL: settings.coinpaymentsApiUrl,
    COINPAYMENTS_MERCHANT_ID: settings.coinpaymentsMerchantId,
    J2TX_API_URL: settings.j2txApiUrl,
    PROVIDER_SECRETS_ID: secretArn,
  };
}
