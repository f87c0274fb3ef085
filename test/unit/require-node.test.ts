import { spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';

function runGuardAs(version: string) {
  const pretend = `data:text/javascript,Object.defineProperty(process.versions,"node",{value:"${version}"})`;
  return spawnSync(process.execPath, ['--import', pretend, 'scripts/require-node.mjs'], { encoding: 'utf8' });
}

describe('the Node version guard in front of every npm script', () => {
  it('stops an older Node with a message saying what to do, not a stack trace', () => {
    const result = runGuardAs('20.20.2');
    expect(result.status).toBe(1);
    expect(result.stderr).toContain('Ticketflow needs Node.js 24 or later; this is Node 20.20.2.');
    expect(result.stderr).toContain('npm install');
    expect(result.stderr).not.toMatch(/\n\s+at /);
  });

  it('lets Node 24 through silently', () => {
    const result = runGuardAs('24.1.0');
    expect(result.status).toBe(0);
    expect(result.stderr).toBe('');
  });
});
