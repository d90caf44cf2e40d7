import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // Protocol tests start the bundled server as a child process (and may build it first).
    testTimeout: 20_000,
    hookTimeout: 30_000,
  },
});
