import { defineConfig } from 'vitest/config';

// The browser test of the built docs site: runs after `npm run docs` (needs docs-site/ and a
// system Chromium; see scripts/docs/chromium.ts).
export default defineConfig({
  test: {
    include: ['tests/docs/browser/**/*.test.ts'],
    testTimeout: 90_000,
    hookTimeout: 60_000,
  },
});
