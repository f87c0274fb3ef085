/**
 * How every function is bundled: the one set of esbuild options that the CDK construct
 * (NodejsFunction's `bundling`) and the local cloud (infra/local/bundles.ts) both use, so a
 * handler runs as the same code on a laptop and in Lambda.
 */
import type { BuildOptions } from 'esbuild';

// esbuild's ESM output has no `require`; a few dependencies still call it for Node built-ins.
const esmRequireShim = "import { createRequire as __tfCreateRequire } from 'node:module'; const require = __tfCreateRequire(import.meta.url);";

/** esbuild options of every function bundle, in esbuild's build API form (the local cloud passes them as they are). */
export const functionBundling = {
  // NodejsFunction always bundles; the local build needs to be told.
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node24',
  mainFields: ['module', 'main'],
  banner: { js: esmRequireShim },
  minify: true,
  sourcemap: true,
  sourcesContent: false,
} as const satisfies BuildOptions;

/** NODE_OPTIONS every function runs with. */
export const functionNodeOptions = '--enable-source-maps';
