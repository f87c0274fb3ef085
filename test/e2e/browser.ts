import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, beforeAll, expect, inject } from 'vitest';
import { uniqueTag } from '../support/unique';

const rootDir = path.resolve(import.meta.dirname, '../..');
// Every run takes the screenshots; only `npm run screenshots` puts them where the README shows them,
// so that a test run leaves the working tree as it found it (numbers and dates differ each run).
const screenshotsDir = process.env['TICKETFLOW_UPDATE_SCREENSHOTS'] === '1' ? path.join(rootDir, 'docs', 'screenshots') : path.join(rootDir, '.local', 'screenshots');
// Debian's Chromium (.ci/run installs it): Playwright's own browser download cannot run here.
const chromiumPath = process.env['TICKETFLOW_CHROMIUM'] ?? '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The widths every page is checked at: a 375 px phone and a desktop. */
export const viewports = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } } as const;

/** Only catches a hang: on a busy 2-core machine a first page load builds nothing but waits on Lambda sandboxes. */
export const hangMs = 120_000;

/** Starts headless Chromium for one test file. */
function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: chromiumPath,
    headless: true,
    args: ['--no-sandbox', '--disable-gpu', '--disable-background-networking', '--disable-component-update', '--disable-sync', '--no-first-run'],
  });
}

interface Violation {
  readonly id: string;
  readonly impact: string | null;
  readonly help: string;
  readonly nodes: readonly { readonly target: readonly string[] }[];
}

/**
 * Runs axe-core on the page as it is, at a phone's and a desktop's width, and fails the test on
 * any serious or critical violation, naming each with the elements at fault.
 */
export async function expectAccessible(page: Page): Promise<void> {
  const original = page.viewportSize();
  for (const viewport of Object.values(viewports)) {
    await page.setViewportSize(viewport);
    // Evaluated over the DevTools protocol, which the page's content security policy does not restrict.
    await page.evaluate(axeSource);
    const { violations, passed } = await page.evaluate(async () => {
      const axe = (globalThis as unknown as { axe: { run(context: string, options: object): Promise<{ violations: Violation[]; passes: unknown[] }> } }).axe;
      const result = await axe.run('html', { resultTypes: ['violations'] });
      return {
        violations: result.violations.map((v) => ({ id: v.id, impact: v.impact, help: v.help, nodes: v.nodes.map((n) => ({ target: n.target })) })),
        passed: result.passes.length,
      };
    });
    // axe ran its rules on this page (an empty list of violations from a page it never read proves nothing).
    expect(passed).toBeGreaterThan(0);
    const grave = violations.filter((v) => v.impact === 'serious' || v.impact === 'critical');
    expect(grave.map((v) => `${v.impact} ${v.id} at ${viewport.width}px: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`)).toEqual([]);
  }
  if (original) await page.setViewportSize(original);
}

/** Writes a screenshot of the page: for the README (docs/screenshots/<name>.png) under `npm run screenshots`, else to .local/screenshots/. */
export async function screenshot(page: Page, name: string): Promise<void> {
  mkdirSync(screenshotsDir, { recursive: true });
  await page.screenshot({ path: path.join(screenshotsDir, `${name}.png`), fullPage: true });
}

/** A page in a browser session (context) of its own: closing the context ends the session. */
export interface OpenPage {
  readonly context: BrowserContext;
  readonly page: Page;
}

/** Who signs in on the local identity provider's page: an agent ticks its local-only agent box. */
export interface PageUser {
  readonly email: string;
  readonly name: string;
  readonly agent?: boolean;
}

/** A new agent, of an address no other test uses. */
export function anAgent(): PageUser {
  return { email: `agent-${uniqueTag()}@example.com`, name: 'Sam Agent', agent: true };
}

/** The test file's own Chromium, and the browser sessions its tests open in it. */
export interface FileBrowser {
  /** A page in a new session, desktop-sized unless given a viewport, in British English and London time, every wait ending at `hangMs`. */
  newPage(viewport?: { readonly width: number; readonly height: number }): Promise<OpenPage>;
  /** A page in a new session, signed in as `user` (see signInAt) on `path`. */
  newSignedInPage(path: string, user: PageUser): Promise<OpenPage>;
}

/**
 * Launches headless Chromium before the file's tests and closes it after them. Each file launches
 * its own rather than connecting to a shared one: a connected browser cannot give a download's path.
 */
export function browserForThisFile(): FileBrowser {
  let browser: Browser | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });

  const newPage = async (viewport: { readonly width: number; readonly height: number } = viewports.desktop): Promise<OpenPage> => {
    if (!browser) throw new Error('The browser runs only inside the file’s tests');
    const context = await browser.newContext({ viewport, locale: 'en-GB', timezoneId: 'Europe/London', acceptDownloads: true });
    context.setDefaultTimeout(hangMs);
    return { context, page: await context.newPage() };
  };
  return {
    newPage,
    async newSignedInPage(path, user) {
      const opened = await newPage();
      try {
        await signInAt(opened.page, path, user);
      } catch (error) {
        await opened.context.close();
        throw error;
      }
      return opened;
    },
  };
}

/** Signs in by keyboard from a page that offers Sign in, on the local identity provider's page, as Cognito's managed login would be used. */
export async function signInHere(page: Page, user: PageUser): Promise<void> {
  await page.getByRole('button', { name: 'Sign in' }).press('Enter');
  await page.getByLabel('Email').fill(user.email);
  await page.getByLabel('Name').fill(user.name);
  if (user.agent) await page.getByLabel('Sign in as a support agent (local only)').press('Space');
  await page.getByLabel('Name').press('Enter');
}

/** Opens `path` of the local cloud's web app and signs in there (see signInHere), landing back on `path`. */
export async function signInAt(page: Page, path: string, user: PageUser): Promise<void> {
  await page.goto(`${inject('localCloud').web}${path}`);
  await signInHere(page, user);
}
