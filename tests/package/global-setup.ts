/**
 * Packs the built package once and installs the tarball into a fresh temporary project, the way a
 * user would get it. Every package test then works on that installed copy.
 */
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readdirSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { TestProject } from 'vitest/node';

const root = resolve(import.meta.dirname, '../..');

declare module 'vitest' {
  export interface ProvidedContext {
    tarball: string;
    consumerDir: string;
  }
}

function npm(args: string[], cwd: string): string {
  return execFileSync('npm', args, { cwd, encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'] });
}

export default function setup(project: TestProject): () => void {
  const work = mkdtempSync(join(tmpdir(), 'tansiq-package-'));
  const packDir = join(work, 'pack');
  mkdirSync(packDir);
  npm(['pack', '--silent', '--pack-destination', packDir], root);
  const tgz = readdirSync(packDir).find((f) => f.endsWith('.tgz'));
  if (!tgz) throw new Error('npm pack produced no tarball');
  const tarball = join(packDir, tgz);

  const consumerDir = join(work, 'consumer');
  mkdirSync(consumerDir);
  writeFileSync(
    join(consumerDir, 'package.json'),
    JSON.stringify({ name: 'tansiq-consumer', private: true, type: 'module' }, null, 2),
  );
  const zodVersion = (JSON.parse(npm(['pkg', 'get', 'devDependencies.zod', '--json'], root)) as string).replace(
    /^[\^~]/u,
    '',
  );
  npm(
    ['install', '--no-audit', '--no-fund', '--prefer-offline', '--loglevel=error', tarball, `zod@${zodVersion}`],
    consumerDir,
  );

  project.provide('tarball', tarball);
  project.provide('consumerDir', consumerDir);
  return () => rmSync(work, { recursive: true, force: true });
}
