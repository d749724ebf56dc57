import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['tests/**/*.test.ts'],
    setupFiles: ['tests/_setup/fast-check.ts'],
    exclude: ['tests/package/**', 'tests/cli/**', 'tests/docs/browser/**', 'node_modules/**'],
    typecheck: { include: ['tests/**/*.test-d.ts'], tsconfig: './tsconfig.json' },
    testTimeout: 30_000,
    coverage: {
      provider: 'v8',
      include: ['src/**/*.ts'],
      exclude: ['src/cli/**'],
      reporter: ['text-summary'],
      thresholds: {
        'src/arabic/**': { lines: 90 },
        'src/schemas/**': { lines: 90 },
      },
    },
  },
});
