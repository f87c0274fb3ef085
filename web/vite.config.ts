import { gzipSync } from 'node:zlib';
import path from 'node:path';
import { defineConfig, type Plugin } from 'vite';

/** Each app's first load may bring at most this much JavaScript, gzipped (issue 12's budget). */
const firstLoadBudgetBytes = 150 * 1024;

interface Chunk {
  readonly type: 'chunk';
  readonly code: string;
  readonly isEntry: boolean;
  readonly isDynamicEntry: boolean;
  readonly name: string;
  readonly imports: readonly string[];
  readonly facadeModuleId: string | null;
}

/**
 * Prints, for each app (each HTML entry), the JavaScript its first load fetches (the entry chunk
 * and every chunk it imports statically, not the lazy ones) gzipped, and fails the build over the
 * budget: the figure is measured on the very files the build writes.
 */
function firstLoadBudget(): Plugin {
  return {
    name: 'first-load-budget',
    apply: 'build',
    generateBundle(_options, bundle) {
      const chunks = Object.fromEntries(Object.entries(bundle).filter((entry): entry is [string, Chunk & (typeof entry)[1]] => entry[1].type === 'chunk'));
      for (const [fileName, chunk] of Object.entries(chunks)) {
        if (!chunk.isEntry) continue;
        const loaded = new Set<string>();
        const visit = (name: string) => {
          if (loaded.has(name) || !chunks[name]) return;
          loaded.add(name);
          for (const imported of chunks[name].imports) visit(imported);
        };
        visit(fileName);
        const gzipped = [...loaded].reduce((sum, name) => sum + gzipSync(chunks[name]?.code ?? '').length, 0);
        const page = path.basename(chunk.facadeModuleId ?? fileName).replace(/\.[^.]+$/, '');
        // index.html is the customer portal; the agent console is a lazy chunk of it (/console).
        const app = page === 'index' ? 'portal' : page;
        const line = `${app}: first load ${(gzipped / 1024).toFixed(1)} KB of JavaScript gzipped in ${loaded.size} file(s) (budget ${firstLoadBudgetBytes / 1024} KB)`;
        if (gzipped > firstLoadBudgetBytes) this.error(line);
        console.log(line);
        // A lazy app (the console) loads on top of its entry's first load: the budget holds for the sum.
        for (const [lazyName, lazy] of Object.entries(chunks)) {
          if (!lazy.isDynamicEntry) continue;
          const extra = new Set<string>();
          const visitLazy = (name: string) => {
            if (loaded.has(name) || extra.has(name) || !chunks[name]) return;
            extra.add(name);
            for (const imported of chunks[name].imports) visitLazy(imported);
          };
          visitLazy(lazyName);
          const total = gzipped + [...extra].reduce((sum, name) => sum + gzipSync(chunks[name]?.code ?? '').length, 0);
          const lazyLine = `${app} + ${lazy.name}: first load ${(total / 1024).toFixed(1)} KB of JavaScript gzipped in ${loaded.size + extra.size} file(s) (budget ${firstLoadBudgetBytes / 1024} KB)`;
          if (total > firstLoadBudgetBytes) this.error(lazyLine);
          console.log(lazyLine);
        }
      }
    },
  };
}

export default defineConfig({
  root: import.meta.dirname,
  // The app's runtime settings (API URL, sign-in domain) come from /config.json of its deployment.
  publicDir: false,
  oxc: { jsx: { runtime: 'automatic', importSource: 'preact' } },
  build: { outDir: 'dist', emptyOutDir: true, target: 'es2022', sourcemap: false },
  plugins: [firstLoadBudget()],
});
