import { chromium } from 'playwright-core';
import type { TestProject } from 'vitest/node';
import { chromiumOptions } from './chromium';

/**
 * Starts one headless Chromium for the e2e project's whole run and tells the test files where it
 * listens (`inject('browserEndpoint')`, read by test/e2e/browser.ts); each file connects to it and
 * keeps its own contexts. Stopped when the project is done.
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const server = await chromium.launchServer(chromiumOptions);
  project.provide('browserEndpoint', server.wsEndpoint());
  return () => server.close();
}
