/**
 * The machinery every fake provider shares: it records requests, can be told to fail or hang the
 * next ones, and exposes the same controls over HTTP under `/__fake/` so that tests in another
 * process than the fakes (the local cloud runs them for `npm start`) can drive them too.
 */
import { createServer, type IncomingMessage, type ServerResponse } from 'node:http';
import { listen } from '../../infra/local/listen';

/** A request a fake received, as it received it. */
export interface RecordedRequest {
  readonly method: string;
  readonly path: string;
  /** Header names lower-cased. */
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  readonly receivedAt: string;
}

/** What a fake answers. */
export interface FakeAnswer {
  readonly status: number;
  /** Sent as JSON unless it is a string. */
  readonly body: unknown;
  readonly headers?: Readonly<Record<string, string>>;
}

/** Controls shared by every fake provider. */
export interface FakeControls {
  /** The next `count` requests get `status` (with the provider's error body) instead of an answer. */
  failNext(count: number, status: number, options?: { retryAfterSeconds?: number }): void;
  /** The next `count` requests are answered only after `ms`: a timeout for a hasty client. */
  hangNext(count: number, ms: number): void;
  /** Forgets recorded requests and pending failures. */
  reset(): void;
}

/** A running fake provider. */
export interface FakeProvider extends FakeControls {
  readonly endpoint: string;
  /** Every request received so far, oldest first (control calls excluded). */
  readonly requests: readonly RecordedRequest[];
  stop(): Promise<void>;
}

type Injected = { readonly kind: 'fail'; readonly status: number; readonly retryAfterSeconds?: number } | { readonly kind: 'hang'; readonly ms: number };

export interface FakeServerOptions {
  readonly host?: string;
  readonly port?: number;
  /** Answers a request the way the provider would. */
  readonly handle: (request: RecordedRequest) => FakeAnswer;
  /** The provider's error body for an injected failure status. */
  readonly failureBody: (status: number) => unknown;
}

async function readBody(request: IncomingMessage): Promise<string> {
  const chunks: Buffer[] = [];
  for await (const chunk of request) chunks.push(chunk as Buffer);
  return Buffer.concat(chunks).toString('utf8');
}

function send(response: ServerResponse, answer: FakeAnswer): void {
  if (response.destroyed || response.writableEnded) return;
  const isText = typeof answer.body === 'string';
  response.writeHead(answer.status, {
    'content-type': isText ? 'text/plain; charset=utf-8' : 'application/json',
    ...answer.headers,
  });
  response.end(isText ? (answer.body as string) : JSON.stringify(answer.body));
}

function control(path: string, method: string, body: string, fake: FakeProvider): FakeAnswer | undefined {
  const input = (body ? JSON.parse(body) : {}) as { count?: number; status?: number; ms?: number; retryAfterSeconds?: number };
  if (method === 'GET' && path === '/__fake/requests') return { status: 200, body: fake.requests };
  if (method === 'POST' && path === '/__fake/fail-next') {
    fake.failNext(input.count ?? 1, input.status ?? 500, input.retryAfterSeconds === undefined ? {} : { retryAfterSeconds: input.retryAfterSeconds });
    return { status: 204, body: '' };
  }
  if (method === 'POST' && path === '/__fake/hang-next') {
    fake.hangNext(input.count ?? 1, input.ms ?? 1_000);
    return { status: 204, body: '' };
  }
  if (method === 'POST' && path === '/__fake/reset') {
    fake.reset();
    return { status: 204, body: '' };
  }
  return undefined;
}

/**
 * Starts a fake provider on host:port (127.0.0.1 and a free port by default).
 * @throws the listen error (for example EADDRINUSE).
 */
export async function startFakeServer(options: FakeServerOptions): Promise<FakeProvider> {
  const requests: RecordedRequest[] = [];
  const injected: Injected[] = [];
  const timers = new Set<NodeJS.Timeout>();
  const controls: FakeControls = {
    failNext(count, status, extra = {}) {
      for (let index = 0; index < count; index += 1) injected.push({ kind: 'fail', status, ...extra });
    },
    hangNext(count, ms) {
      for (let index = 0; index < count; index += 1) injected.push({ kind: 'hang', ms });
    },
    reset() {
      requests.length = 0;
      injected.length = 0;
    },
  };

  const server = createServer((request, response) => {
    void (async () => {
      const body = await readBody(request);
      const path = new URL(request.url ?? '/', 'http://fake').pathname;
      const method = request.method ?? 'GET';
      if (path.startsWith('/__fake/')) {
        send(response, control(path, method, body, fake) ?? { status: 404, body: { error: `No fake control ${method} ${path}` } });
        return;
      }
      const headers = Object.fromEntries(Object.entries(request.headers).map(([name, value]) => [name, Array.isArray(value) ? value.join(', ') : (value ?? '')]));
      const recorded: RecordedRequest = { method, path, headers, body, receivedAt: new Date().toISOString() };
      requests.push(recorded);
      const next = injected.shift();
      if (next?.kind === 'fail') {
        send(response, {
          status: next.status,
          body: options.failureBody(next.status),
          ...(next.retryAfterSeconds === undefined ? {} : { headers: { 'retry-after': String(next.retryAfterSeconds) } }),
        });
        return;
      }
      const answer = options.handle(recorded);
      if (next?.kind === 'hang') {
        // The work is done and the answer comes too late, as when a provider is slow, not down.
        const timer = setTimeout(() => {
          timers.delete(timer);
          send(response, answer);
        }, next.ms);
        timers.add(timer);
        return;
      }
      send(response, answer);
    })().catch((error: unknown) => send(response, { status: 500, body: { error: `The fake failed: ${String(error)}` } }));
  });
  const listening = await listen(server, options.host ?? '127.0.0.1', options.port ?? 0);
  const fake: FakeProvider = {
    ...controls,
    endpoint: listening.endpoint,
    requests,
    stop: async () => {
      for (const timer of timers) clearTimeout(timer);
      timers.clear();
      await listening.close();
    },
  };
  return fake;
}

/** The controls of a fake running in another process, over its `/__fake/` routes. */
export interface RemoteFake {
  readonly endpoint: string;
  requests(): Promise<RecordedRequest[]>;
  failNext(count: number, status: number, options?: { retryAfterSeconds?: number }): Promise<void>;
  hangNext(count: number, ms: number): Promise<void>;
  reset(): Promise<void>;
}

/** Drives a fake provider by its endpoint, for tests that did not start it themselves. */
export function remoteFake(endpoint: string): RemoteFake {
  const post = async (path: string, body: unknown) => {
    const response = await fetch(`${endpoint}${path}`, { method: 'POST', headers: { 'content-type': 'application/json' }, body: JSON.stringify(body) });
    if (!response.ok) throw new Error(`${endpoint}${path} answered ${response.status}`);
  };
  return {
    endpoint,
    requests: async () => (await (await fetch(`${endpoint}/__fake/requests`)).json()) as RecordedRequest[],
    failNext: (count, status, options = {}) => post('/__fake/fail-next', { count, status, ...options }),
    hangNext: (count, ms) => post('/__fake/hang-next', { count, ms }),
    reset: () => post('/__fake/reset', {}),
  };
}
