// One sandbox of a Lambda function in the local cloud: a worker thread with the function's own
// environment that imports the function's bundle once (its cold start), then runs one invocation
// at a time for as long as the pool keeps it (see functions.ts).
// Plain JavaScript run by plain Node, as Lambda's runtime runs the bundle: no TypeScript loader.
import { parentPort, workerData } from 'node:worker_threads';
import { pathToFileURL } from 'node:url';
import { randomUUID } from 'node:crypto';

const { bundle, functionName, functionArn, memoryMb } = workerData;

// Worker threads ignore NODE_OPTIONS; the one option functions run with in Lambda
// (infra/bundling.ts) is applied here, before the bundle loads, so traces point into the sources.
if ((process.env.NODE_OPTIONS ?? '').split(/\s+/).includes('--enable-source-maps')) {
  process.setSourceMapsEnabled(true);
}

const module = await import(pathToFileURL(bundle).href);
if (typeof module.handler !== 'function') {
  const error = new Error(`${functionName}.handler is undefined or not exported`);
  error.name = 'Runtime.HandlerNotFound';
  throw error;
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

parentPort.on('message', async ({ event, deadline }) => {
  try {
    const payload = await module.handler(event, contextFor(randomUUID(), deadline));
    parentPort.postMessage({ ok: true, payload: payload === undefined ? null : JSON.parse(JSON.stringify(payload)) });
  } catch (error) {
    parentPort.postMessage({ ok: false, error: describeError(error) });
  }
});
parentPort.postMessage({ ready: true });
