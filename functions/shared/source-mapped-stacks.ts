/**
 * Readable stack traces for function bundles, paid for only when a stack is read. esbuild injects
 * this module into every bundle (infra/bundling.ts); tests and tsx never load it.
 *
 * Node's --enable-source-maps reads and parses a bundle's source map while the bundle loads, on
 * every cold start, whether or not an error is ever logged. Here V8's stack formatting hook moves
 * the frames that point into this bundle to the original file, line and column, reading the
 * source map (index.mjs.map beside the bundle) the first time a stack is formatted. Names need no
 * map: the bundle keeps function and class names (keepNames). Frames elsewhere (Node internals)
 * and everything else about the text stay as Node writes them.
 */
import type { SourceMap } from 'node:module';

// In a bundle, every module shares the bundle's URL: it is the file name of our frames.
const bundleUrl = import.meta.url;
const nodePrepareStackTrace = Error.prepareStackTrace;
let bundleMap: SourceMap | null | undefined;

/**
 * The bundle's source map, read once; null when it cannot be read (the stack then stays as it is).
 * Built-ins are fetched here rather than imported: an ESM import of node:fs costs every cold start
 * a few milliseconds even when no stack is ever read.
 */
function sourceMap(): SourceMap | null {
  if (bundleMap === undefined) {
    try {
      const { readFileSync } = process.getBuiltinModule('node:fs');
      const { SourceMap } = process.getBuiltinModule('node:module');
      const { fileURLToPath } = process.getBuiltinModule('node:url');
      bundleMap = new SourceMap(JSON.parse(readFileSync(`${fileURLToPath(bundleUrl)}.map`, 'utf8')) as ConstructorParameters<typeof SourceMap>[0]);
    } catch {
      bundleMap = null;
    }
  }
  return bundleMap;
}

/** A source path as the map holds it (relative to the bundle) shortened to where it lives in the repository or in node_modules. */
function readablePath(source: string): string {
  const inPackage = source.indexOf('node_modules/');
  if (inPackage >= 0) return source.slice(inPackage);
  return /(?:^|\/)((?:functions|infra|test)\/.*)$/.exec(source)?.[1] ?? source.replace(/^(?:\.\.\/)+/, '');
}

/** Where a frame of this bundle is in the original code, or undefined when the map knows no origin for it. */
function originalLocation(site: NodeJS.CallSite, map: SourceMap): string | undefined {
  const line = site.getLineNumber();
  const column = site.getColumnNumber();
  if (line === null || column === null) return undefined;
  const origin = map.findEntry(line - 1, column - 1);
  if (!('originalSource' in origin)) return undefined;
  return `${readablePath(origin.originalSource)}:${origin.originalLine + 1}:${origin.originalColumn + 1}`;
}

Error.prepareStackTrace = (error, callSites) => {
  const text: string = nodePrepareStackTrace ? nodePrepareStackTrace(error, callSites) : `${String(error)}\n    at ${callSites.join('\n    at ')}`;
  if (!callSites.some((site) => site.getFileName() === bundleUrl)) return text;
  const map = sourceMap();
  const lines = text.split('\n');
  // Node writes the error's own text, then one line per call site: the frames are the last lines.
  const firstFrame = lines.length - callSites.length;
  if (!map || firstFrame < 1) return text;
  callSites.forEach((site, index) => {
    const original = site.getFileName() === bundleUrl ? originalLocation(site, map) : undefined;
    const frame = lines[firstFrame + index];
    // The function's name stays V8's own: the bundle keeps names (keepNames), the map only moves the location.
    if (original && frame) lines[firstFrame + index] = frame.replace(`${bundleUrl}:${site.getLineNumber()}:${site.getColumnNumber()}`, original);
  });
  return lines.join('\n');
};
