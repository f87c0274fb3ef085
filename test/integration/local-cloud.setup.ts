import type { TestProject } from 'vitest/node';
import { serverErrorLines } from '../support/cloud-server-errors';
import { startLocalCloudProcess, type LocalCloudProcess } from '../support/local-cloud-process';

/*
 * Vitest runs a project's global setup once per project, in the one main process: the projects
 * that name this file (integration, e2e) share one cloud through this process-wide slot, started
 * by the first and stopped when the last of them is done.
 */
const shared = globalThis as typeof globalThis & { ticketflowCloud?: { cloud: Promise<LocalCloudProcess>; users: number } };

/**
 * Starts the local cloud once for the whole test run, as `npm start -- --fixtures` does, and stops
 * it at the end. A run that ends otherwise (Ctrl-C, a crash, SIGKILL) leaves nothing either: the
 * cloud stops itself when this process is gone (see startLocalCloudProcess).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  shared.ticketflowCloud ??= { cloud: startLocalCloudProcess(), users: 0 };
  const slot = shared.ticketflowCloud;
  slot.users += 1;
  const cloud = await slot.cloud;
  project.provide('localCloud', cloud.endpoints);
  project.provide('testClock', cloud.clock);
  return async () => {
    slot.users -= 1;
    if (slot.users > 0) return;
    shared.ticketflowCloud = undefined;
    const code = await cloud.stop();
    if (code !== 0) console.error(`The local cloud exited with ${code}:\n${cloud.output()}`);
    // A test that got a 5xx saw only "Internal Server Error"; the cloud's log says why.
    const errors = serverErrorLines(cloud.output());
    if (errors.length > 0) console.error(`The local cloud answered 500 during the run:\n${errors.join('\n')}`);
  };
}
