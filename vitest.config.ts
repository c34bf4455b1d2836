import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['src/**/*.test.ts', 'extension/**/*.test.ts', 'extension/**/*.test.tsx', 'scripts/**/*.test.ts'],
    environment: 'happy-dom',
    restoreMocks: true,
  },
});
