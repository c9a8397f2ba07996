import { defineConfig } from 'vitest/config';

// Browser tests: Chromium with the built extension (run `npm run build` first). One file at a
// time, since each launches its own browser on a 2-core machine.
export default defineConfig({
  test: {
    include: ['tests/e2e/**/*.e2e.ts'],
    environment: 'node',
    testTimeout: 60_000,
    hookTimeout: 90_000,
    fileParallelism: false,
  },
});
