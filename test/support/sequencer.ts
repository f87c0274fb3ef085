import { statSync } from 'node:fs';
import { BaseSequencer, type TestSpecification } from 'vitest/node';

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
export class LongestFirstSequencer extends BaseSequencer {
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
