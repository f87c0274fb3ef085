import { ProviderUnavailableError } from './types';

/** How a provider call is retried when the failure may pass (network error, timeout, 429, 5xx). */
export interface RetryPolicy {
  /** Attempts in all, the first one included. */
  readonly attempts: number;
  /** The cap of the first backoff; each further attempt doubles it (full jitter below the cap). */
  readonly baseDelayMs: number;
  /** No backoff, and no Retry-After, is waited longer than this. */
  readonly maxDelayMs: number;
  readonly sleep: (ms: number) => Promise<void>;
  /** A number in [0, 1), for the jitter. */
  readonly random: () => number;
}

/** What every provider client takes: where the provider is and how long to wait for it. */
export interface HttpOptions {
  readonly timeoutMs: number;
  readonly fetch?: typeof fetch;
  readonly retry?: Partial<RetryPolicy>;
}

export const defaultRetryPolicy: RetryPolicy = {
  attempts: 3,
  baseDelayMs: 200,
  maxDelayMs: 5_000,
  sleep: (ms) => new Promise((resolve) => setTimeout(resolve, ms)),
  random: Math.random,
};

/** A response the caller reads: 2xx, or a 4xx other than 429 (the provider's refusal). */
export interface ProviderResponse {
  readonly status: number;
  readonly body: string;
}

/**
 * Reads a Retry-After header (seconds or an HTTP date) as milliseconds from now.
 * Returns undefined when the header is absent or unreadable.
 */
export function retryAfterMs(header: string | null, now: Date = new Date()): number | undefined {
  if (header === null || header.trim() === '') return undefined;
  const trimmed = header.trim();
  if (/^\d+$/.test(trimmed)) return Number(trimmed) * 1000;
  const at = Date.parse(trimmed);
  return Number.isNaN(at) ? undefined : Math.max(0, at - now.getTime());
}

/** The backoff before attempt `attempt + 1`: full jitter below base * 2^(attempt - 1), capped. */
export function backoffMs(policy: RetryPolicy, attempt: number): number {
  const cap = Math.min(policy.maxDelayMs, policy.baseDelayMs * 2 ** (attempt - 1));
  return Math.floor(policy.random() * cap);
}

function describe(error: unknown): string {
  if (error instanceof Error && (error.name === 'TimeoutError' || error.name === 'AbortError')) return 'no answer in time';
  const cause = error instanceof Error && error.cause instanceof Error ? `: ${error.cause.message}` : '';
  return `${error instanceof Error ? error.message : String(error)}${cause}`;
}

/**
 * Sends one request to a provider, retrying what may pass: network errors, timeouts, 429 (never
 * sooner than its Retry-After) and 5xx, with exponential backoff and full jitter.
 * Returns the first 2xx or other 4xx response with its body read.
 * @throws ProviderUnavailableError when every attempt failed in a way that may pass, or when the
 * provider asks to wait longer than the policy allows (the workflow's own retry takes over then).
 */
export async function sendWithRetry(
  providerLabel: string,
  url: string,
  init: RequestInit,
  options: HttpOptions,
): Promise<ProviderResponse> {
  const policy: RetryPolicy = { ...defaultRetryPolicy, ...options.retry };
  const send = options.fetch ?? fetch;
  let lastProblem = '';
  for (let attempt = 1; attempt <= policy.attempts; attempt += 1) {
    let waitAtLeastMs = 0;
    try {
      const response = await send(url, { ...init, signal: AbortSignal.timeout(options.timeoutMs) });
      const body = await response.text();
      if (response.status < 500 && response.status !== 429) return { status: response.status, body };
      lastProblem = `HTTP ${response.status}`;
      if (response.status === 429) {
        const asked = retryAfterMs(response.headers.get('retry-after'));
        if (asked !== undefined && asked > policy.maxDelayMs) {
          throw new ProviderUnavailableError(`${providerLabel} is rate limiting: it asks to retry after ${Math.ceil(asked / 1000)} s`);
        }
        waitAtLeastMs = asked ?? 0;
      }
    } catch (error) {
      if (error instanceof ProviderUnavailableError) throw error;
      lastProblem = describe(error);
    }
    if (attempt < policy.attempts) await policy.sleep(Math.max(waitAtLeastMs, backoffMs(policy, attempt)));
  }
  throw new ProviderUnavailableError(`${providerLabel} did not answer after ${policy.attempts} attempts (last: ${lastProblem})`);
}

/** Parses a JSON body, or returns undefined: providers' error pages are not always JSON. */
export function parseJson(body: string): unknown {
  try {
    return JSON.parse(body) as unknown;
  } catch {
    return undefined;
  }
}

/** Joins a base URL and a path without doubling or dropping the slash between them. */
export function joinUrl(baseUrl: string, path: string): string {
  return `${baseUrl.replace(/\/+$/, '')}/${path.replace(/^\/+/, '')}`;
}
