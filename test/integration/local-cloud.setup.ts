import type { TestProject } from 'vitest/node';
import { startLocalCloudProcess } from '../support/local-cloud-process';

/**
 * Starts the local cloud once for the whole integration run, as `npm start -- --fixtures` does,
 * and stops it at the end. A run that ends otherwise (Ctrl-C, a crash, SIGKILL) leaves nothing
 * either: the cloud stops itself when this process is gone (see startLocalCloudProcess).
 */
export default async function setup(project: TestProject): Promise<() => Promise<void>> {
  const cloud = await startLocalCloudProcess();
  project.provide('localCloud', cloud.endpoints);
  return async () => {
    const code = await cloud.stop();
    if (code !== 0) console.error(`The local cloud exited with ${code}:\n${cloud.output()}`);
  };
}
