/**
 * How every function is bundled: the one set of esbuild options that the CDK construct
 * (NodejsFunction's `bundling`) and the local cloud both use, so a handler runs as the same code
 * on a laptop and in Lambda. `npm run bench:cold` measures what these options give.
 */
import type { BuildOptions } from 'esbuild';
import { repositoryRoot } from './constructs/repository-root';

// esbuild's ESM output has no `require`; a few dependencies still call it for Node built-ins.
const esmRequireShim = "import { createRequire as __tfCreateRequire } from 'node:module'; const require = __tfCreateRequire(import.meta.url);";

/**
 * esbuild options of every function bundle (names as in esbuild's build API, except `banner`,
 * the JavaScript banner, as NodejsFunction takes it). Paths are relative to the repository root,
 * where CDK runs esbuild.
 * - `alias`: Lambda gives a function its credentials in environment variables, so the bundle
 *   carries the SDK's environment provider instead of its whole default chain (see
 *   functions/shared/environment-credentials.ts).
 * - `inject`: stack traces are source-mapped when they are read, instead of by
 *   --enable-source-maps at every cold start (see functions/shared/source-mapped-stacks.ts); the
 *   source map ships beside the bundle without the sources' text.
 * - `keepNames`: minified, yet functions and classes keep their names, in stack traces and in
 *   `error.name` of errors that take their class's name.
 * - `loader`: an `.html` file imported by a function is bundled as its text (the API's docs page,
 *   built by `npm run openapi`).
 */
export const functionBundling = {
  format: 'esm',
  platform: 'node',
  target: 'node24',
  mainFields: ['module', 'main'],
  banner: esmRequireShim,
  minify: true,
  keepNames: true,
  sourcemap: true,
  sourcesContent: false,
  alias: { '@aws-sdk/credential-provider-node': './functions/shared/environment-credentials.ts' },
  inject: ['./functions/shared/source-mapped-stacks.ts'],
  loader: { '.html': 'text' },
} as const;

/**
 * NODE_OPTIONS every function runs with: none. Source maps are applied lazily by the injected
 * module above; --enable-source-maps would parse the map on every cold start.
 */
export const functionNodeOptions: string = '';

/** The same options for esbuild's JS API (the local cloud and `npm run bench:cold` build with it). */
export function functionBuildOptions(): BuildOptions {
  const { banner, mainFields, alias, inject, loader, ...rest } = functionBundling;
  return {
    ...rest,
    bundle: true,
    absWorkingDir: repositoryRoot,
    mainFields: [...mainFields],
    banner: { js: banner },
    alias: { ...alias },
    inject: [...inject],
    loader: { ...loader },
  };
}
