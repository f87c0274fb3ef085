import { statSync } from 'node:fs';
import type { Plugin } from 'vite';
import { defineConfig } from 'vitest/config';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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
 * Files that run long because their tests wait for the workflows' test-sized timers (20 s each,
 * test/fixtures/workflows/system.ts) or drive slow programs (the AWS CLI, other local clouds).
 * They start first so that the shorter files fill the other workers while they wait; a run with
 * Vitest's results cache orders by the durations it measured instead. A stale name here only
 * costs time, never a result.
 */
const knownLong = [
  'test/integration/workflows/withdrawal.test.ts',
  'test/integration/cli/readme-aws-cli.test.ts',
  'test/integration/cli/sqs-query-protocol.test.ts',
  'test/integration/notifications/journey-emails.test.ts',
  'test/integration/notifications/workflow-emails.test.ts',
  'test/e2e/portal-workflows.test.ts',
  'test/integration/local-cloud-lifetime.test.ts',
  'test/integration/tickets/contention.test.ts',
  'test/integration/workflows/kyc.test.ts',
  'test/integration/workflows/refund-paddle.test.ts',
];

/**
 * Which files go first: those that talk to the local cloud (integration, e2e), which mostly wait,
 * then the CPU-bound ones (infra, unit), which fill the workers while the last waits run out.
 */
const projectRank: Readonly<Record<string, number>> = { integration: 0, e2e: 0, infra: 1, unit: 2 };

function rankOf(spec: TestSpecification): number {
  return projectRank[spec.project.name] ?? 1;
}

function sizeOf(spec: TestSpecification): number {
  try {
    return statSync(spec.moduleId).size;
  } catch {
    return 0;
  }
}

/**
 * Orders the whole run's files longest first across projects (Vitest's own sequencer runs project
 * after project, by name): a file's duration from Vitest's results cache when there is one,
 * else the list of files known to be long, else its size. Files that failed last time go first, as
 * with Vitest's sequencer.
 */
class LongestFirstSequencer extends BaseSequencer {
  override async sort(files: TestSpecification[]): Promise<TestSpecification[]> {
    const cache = this.ctx.cache;
    const keyOf = (spec: TestSpecification) => {
      const result = cache.getTestSpecificationResult(spec);
      const known = knownLong.findIndex((name) => spec.moduleId.endsWith(name));
      return {
        failed: result?.failed ? 0 : 1,
        rank: rankOf(spec),
        duration: result?.duration,
        known: known < 0 ? knownLong.length : known,
        size: sizeOf(spec),
      };
    };
    const keys = new Map(files.map((spec) => [spec, keyOf(spec)]));
    return [...files].sort((a, b) => {
      const x = keys.get(a)!;
      const y = keys.get(b)!;
      if (x.failed !== y.failed) return x.failed - y.failed;
      if (x.rank !== y.rank) return x.rank - y.rank;
      if (x.duration !== undefined && y.duration !== undefined) return y.duration - x.duration;
      if (x.known !== y.known) return x.known - y.known;
      return y.size - x.size;
    });
  }
}

/*
 * Workers for the whole run, whatever the cores: Vitest's default (cores - 1) is one worker on a
 * 2-core machine, which ran every file after the other while most of them wait on the local cloud
 * (and on the workflows' test-sized timers). The projects share one pool of workers (they must, to
 * run side by side), so unit and infra files use the CPU that waiting files leave free. Two, not
 * more: every worker's requests go to the one local cloud on the same cores, and the workflow
 * tests' test-sized waits (15-20 s of real time, test/fixtures/workflows/system.ts) were missed
 * with four workers on a machine loaded by other suites.
 */
const workers = 2;

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
      // Synthesis took over 10 minutes on a 2-core machine running several suites at once (when it
      // still bundled every function). Not isolated, so that files of one worker share a synthesis
      // (test/infra/synthesize.ts).
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
          globalSetup: ['test/integration/local-cloud.setup.ts'],
          maxWorkers: workers,
          testTimeout: minutes(5),
          hookTimeout: minutes(5),
        },
      },
    ],
  },
});
