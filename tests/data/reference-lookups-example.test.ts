import { execFileSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

describe('examples/reference-lookups.ts', () => {
  it('runs and prints the answers to the example article questions', () => {
    const out = execFileSync(process.execPath, ['--import', 'tsx', 'examples/reference-lookups.ts'], {
      cwd: root,
      encoding: 'utf8',
    });
    expect(out.trim().split('\n')).toEqual([
      '"أف بي آي" is Federal Bureau of Investigation',
      '"مراقبة التراب الوطني" is Direction générale de la surveillance du territoire',
      '"عبد اللطيف حموشي" is Abdellatif Hammouchi',
      'FBI director on 2022-06-14: Christopher Wray',
      'CIA director on 2022-06-14: William J. Burns',
      'DNI on 2022-06-14: Avril Haines',
      'GCTF co-chairs on 2020-09-29: Morocco, Canada',
      'GCTF members on 2020-09-29: 30',
      'GCTF members on 2024-01-01: 32',
      'Africa Focus Group co-chairs at creation: Italy, Morocco, Niger, United States of America',
    ]);
  });
});
