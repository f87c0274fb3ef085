import { execFile, execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { expect } from 'vitest';

/** Debian's AWS CLI v2 (package `awscli`), the CLI the README tells readers to use. */
export const awsCliPath = '/usr/bin/aws';
/** What `aws --version` says, empty when the CLI is missing. */
export const awsCliVersion = versionOf(awsCliPath);
/** True when /usr/bin/aws is the AWS CLI v2. */
export const hasAwsCliV2 = awsCliVersion.startsWith('aws-cli/2');
/** CI installs the CLI (.ci/run): there a test that needs it fails without it, elsewhere it is skipped. */
export const awsCliRequired = process.env['CI'] === 'true';

function versionOf(cli: string): string {
  if (!existsSync(cli)) return '';
  try {
    return execFileSync(cli, ['--version'], { encoding: 'utf8' }).trim();
  } catch (error) {
    return `a program that fails: ${String(error)}`;
  }
}

/** Fails, saying what to install, when the CLI v2 is missing. */
export function expectAwsCliV2(): void {
  if (!hasAwsCliV2) {
    throw new Error(`These tests run the AWS CLI v2 at ${awsCliPath}: install it with apt-get install awscli (${awsCliPath} says "${awsCliVersion || 'nothing: it is missing'}")`);
  }
}

/** What a command line wrote and how it exited. */
export interface ShellRun {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

/** A bash in which `aws` is Debian's CLI v2 with local credentials, as a reader's shell after the README's `export`. */
export interface AwsCliShell {
  run(command: string): Promise<ShellRun>;
  /** Runs the command, expects exit code 0 (showing stderr when not) and answers its output. */
  succeeds(command: string): Promise<string>;
  /** Removes the shell's home folder. */
  dispose(): void;
}

/**
 * A shell for AWS CLI commands with its own empty home, so the machine's AWS settings (output
 * format, region, profiles) cannot change what the commands answer.
 * @param variables shell variables the commands use (`$Q`, `$SFN`, ...), besides the AWS ones.
 */
export function awsCliShell(options: { region: string; cwd: string; variables?: () => Record<string, string> }): AwsCliShell {
  const home = mkdtempSync(path.join(tmpdir(), 'ticketflow-aws-cli-'));
  const run = (command: string) => {
    const env = {
      PATH: '/usr/bin:/bin',
      HOME: home,
      AWS_CONFIG_FILE: path.join(home, 'config'),
      AWS_SHARED_CREDENTIALS_FILE: path.join(home, 'credentials'),
      AWS_PAGER: '',
      AWS_ACCESS_KEY_ID: 'local',
      AWS_SECRET_ACCESS_KEY: 'local',
      AWS_REGION: options.region,
      ...options.variables?.(),
    };
    return new Promise<ShellRun>((resolve) => {
      execFile('bash', ['-uc', command], { env, cwd: options.cwd }, (error, stdout, stderr) => {
        resolve({ code: error ? (typeof error.code === 'number' ? error.code : null) : 0, stdout, stderr });
      });
    });
  };
  return {
    run,
    async succeeds(command) {
      const result = await run(command);
      expect(result, `${command}\n${result.stderr}`).toMatchObject({ code: 0 });
      return result.stdout;
    },
    dispose: () => rmSync(home, { recursive: true, force: true }),
  };
}
