import { useEffect, useMemo, useState } from 'preact/hooks';
import { apiClient, sessionEndedEvent } from './api/client';
import { PortalContext } from './app-context';
import { callbackPath, completeSignIn, currentSession, forgetSession, signIn, signOut, type Session } from './auth/session';
import { Loading, PageTitle, Problem } from './components/states';
import type { AppConfig } from './config';
import { LazyConsole } from './console/lazy-console';
import { NewTicketPage } from './pages/new-ticket-page';
import { NotFoundPage } from './pages/not-found-page';
import { PreferencesPage } from './pages/preferences-page';
import { TicketPage } from './pages/ticket-page';
import { TicketsPage } from './pages/tickets-page';
import { navigate, onLinkClick, useLocation } from './router';

/** The page for a path of the signed-in portal. */
function Page({ path, search, agent }: { path: string; search: string; agent: boolean }) {
  if (path === '/console' || path.startsWith('/console/')) return <LazyConsole path={path} search={search} agent={agent} />;
  if (path === '/' || path === '/tickets') return <TicketsPage search={search} />;
  if (path === '/tickets/new') return <NewTicketPage />;
  if (path === '/preferences') return <PreferencesPage />;
  const ticket = /^\/tickets\/([^/]+)$/.exec(path);
  if (ticket?.[1]) return <TicketPage key={ticket[1]} number={decodeURIComponent(ticket[1])} />;
  return <NotFoundPage />;
}

/** Finishes the sign-in the hosted page sent back, then returns where the person was going. */
function SignedIn({ config, search, onSession }: { config: AppConfig; search: string; onSession: (session: Session) => void }) {
  const [problem, setProblem] = useState<string | undefined>(undefined);
  useEffect(() => {
    completeSignIn(config, search).then(
      (returnTo) => {
        const session = currentSession();
        if (session) onSession(session);
        navigate(returnTo, { replace: true });
      },
      (error: unknown) => setProblem(error instanceof Error ? error.message : 'Sign-in could not be completed.'),
    );
    // Runs once: the code in the address can be exchanged only once.
  }, []);
  if (!problem) return <Loading what="your account" />;
  return (
    <section>
      <PageTitle>Sign-in failed</PageTitle>
      <Problem message={problem} />
      <button type="button" onClick={() => void signIn(config, '/tickets')}>
        Sign in again
      </button>
    </section>
  );
}

function SignInPrompt({ config, returnTo, ended }: { config: AppConfig; returnTo: string; ended: boolean }) {
  return (
    <section class="sign-in">
      <PageTitle>Support Cases</PageTitle>
      {ended && (
        <p class="notice" role="status">
          Your session has ended. Sign in again to go on where you were.
        </p>
      )}
      <p class="lead">Sign in with the email you contacted us from to follow your tickets, reply to them and open new ones.</p>
      <button type="button" onClick={() => void signIn(config, returnTo)}>
        Sign in
      </button>
    </section>
  );
}

/** The customer portal: the header, and the page for the address, once the person is signed in. */
export function App({ config }: { config: AppConfig }) {
  const { path, search } = useLocation();
  const [session, setSession] = useState<Session | undefined>(currentSession);
  const [ended, setEnded] = useState(false);
  const api = useMemo(() => apiClient(config.apiUrl, () => currentSession()?.idToken), [config.apiUrl]);
  const portal = useMemo(() => (session ? { config, session, api } : undefined), [config, session, api]);
  useEffect(() => {
    const ended = () => {
      forgetSession();
      setSession(undefined);
      setEnded(true);
    };
    addEventListener(sessionEndedEvent, ended);
    return () => removeEventListener(sessionEndedEvent, ended);
  }, []);

  let main;
  if (path === callbackPath) main = <SignedIn config={config} search={search} onSession={setSession} />;
  else if (!portal) main = <SignInPrompt config={config} returnTo={path === '/' ? '/tickets' : path + search} ended={ended} />;
  else main = <Page path={path} search={search} agent={portal.session.agent} />;

  return (
    <PortalContext.Provider value={portal}>
      <div onClick={onLinkClick}>
        <a class="skip" href="#main">
          Skip to content
        </a>
        <header class="top">
          <a class="brand" href={portal ? '/tickets' : '/'}>
            Support
          </a>
          {portal && (
            <nav aria-label="Account">
              {portal.session.agent && <a href="/console">Console</a>}
              <a href="/tickets">Support Cases</a>
              <a href="/preferences">Email preferences</a>
              <span class="who">{portal.session.email}</span>
              <button type="button" class="link" onClick={() => signOut(config)}>
                Sign out
              </button>
            </nav>
          )}
        </header>
        <main id="main">{main}</main>
      </div>
    </PortalContext.Provider>
  );
}
