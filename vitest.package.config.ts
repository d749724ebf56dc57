import { defineConfig } from 'vitest/config';

// Package tests pack the tarball and install it into a temporary project; they run after `npm run build`.
export default defineConfig({
  test: {
    include: ['tests/package/**/*.test.ts'],
    globalSetup: ['tests/package/global-setup.ts'],
    testTimeout: 300_000,
    hookTimeout: 600_000,
    fileParallelism: false,
  },
});
