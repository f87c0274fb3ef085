import { parseArgs } from 'node:util';
import { readLocalConfig } from './config';
import { isEmailAddress, issueToken, localAudience, localIssuer } from './identity';

const usage = `Usage: npm run -s token -- --email ADDRESS [--agent] [--unverified] [--expires-in SECONDS]

Prints an ID token for the local API, signed by the local identity provider's key, as Cognito
would issue it after sign-in. Only the token goes to stdout:

  TOKEN=$(npm run -s token -- --email alice@example.com)
  curl -H "Authorization: Bearer $TOKEN" http://127.0.0.1:3000/v1/me

Works whether or not \`npm start\` is running: it reads the same settings (TICKETFLOW_IDENTITY_PORT,
TICKETFLOW_IDENTITY_DIR) to know the issuer and the key folder.

Options:
  --email ADDRESS       the user; the same address is always the same user (same sub)
  --agent               a support agent (member of the "agents" group) instead of a customer
  --unverified          email_verified false: a user who has not confirmed the address (sees only
                        the tickets their own token opened, none opened for the address)
  --expires-in SECONDS  lifetime (default 3600); 0 or negative (--expires-in=-60) for an expired token
  --help                show this text
`;

class UsageError extends Error {}

function parse(argv: string[]): { help: true } | { help: false; email: string; agent: boolean; verified: boolean; expiresInSeconds: number | undefined } {
  let values;
  try {
    ({ values } = parseArgs({
      args: argv,
      options: {
        email: { type: 'string' },
        agent: { type: 'boolean' },
        unverified: { type: 'boolean' },
        'expires-in': { type: 'string' },
        help: { type: 'boolean', short: 'h' },
      },
    }));
  } catch (error) {
    throw new UsageError(error instanceof Error ? error.message : String(error));
  }
  if (values.help) return { help: true };
  const email = values.email;
  if (email === undefined || email.trim() === '') throw new UsageError('--email is required, e.g. --email alice@example.com');
  if (!isEmailAddress(email)) throw new UsageError(`--email "${email}" is not an email address`);
  const rawExpiry = values['expires-in'];
  let expiresInSeconds: number | undefined;
  if (rawExpiry !== undefined) {
    expiresInSeconds = Number(rawExpiry);
    if (rawExpiry.trim() === '' || !Number.isInteger(expiresInSeconds)) {
      throw new UsageError(`--expires-in must be a whole number of seconds, not "${rawExpiry}"`);
    }
  }
  return { help: false, email, agent: values.agent ?? false, verified: !(values.unverified ?? false), expiresInSeconds };
}

async function main(): Promise<void> {
  const options = parse(process.argv.slice(2));
  if (options.help) {
    process.stdout.write(usage);
    return;
  }
  const config = readLocalConfig();
  const token = await issueToken({
    keyDir: config.identityDir,
    issuer: localIssuer(config.host, config.ports.identity),
    audience: localAudience,
    email: options.email,
    agent: options.agent,
    verified: options.verified,
    ...(options.expiresInSeconds === undefined ? {} : { expiresInSeconds: options.expiresInSeconds }),
  });
  process.stdout.write(`${token}\n`);
}

main().catch((error: unknown) => {
  const message = error instanceof Error ? error.message : String(error);
  process.stderr.write(error instanceof UsageError ? `${message}\nRun \`npm run token -- --help\` for the options.\n` : `Could not issue a token: ${message}\n`);
  process.exit(error instanceof UsageError ? 2 : 1);
});
