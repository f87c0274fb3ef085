import { mkdirSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { chromium, type Browser, type Page } from 'playwright-core';
import { expect } from 'vitest';

const rootDir = path.resolve(import.meta.dirname, '../..');
// Every run takes the screenshots; only `npm run screenshots` puts them where the README shows them,
// so that a test run leaves the working tree as it found it (numbers and dates differ each run).
const screenshotsDir = process.env['TICKETFLOW_UPDATE_SCREENSHOTS'] === '1' ? path.join(rootDir, 'docs', 'screenshots') : path.join(rootDir, '.local', 'screenshots');
// Debian's Chromium (.ci/run installs it): Playwright's own browser download cannot run here.
const chromiumPath = process.env['TICKETFLOW_CHROMIUM'] ?? '/usr/bin/chromium';
const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

/** The widths every page is checked at: a 375 px phone and a desktop. */
export const viewports = { phone: { width: 375, height: 812 }, desktop: { width: 1280, height: 900 } } as const;

/** Starts headless Chromium for one test file. */
export function launchBrowser(): Promise<Browser> {
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
