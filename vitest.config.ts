import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';

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

export default defineConfig({
  test: {
    projects: [
      { plugins: [htmlAsText], test: { name: 'unit', include: ['test/unit/**/*.test.ts'], testTimeout: minutes(1), hookTimeout: minutes(1) } },
      // Synthesis with bundling builds every function with esbuild: minutes on a loaded machine.
      { test: { name: 'infra', include: ['test/infra/**/*.test.ts'], testTimeout: minutes(10), hookTimeout: minutes(10) } },
      {
        plugins: [htmlAsText],
        test: {
          name: 'integration',
          include: ['test/integration/**/*.test.ts'],
          globalSetup: ['test/integration/local-cloud.setup.ts'],
          testTimeout: minutes(5),
          hookTimeout: minutes(5),
        },
      },
      {
        // The web app in a real browser (Debian's Chromium through playwright-core) against the same cloud.
        test: {
          name: 'e2e',
          include: ['test/e2e/**/*.test.ts'],
          globalSetup: ['test/integration/local-cloud.setup.ts'],
          testTimeout: minutes(5),
          hookTimeout: minutes(5),
        },
      },
    ],
  },
});
