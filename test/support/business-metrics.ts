import { vi } from 'vitest';

/**
 * The business metrics published while `run` ran, read from the embedded metric format lines the
 * functions write on stdout (what CloudWatch turns into metrics), without their format and service
 * fields: `[{ type: 'refund', WorkflowEscalations: 1 }]`. A failure of `run` is swallowed, so the
 * metrics of a refused operation can be read too.
 */
export async function metricsOf(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const lines: string[] = [];
  const spy = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    lines.push(String(chunk));
    return true;
  });
  try {
    await run().catch(() => undefined);
  } finally {
    spy.mockRestore();
  }
  return lines
    .flatMap((line) => line.split('\n'))
    .filter((line) => line.includes('"CloudWatchMetrics"'))
    .map((line) => JSON.parse(line) as Record<string, unknown>)
    .map(({ _aws: _format, service: _service, ...metric }) => metric);
}
