import type { ComponentChildren } from 'preact';
import { useEffect, useRef } from 'preact/hooks';

/** Shown while something loads: announced to screen readers, never a blank page. */
export function Loading({ what }: { what: string }) {
  return (
    <p class="loading" role="status">
      Loading {what}…
    </p>
  );
}

/** A failure in words for the person, with a way to try again when there is one. */
export function Problem({ message, retry }: { message: string; retry?: () => void }) {
  return (
    <div class="problem" role="alert">
      <p>{message}</p>
      {retry && (
        <button type="button" class="secondary" onClick={retry}>
          Try again
        </button>
      )}
    </div>
  );
}

/** A page's heading, focused when the page opens so that keyboard and screen-reader users land on it. */
export function PageTitle({ children }: { children: ComponentChildren }) {
  const heading = useRef<HTMLHeadingElement>(null);
  useEffect(() => {
    heading.current?.focus();
    document.title = `${heading.current?.textContent ?? 'Support'} · Support Cases`;
  }, []);
  return (
    <h1 ref={heading} tabIndex={-1}>
      {children}
    </h1>
  );
}
