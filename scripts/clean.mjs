// Removes build output before a build (tsup's own `clean` would race between its two configs).
import { rmSync } from 'node:fs';

for (const dir of ['dist', 'json-schema'])
  rmSync(new URL(`../${dir}/`, import.meta.url), { recursive: true, force: true });
