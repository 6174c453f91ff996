import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.{ts,tsx}', 'security-headers.test.ts', 'sandbox/**/*.test.ts', 'e2e/test-provider/**/*.test.ts'],
    environment: 'node',
  },
});
