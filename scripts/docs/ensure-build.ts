/**
 * Run before TypeDoc by `npm run docs`: the playground bundles the package's own build
 * (`dist/arabic/index.js`), so build it first when it is missing or older than its sources.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { PLAYGROUND_LIBRARIES } from '../../docs/playground/libraries.js';

const root = fileURLToPath(new URL('../..', import.meta.url));

function newest(dir: string): number {
  let time = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) time = Math.max(time, statSync(join(entry.parentPath, entry.name)).mtimeMs);
  }
  return time;
}

const stale = PLAYGROUND_LIBRARIES.filter((name) => {
  const built = join(root, 'dist', name, 'index.js');
  return !existsSync(built) || statSync(built).mtimeMs < newest(join(root, 'src'));
});
if (stale.length > 0) {
  console.log(`docs: dist/ is missing or older than src/ (${stale.join(', ')}): running npm run build`);
  const result = spawnSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) process.exit(result.status ?? 1);
}
