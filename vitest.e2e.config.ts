import { defineConfig } from 'vitest/config';

// End-to-end tests run the built CLI (`dist/`), so they run after `npm run build`; the global
// setup fails the run, with that advice, when the build is missing (they never skip).
export default defineConfig({
  test: {
    include: ['tests/cli/**/*.test.ts'],
    globalSetup: ['tests/cli/_lib/global-setup.ts'],
    testTimeout: 120_000,
    hookTimeout: 120_000,
  },
});
