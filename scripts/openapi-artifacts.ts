/**
 * What `npm run openapi` writes, and how each is made, so that the build script writes them and the
 * drift tests rebuild them the same way: the OpenAPI document the API serves, the client types
 * generated from it (the portal's typed client), and the docs page that renders it.
 */
import { execFile } from 'node:child_process';
import { mkdtemp, readFile, rm } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { promisify } from 'node:util';
import openapiTS, { astToString } from 'openapi-typescript';
import { openApiDocument } from '../functions/api/openapi/document';
import { repositoryRoot } from '../infra/constructs/repository-root';

/** Where each artifact is committed, from the repository root. */
export const artifactPaths = {
  document: 'functions/api/openapi/openapi.json',
  docsPage: 'functions/api/openapi/api-docs.html',
  client: 'web/api/ticketflow.d.ts',
} as const;

/** The path of an artifact on this machine. */
export const pathOf = (name: keyof typeof artifactPaths) => join(repositoryRoot, artifactPaths[name]);

/** The document as committed: JSON, two-space indented, one trailing newline. */
export function documentText(): string {
  return `${JSON.stringify(openApiDocument(), null, 2)}\n`;
}

/** The client types openapi-typescript generates from the document. */
export async function clientTypesText(document: string): Promise<string> {
  const ast = await openapiTS(JSON.parse(document) as Parameters<typeof openapiTS>[0], { exportType: false, alphabetize: false });
  return astToString(ast);
}

const redoclyBin = () => join(repositoryRoot, 'node_modules', '.bin', 'redocly');

/** Runs the Redocly CLI of the repository, with Node's deprecation notices off, and returns what it printed. */
export async function redocly(args: readonly string[]): Promise<{ stdout: string; stderr: string }> {
  return promisify(execFile)(redoclyBin(), [...args], {
    cwd: repositoryRoot,
    env: { ...process.env, REDOCLY_TELEMETRY: 'off', REDOCLY_SUPPRESS_UPDATE_NOTICE: 'true', NO_COLOR: '1' },
    maxBuffer: 16 * 1024 * 1024,
  });
}

/**
 * The docs page: Redocly's build-docs renders the document with Redoc into one HTML file, Redoc's
 * script inlined (`--inlineBundle`, instead of a CDN's) and the document embedded, telemetry off,
 * so the page loads no script, style or font from anywhere (its footer's "API docs by Redocly"
 * logo is an image from their CDN, hidden when it cannot load).
 */
export async function docsPageText(documentPath: string): Promise<string> {
  const dir = await mkdtemp(join(tmpdir(), 'ticketflow-docs-'));
  try {
    const output = join(dir, 'api-docs.html');
    await redocly(['build-docs', documentPath, '--inlineBundle', '--title', 'Ticketflow API', '-o', output]);
    return await readFile(output, 'utf8');
  } finally {
    await rm(dir, { recursive: true, force: true });
  }
}
