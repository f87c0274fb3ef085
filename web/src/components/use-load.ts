import { useCallback, useEffect, useRef, useState } from 'preact/hooks';
import { ApiError } from '../api/client';

/** Something loaded from the API: loading, loaded, or failed with words for the person. */
export type Loaded<T> = { state: 'loading' } | { state: 'loaded'; value: T } | { state: 'failed'; error: ApiError };

/**
 * Loads with `load` whenever `keys` change; `reload` loads again (after a change, or to retry),
 * keeping what is shown until the fresh value arrives; `replace` shows a value the API returned.
 */
export function useLoad<T>(load: () => Promise<T>, keys: readonly unknown[]): [Loaded<T>, () => void, (value: T) => void] {
  const [loaded, setLoaded] = useState<Loaded<T>>({ state: 'loading' });
  const [round, setRound] = useState(0);
  const shownKeys = useRef<string | undefined>(undefined);
  useEffect(() => {
    let current = true;
    const keyText = JSON.stringify(keys);
    if (shownKeys.current !== keyText) setLoaded({ state: 'loading' });
    shownKeys.current = keyText;
    load().then(
      (value) => current && setLoaded({ state: 'loaded', value }),
      (error: unknown) => current && setLoaded({ state: 'failed', error: error instanceof ApiError ? error : new ApiError(0, 'Something went wrong. Try again.') }),
    );
    return () => {
      current = false;
    };
  }, [...keys, round]);
  const reload = useCallback(() => setRound((n) => n + 1), []);
  const replace = useCallback((value: T) => setLoaded({ state: 'loaded', value }), []);
  return [loaded, reload, replace];
}
