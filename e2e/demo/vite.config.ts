/**
 * Builds the demo helpdesk into dist/demo:
 *   npx vite build --config e2e/demo/vite.config.ts
 * Paths are resolved from this file, so the build works from any working directory.
 */
import { fileURLToPath } from 'node:url';
import { defineConfig } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));

export default defineConfig({
  root: here,
  // Relative asset URLs: the built folder works from any path the server mounts it on.
  base: './',
  // No public/ folder: every asset is imported, so Vite hashes it.
  publicDir: false,
  build: {
    outDir: fileURLToPath(new URL('../../dist/demo', import.meta.url)),
    emptyOutDir: true,
  },
});
