import { GetSecretValueCommand, SecretsManagerClient } from '@aws-sdk/client-secrets-manager';
import { traced } from './observability';

/** The variable naming the secret (its name or ARN) that holds the key rating links are signed with. */
export const ratingLinkSecretVariable = 'RATING_LINK_SECRET_ID';

/** The smallest key accepted: HMAC-SHA256 wants at least its output's 32 bytes of secret. */
const minKeyLength = 32;

/**
 * The key of rating links, read from Secrets Manager on the first call and kept for the warm
 * container (a failed read is tried again on the next call). Locally the same code reads the
 * local cloud's Secrets Manager (AWS_ENDPOINT_URL_SECRETS_MANAGER). Rejects with Error naming
 * RATING_LINK_SECRET_ID when it is not set, or when the secret is shorter than 32 characters.
 */
export function ratingLinkKeyFrom(env: NodeJS.ProcessEnv, client: () => SecretsManagerClient): () => Promise<string> {
  let pending: Promise<string> | undefined;
  return () => {
    pending ??= (async () => {
      const secretId = env[ratingLinkSecretVariable];
      if (!secretId) throw new Error(`Missing environment variable ${ratingLinkSecretVariable}`);
      const { SecretString } = await client().send(new GetSecretValueCommand({ SecretId: secretId }));
      if (SecretString === undefined || SecretString.length < minKeyLength) throw new Error(`The secret ${ratingLinkSecretVariable} names holds no key of at least ${minKeyLength} characters`);
      return SecretString;
    })().catch((error: unknown) => {
      pending = undefined;
      throw error;
    });
    return pending;
  };
}

let client: SecretsManagerClient | undefined;

/** The function's rating link key, from its environment (RATING_LINK_SECRET_ID). */
export const ratingLinkKey: () => Promise<string> = ratingLinkKeyFrom(process.env, () => (client ??= traced(new SecretsManagerClient({}))));
