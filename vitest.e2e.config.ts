import { defineConfig } from 'vitest/config';

// End-to-end tests run the built CLI (`dist/`), so they run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/cli/**/*.test.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
