import { useRef } from 'preact/hooks';

/**
 * One Idempotency-Key per submission: the same key while the same content is sent again (a double
 * click, a retry after a failure), a new one once the content changes or the last one succeeded,
 * so the API makes one ticket or message however often a submission is retried.
 */
export function useIdempotencyKey(): { keyFor(body: unknown): string; succeeded(): void } {
  const last = useRef<{ key: string; body: string } | undefined>(undefined);
  return {
    keyFor(body) {
      const text = JSON.stringify(body);
      if (last.current?.body !== text) last.current = { key: crypto.randomUUID(), body: text };
      return last.current.key;
    },
    succeeded() {
      last.current = undefined;
    },
  };
}
