import { useEffect, useState } from 'preact/hooks';
import { Loading, Problem } from '../components/states';
import type * as ConsolePages from './console-pages';

type ConsoleModule = typeof ConsolePages;

/**
 * The console, imported on first use: its pages are a chunk of their own, so the portal's first
 * load does not carry them (preact/compat's lazy would add more than this whole loader).
 */
export function LazyConsole(props: { path: string; search: string; agent: boolean }) {
  const [module, setModule] = useState<ConsoleModule | undefined>(undefined);
  const [failed, setFailed] = useState(false);
  const [round, setRound] = useState(0);
  useEffect(() => {
    import('./console-pages').then(setModule, () => setFailed(true));
  }, [round]);
  if (module) return <module.ConsolePage {...props} />;
  if (failed) return <Problem message="The console could not be loaded." retry={() => (setFailed(false), setRound((n) => n + 1))} />;
  return <Loading what="the console" />;
}
