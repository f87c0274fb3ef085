import { PageTitle } from '../components/states';
import { NotFoundPage } from '../pages/not-found-page';
import { AgentTicketPage } from './agent-ticket-page';
import { ComplaintsReportPage } from './complaints-report-page';
import { OpenTicketPage } from './open-ticket-page';
import { QueuePage } from './queue-page';

/**
 * The agent console's page for a path under /console. It is loaded apart from the portal (a lazy
 * chunk), so customers never download it; a signed-in customer is told the console is for agents.
 */
export function ConsolePage({ path, search, agent }: { path: string; search: string; agent: boolean }) {
  if (!agent)
    return (
      <section>
        <PageTitle>Agents only</PageTitle>
        <p>The console is for support agents. Sign in as an agent to use it.</p>
      </section>
    );
  if (path === '/console' || path === '/console/') return <QueuePage search={search} />;
  if (path === '/console/tickets/new') return <OpenTicketPage />;
  if (path === '/console/reports/complaints') return <ComplaintsReportPage />;
  const ticket = /^\/console\/tickets\/([^/]+)$/.exec(path);
  if (ticket?.[1]) return <AgentTicketPage key={ticket[1]} number={decodeURIComponent(ticket[1])} />;
  return <NotFoundPage />;
}
