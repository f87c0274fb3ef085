import { vi } from 'vitest';

/**
 * The JSON lines the functions wrote to stdout while `run` ran: logs and metrics in the embedded
 * metric format (what CloudWatch turns into metrics). A failure of `run` is swallowed, so what a
 * refused operation wrote can be read too.
 */
export async function jsonLinesWritten(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  const written: string[] = [];
  const write = vi.spyOn(process.stdout, 'write').mockImplementation((chunk: string | Uint8Array) => {
    written.push(String(chunk));
    return true;
  });
  try {
    await run().catch(() => undefined);
  } finally {
    write.mockRestore();
  }
  return written
    .join('')
    .split('\n')
    .filter((line) => line.startsWith('{'))
    .map((line) => JSON.parse(line) as Record<string, unknown>);
}

/**
 * The business metrics published while `run` ran, without their format and service fields:
 * `[{ type: 'refund', WorkflowEscalations: 1 }]`.
 */
export async function metricsOf(run: () => Promise<unknown>): Promise<Record<string, unknown>[]> {
  return (await jsonLinesWritten(run)).filter((line) => '_aws' in line).map(({ _aws: _format, service: _service, ...metric }) => metric);
}
