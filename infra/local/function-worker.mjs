// One Lambda function's sandbox in the local cloud: a worker thread with the function's own
// environment, loading its TypeScript entry once (a cold start) and answering invocations.
// Plain JavaScript so that it starts the same under tsx, vitest or plain node.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';
import { register } from 'tsx/esm/api';

register();
const { entry, functionName, functionArn, memoryMb, timeoutMs } = workerData;
const module = await import(pathToFileURL(entry).href);
if (typeof module.handler !== 'function') {
  throw new Error(`${entry} exports no function named handler`);
}

function contextFor(requestId, deadline) {
  return {
    callbackWaitsForEmptyEventLoop: true,
    functionName,
    functionVersion: '$LATEST',
    invokedFunctionArn: functionArn,
    memoryLimitInMB: String(memoryMb),
    awsRequestId: requestId,
    logGroupName: `/aws/lambda/${functionName}`,
    logStreamName: 'local',
    getRemainingTimeInMillis: () => Math.max(0, deadline - Date.now()),
    done: () => {},
    fail: () => {},
    succeed: () => {},
  };
}

function describeError(error) {
  if (error instanceof Error) {
    return { errorType: error.name || 'Error', errorMessage: error.message, trace: String(error.stack ?? '').split('\n') };
  }
  return { errorType: 'Error', errorMessage: String(error), trace: [] };
}

parentPort.on('message', async ({ id, event }) => {
  const requestId = randomUUID();
  try {
    const payload = await module.handler(event, contextFor(requestId, Date.now() + timeoutMs));
    parentPort.postMessage({ id, ok: true, payload: payload === undefined ? null : JSON.parse(JSON.stringify(payload)) });
  } catch (error) {
    parentPort.postMessage({ id, ok: false, error: describeError(error) });
  }
});
parentPort.postMessage({ ready: true });
