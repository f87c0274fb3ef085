import createClient, { type Client } from 'openapi-fetch';
import type { components, paths } from '../../api/ticketflow';

export type Schemas = components['schemas'];
export type Api = Client<paths>;

/** A refusal or failure of the API, in words for the person (never the raw body). */
export class ApiError extends Error {
  constructor(
    readonly status: number,
    message: string,
    readonly fields: readonly { path: string; message: string }[] = [],
  ) {
    super(message);
  }
}

/**
 * The typed client of the Ticketflow API (openapi-fetch over the types generated from the OpenAPI
 * document), sending the signed-in person's ID token with every request.
 */
export function apiClient(apiUrl: string, token: () => string | undefined): Api {
  const client = createClient<paths>({ baseUrl: apiUrl.replace(/\/+$/, '') });
  client.use({
    onRequest({ request }) {
      const value = token();
      if (value) request.headers.set('authorization', `Bearer ${value}`);
      return request;
    },
  });
  return client;
}

/** Dispatched on window when the API refuses the token: the app then asks the person to sign in again. */
export const sessionEndedEvent = 'ticketflow:session-ended';

const messages: Readonly<Record<number, string>> = {
  401: 'Your session has ended. Sign in again.',
  403: 'You may not do this.',
  404: 'Not found.',
  413: 'That is too long to send.',
  429: 'Too many requests at once. Try again in a moment.',
};

/**
 * The data of a successful answer.
 * @throws ApiError with the API's own message for a refusal (4xx), or general words for a
 * failure of the service (5xx) or of the network.
 */
export async function answer<T>(call: Promise<{ data?: T; error?: unknown; response: Response }>): Promise<T> {
  let result: { data?: T; error?: unknown; response: Response };
  try {
    result = await call;
  } catch {
    throw new ApiError(0, 'The service could not be reached. Check your connection and try again.');
  }
  if (result.data !== undefined && result.response.ok) return result.data;
  const { status } = result.response;
  if (status === 401) dispatchEvent(new Event(sessionEndedEvent));
  const body = result.error as { error?: { message?: string; fields?: { path: string; message: string }[] } } | undefined;
  if (status >= 500) throw new ApiError(status, 'Something went wrong on our side. Try again in a moment.');
  if (status === 401 || status === 404 || !body?.error?.message) throw new ApiError(status, messages[status] ?? 'The request was refused.');
  throw new ApiError(status, body.error.message, body.error.fields ?? []);
}
