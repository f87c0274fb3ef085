import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderDefinition } from '../../../infra/local/stepfunctions/render-definition';

function aslFile(text: string): { rootDir: string; aslFile: string } {
  const rootDir = mkdtempSync(path.join(tmpdir(), 'asl-'));
  writeFileSync(path.join(rootDir, 'machine.asl.json'), text);
  return { rootDir, aslFile: 'machine.asl.json' };
}

const arnOf = (name: string) => `arn:aws:lambda:us-east-1:000000000000:function:${name}`;

describe('renderDefinition', () => {
  it('puts function ARNs, strings and numbers where their placeholders are', () => {
    const { rootDir, aslFile: file } = aslFile('{"Resource":"${Fn}","Queue":"${Queue}","Seconds":${Wait},"Again":"${Fn}"}');

    const rendered = renderDefinition(
      rootDir,
      { aslFile: file, type: 'STANDARD', substitutions: { Fn: { ref: 'functionArn', function: 'refund' }, Queue: 'q-1', Wait: 30 } },
      arnOf,
    );

    expect(JSON.parse(rendered)).toEqual({ Resource: arnOf('refund'), Queue: 'q-1', Seconds: 30, Again: arnOf('refund') });
  });

  it('names every placeholder left without a substitution', () => {
    const { rootDir, aslFile: file } = aslFile('{"A":"${Known}","B":"${MissingOne}","C":"${MissingTwo}"}');

    expect(() => renderDefinition(rootDir, { aslFile: file, type: 'STANDARD', substitutions: { Known: 'x' } }, arnOf)).toThrow(
      /\$\{MissingOne\}, \$\{MissingTwo\}/,
    );
  });
});
