/** publint and Are the Types Wrong on the real package: both must report nothing. */
import { spawnSync } from 'node:child_process';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';

const root = resolve(import.meta.dirname, '../..');

function run(bin: string, args: string[]) {
  return spawnSync(resolve(root, 'node_modules', '.bin', bin), args, { cwd: root, encoding: 'utf8' });
}

describe('package lint', () => {
  it('publint --strict reports nothing', () => {
    const result = run('publint', ['--strict']);
    expect(result.stdout + result.stderr).toContain('All good');
    expect(result.status).toBe(0);
  });

  it('attw --pack . --profile node16 reports no problem', () => {
    const result = run('attw', ['--pack', '.', '--profile', 'node16', '--format', 'json']);
    expect(result.status).toBe(0);
    const report = JSON.parse(result.stdout) as {
      analysis: { problems: { kind: string; entrypoint: string; resolutionKind: string }[] };
    };
    // The node16 profile ignores only the legacy node10 resolver, which does not read `exports`
    // (subpath entries cannot resolve there by design); every other resolution must be clean.
    expect(report.analysis.problems.filter((p) => p.resolutionKind !== 'node10')).toEqual([]);
  });
});
