/**
 * Builds the editor harness pages into dist/editors:
 *   npx vite build --config e2e/editors/vite.config.ts
 * Every page is one real editor from npm with a minimal ticket around it, so the generic
 * adapter reads it and the side panel can insert into it. CKEditor 4, TinyMCE, jQuery and
 * Summernote load their own files at run time (skins, plugins, icons), so their package
 * folders are copied next to the pages rather than bundled.
 */
import { cpSync, readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { join, resolve } from 'node:path';
import { defineConfig, type Plugin } from 'vite';

const here = fileURLToPath(new URL('.', import.meta.url));
const pages = join(here, 'pages');
const modules = resolve(here, '../../node_modules');
const outDir = resolve(here, '../../dist/editors');

const VENDORED: Record<string, string> = {
  ckeditor4: 'ckeditor4',
  tinymce: 'tinymce',
  jquery: 'jquery/dist',
  summernote: 'summernote/dist',
};

function copyVendored(): Plugin {
  return {
    name: 'olive-editors-vendor',
    apply: 'build',
    closeBundle() {
      for (const [name, from] of Object.entries(VENDORED)) {
        cpSync(join(modules, from), join(outDir, 'vendor', name), {
          recursive: true,
          // Samples, source maps and zips are not needed to run the editors.
          filter: (src) => !/[\\/](samples|bender-runner\.config\.json|.*\.zip|.*\.map)$/.test(src),
        });
      }
    },
  };
}

export default defineConfig({
  root: pages,
  base: './',
  publicDir: false,
  plugins: [copyVendored()],
  // Draft.js (through fbjs) still reads Node's `global`.
  define: { global: 'globalThis' },
  build: {
    outDir,
    emptyOutDir: true,
    target: 'es2022',
    chunkSizeWarningLimit: 4000,
    rolldownOptions: {
      input: Object.fromEntries(
        readdirSync(pages)
          .filter((f) => f.endsWith('.html'))
          .map((f) => [f.replace(/\.html$/, ''), join(pages, f)]),
      ),
    },
  },
});
