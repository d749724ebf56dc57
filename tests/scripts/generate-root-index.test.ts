import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { renderRootIndex } from '../../scripts/generate-root-index.js';

describe('generate-root-index', () => {
  it('src/index.ts re-exports every layer export by name and is up to date', () => {
    const committed = readFileSync(resolve(import.meta.dirname, '../../src/index.ts'), 'utf8');
    expect(committed).toBe(renderRootIndex());
  }, 60_000);
});
