import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { LongestFirstSequencer } from './test/support/sequencer';

// Timeouts here only catch a hang: tests wait for events, and the suite must pass on a machine
// that is busy with something else (another copy of the suite, say), where everything is slower.
const minutes = (count: number) => count * 60_000;

// Functions import their HTML pages as text, as esbuild's `.html: text` loader bundles them
// (infra/bundling.ts); tests that import a handler module read them the same way.
const htmlAsText: Plugin = {
  name: 'html-as-text',
  enforce: 'pre',
  transform: (code, id) => (id.endsWith('.html') ? { code: `export default ${JSON.stringify(code)};`, map: null } : undefined),
};

/*
 * Workers for the whole run, whatever the cores: Vitest's default (cores - 1) is one worker on a
 * 2-core machine, which ran every file after the other while most of them wait on the local cloud
 * (and on the workflows' test-sized timers). The projects share one pool of workers (they must, to
 * run side by side), so unit and infra files use the CPU that waiting files leave free.
 */
const workers = 4;

export default defineConfig({
  test: {
    maxWorkers: workers,
    sequence: { sequencer: LongestFirstSequencer },
    projects: [
      {
        plugins: [htmlAsText],
        test: {
          name: 'unit',
          include: ['test/unit/**/*.test.ts'],
          // One module graph per worker rather than per file: the files keep no module state that
          // another file could see (a test that needs fresh modules says so with vi.resetModules).
          isolate: false,
          maxWorkers: workers,
          testTimeout: minutes(1),
          hookTimeout: minutes(1),
        },
      },
      // Synthesis with bundling builds every function with esbuild: over 10 minutes was seen on a
      // 2-core machine running several suites at once.
      // Not isolated, so that files of one worker share a synthesis (test/infra/synthesize.ts).
      { test: { name: 'infra', include: ['test/infra/**/*.test.ts'], isolate: false, maxWorkers: workers, testTimeout: minutes(20), hookTimeout: minutes(20) } },
      {
        plugins: [htmlAsText],
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/local-cloud.setup.ts'],
          maxWorkers: workers,
          testTimeout: minutes(5),
          hookTimeout: minutes(5),
        },
      },
      {
        // The web app in a real browser (Debian's Chromium through playwright-core) against the same cloud.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/integration/local-cloud.setup.ts', 'test/support/browser-server.setup.ts'],
          maxWorkers: workers,
          testTimeout: minutes(5),
          hookTimeout: minutes(5),
        },
      },
    ],
  },
});
