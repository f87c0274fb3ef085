/**
 * Where this deployment's API and sign-in are: read at start from /config.json, which the
 * deployment writes beside the app (the local cloud serves it; in AWS it goes to the web bucket
 * with the API URL and Cognito's hosted domain and app client id), so one build runs anywhere.
 */
export interface AppConfig {
  readonly apiUrl: string;
  /** The user pool's hosted domain (Cognito's managed login, or the local identity provider) and app client. */
  readonly auth: { readonly domain: string; readonly clientId: string };
}

function isAppConfig(value: unknown): value is AppConfig {
  const config = value as Partial<AppConfig> | null;
  return typeof config?.apiUrl === 'string' && typeof config.auth?.domain === 'string' && typeof config.auth.clientId === 'string';
}

/**
 * Loads the deployment's settings.
 * @throws Error when /config.json cannot be read or is not the app's settings.
 */
export async function loadConfig(): Promise<AppConfig> {
  const response = await fetch('/config.json', { cache: 'no-store' });
  if (!response.ok) throw new Error(`The portal's settings could not be loaded (${response.status}).`);
  const config: unknown = await response.json();
  if (!isAppConfig(config)) throw new Error('The portal’s settings are incomplete.');
  return config;
}
