/**
 * How every function is bundled: the one set of esbuild options that the CDK construct
 * (NodejsFunction's `bundling`) and the local cloud both use, so a handler runs as the same code
 * on a laptop and in Lambda.
 */

// esbuild's ESM output has no `require`; a few dependencies still call it for Node built-ins.
const esmRequireShim = "import { createRequire as __tfCreateRequire } from 'node:module'; const require = __tfCreateRequire(import.meta.url);";

/** esbuild options of every function bundle (names as in esbuild's build API). */
export const functionBundling = {
  format: 'esm',
  platform: 'node',
  target: 'node24',
  mainFields: ['module', 'main'],
  banner: esmRequireShim,
  minify: true,
  sourcemap: true,
  sourcesContent: false,
} as const;

/** NODE_OPTIONS every function runs with. */
export const functionNodeOptions = '--enable-source-maps';
