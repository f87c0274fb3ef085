/**
 * `npm run openapi`: builds the OpenAPI document from the route table and the request and
 * response schemas, the client types generated from it and the docs page rendering it, and writes
 * them where they are committed (see scripts/openapi-artifacts.ts). Run it after changing a
 * route, a schema or a view; the unit tests fail while a committed artifact differs from a build.
 */
import { mkdir, writeFile } from 'node:fs/promises';
import { dirname } from 'node:path';
import { artifactPaths, clientTypesText, docsPageText, documentText, pathOf } from './openapi-artifacts';

async function write(name: keyof typeof artifactPaths, text: string): Promise<void> {
  await mkdir(dirname(pathOf(name)), { recursive: true });
  await writeFile(pathOf(name), text);
  console.log(`wrote ${artifactPaths[name]} (${Buffer.byteLength(text)} bytes)`);
}

const document = documentText();
await write('document', document);
await write('client', await clientTypesText(document));
await write('docsPage', await docsPageText(pathOf('document')));
