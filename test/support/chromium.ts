// Debian's Chromium (.ci/run installs it): Playwright's own browser download cannot run here.
const chromiumPath = process.env['TICKETFLOW_CHROMIUM'] ?? '/usr/bin/chromium';

/** How the e2e tests run Debian's Chromium: headless, without the sandbox, with nothing of its own to fetch. */
export const chromiumOptions = {
  executablePath: chromiumPath,
  headless: true,
  args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
};
