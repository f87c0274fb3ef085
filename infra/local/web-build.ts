import { createHash, randomUUID } from 'node:crypto';
import { existsSync } from 'node:fs';
import { readdir, readFile, rename, rm, mkdir } from 'node:fs/promises';
import path from 'node:path';

// What the built app depends on besides its own sources: a change to any of these is a new build.
const buildInputs = ['package-lock.json'];
const sourceFolder = 'web';
const skippedFolders = new Set(['dist', 'node_modules']);

async function filesUnder(folder: string): Promise<string[]> {
  const entries = await readdir(folder, { withFileTypes: true });
  const nested = await Promise.all(
    entries.map((entry) => {
      const full = path.join(folder, entry.name);
      if (entry.isDirectory()) return skippedFolders.has(entry.name) ? [] : filesUnder(full);
      return [full];
    }),
  );
  return nested.flat().sort();
}

/** A digest of the web app's sources and the lockfile: the name of the build they make. */
async function sourceDigest(rootDir: string): Promise<string> {
  const hash = createHash('sha256');
  const files = [...(await filesUnder(path.join(rootDir, sourceFolder))), ...buildInputs.map((file) => path.join(rootDir, file))];
  for (const file of files) hash.update(path.relative(rootDir, file)).update('\0').update(await readFile(file)).update('\0');
  return hash.digest('hex').slice(0, 16);
}

/**
 * The folder holding the web app built from the current sources, building it with Vite when no
 * build of these sources exists yet (the first `npm start` after a change of web/ or of the
 * lockfile). The build is kept under `.local/web/`, named by a digest of its sources, and each is
 * built in a folder of its own and renamed into place, so clouds starting side by side (the test
 * projects) never read a half-written build, and a stale one is never served.
 * @throws Error from Vite when the app does not build (a type error is caught by lint, not here).
 */
export async function builtWebApp(rootDir: string, log: (line: string) => void): Promise<string> {
  const buildsDir = path.join(rootDir, '.local', 'web');
  const target = path.join(buildsDir, await sourceDigest(rootDir));
  if (existsSync(path.join(target, 'index.html'))) return target;
  await mkdir(buildsDir, { recursive: true });
  const temporary = path.join(buildsDir, `.building-${process.pid}-${randomUUID()}`);
  log(`building the web app (web/ changed since the last build) into ${target}`);
  const { build } = await import('vite');
  try {
    await build({ configFile: path.join(rootDir, sourceFolder, 'vite.config.ts'), logLevel: 'warn', build: { outDir: temporary, emptyOutDir: true } });
    await rename(temporary, target).catch(async (error: NodeJS.ErrnoException) => {
      // Another cloud built the same sources first: its build is as good as ours.
      if (!['ENOTEMPTY', 'EEXIST'].includes(error.code ?? '')) throw error;
    });
  } finally {
    await rm(temporary, { recursive: true, force: true });
  }
  // Builds of older sources are never served again (the digest names the sources): keep only this one.
  for (const entry of await readdir(buildsDir)) {
    if (!entry.startsWith('.') && path.join(buildsDir, entry) !== target) await rm(path.join(buildsDir, entry), { recursive: true, force: true });
  }
  return target;
}
