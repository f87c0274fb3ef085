/**
 * Stands in for `@aws-sdk/credential-provider-node` in function bundles (see infra/bundling.ts).
 * Lambda hands a function its role's credentials in AWS_ACCESS_KEY_ID, AWS_SECRET_ACCESS_KEY and
 * AWS_SESSION_TOKEN, and the local cloud sets the same variables, so the rest of the SDK's default
 * chain (profiles, SSO, web identity, container and instance metadata) only adds weight to every
 * cold start: its instance-metadata provider alone imports node:http, whose ESM facade loads
 * undici (about 40 ms of CPU). The SDK calls `defaultProvider(config)` and gets the environment
 * provider, which throws CredentialsProviderError when the variables are missing.
 */
export { fromEnv as defaultProvider } from '@aws-sdk/credential-provider-env';
