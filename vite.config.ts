import { defineConfig } from 'vite';
import { resolve } from 'node:path';
import { readFileSync } from 'node:fs';
import preact from '@preact/preset-vite';
import { crx } from '@crxjs/vite-plugin';
import { buildManifest, type Target } from './scripts/manifest.ts';

const root = import.meta.dirname;
const base = JSON.parse(readFileSync(resolve(root, 'manifest.json'), 'utf8'));
const pkg = JSON.parse(readFileSync(resolve(root, 'package.json'), 'utf8'));

// `--mode chrome|firefox`; OLIVE_STORE=1 makes the store build (no loopback matches, no key, no dev hooks).
export default defineConfig(({ mode }) => {
  const target: Target = mode === 'firefox' ? 'firefox' : 'chrome';
  const dev = process.env.OLIVE_STORE !== '1';
  const manifest = buildManifest(base, target, { dev, version: pkg.version });
  return {
    plugins: [preact(), crx({ manifest: manifest as never, browser: target })],
    define: { __OLIVE_DEV__: JSON.stringify(dev) },
    build: {
      outDir: resolve(root, process.env.OLIVE_OUT_DIR ?? `dist/${target}`),
      emptyOutDir: true,
      target: 'es2022',
      // crxjs builds the Chrome side panel; Firefox's sidebar_action page is an extra input.
      rolldownOptions:
        target === 'firefox'
          ? { input: { sidebar: resolve(root, 'extension/sidepanel/index.html') } }
          : undefined,
    },
    server: { cors: { origin: [/chrome-extension:\/\//] } },
  };
});
