import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';

/*
 * The README shows the screenshots the end-to-end tests take (`npm run screenshots` writes them to
 * docs/screenshots/): every file there is shown, every image shown is there, and every screenshot
 * a test takes has its file, so a renamed or dropped screenshot cannot leave a stale one behind.
 */

const rootDir = path.resolve(import.meta.dirname, '../../..');
const sorted = (names: Iterable<string>) => [...new Set(names)].sort();

const shownInReadme = sorted([...readFileSync(path.join(rootDir, 'README.md'), 'utf8').matchAll(/\(docs\/screenshots\/([\w-]+)\.png\)/g)].map((match) => match[1] ?? ''));
const files = sorted(readdirSync(path.join(rootDir, 'docs/screenshots')).map((file) => file.replace(/\.png$/, '')));
const e2eDir = path.join(rootDir, 'test/e2e');
const taken = sorted(
  readdirSync(e2eDir)
    .filter((file) => file.endsWith('.test.ts'))
    .flatMap((file) => [...readFileSync(path.join(e2eDir, file), 'utf8').matchAll(/\bscreenshot\(\w+(?:\.\w+)?, '([\w-]+)'\)/g)].map((match) => match[1] ?? '')),
);

describe('the README’s screenshots', () => {
  it('shows every file of docs/screenshots and only those', () => {
    expect(shownInReadme).toEqual(files);
  });

  it('are the ones the end-to-end tests take', () => {
    expect(taken.length).toBeGreaterThan(0);
    expect(files).toEqual(taken);
  });
});
