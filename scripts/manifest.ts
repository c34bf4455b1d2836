/**
 * Derives each browser's manifest from the one Chrome-shaped manifest.json.
 * `dev` builds (npm run build, used by npm start and every test) also run on the loopback
 * demo helpdesk; store builds (npm run package) never do.
 */
import { adapters } from '../src/helpdesks/index.ts';

export type Target = 'chrome' | 'firefox';

// Loopback hosts for the demo helpdesk, the editor pages and Request Tracker.
export const DEV_MATCHES = ['http://127.0.0.1/*', 'http://localhost/*'];
export const GECKO_ID = 'olive-branch@olive-branch.dev';
// Extension pages load only their own bundled files and talk to nothing but themselves:
// no remote script, no plugins, no <base> or form posts that could send ticket text away.
export const EXTENSION_PAGES_CSP = "default-src 'self'; script-src 'self'; object-src 'none'; base-uri 'none'; form-action 'none'";

type Json = Record<string, unknown>;

export function hostedMatches(): string[] {
  return [...new Set(adapters.flatMap((a) => a.hostPatterns ?? []))].sort();
}

export function buildManifest(base: Json, target: Target, options: { dev: boolean; version: string }): Json {
  const manifest = structuredClone(base) as Json & {
    content_scripts: { matches: string[] }[];
    permissions: string[];
    side_panel?: { default_path: string };
    background: { service_worker?: string; scripts?: string[]; type?: string };
  };
  manifest.version = options.version;
  const hosts = [...hostedMatches(), ...(options.dev ? DEV_MATCHES : [])];
  for (const script of manifest.content_scripts) script.matches = hosts;
  // The same hosts, declared: lets the worker see those tabs' URLs (to focus a ticket's tab)
  // and inject into them at install. No host beyond the content scripts' own.
  manifest.host_permissions = hosts;
  manifest.content_security_policy = { extension_pages: EXTENSION_PAGES_CSP };
  if (!options.dev) delete manifest.key;
  if (target === 'firefox') {
    const panel = manifest.side_panel?.default_path;
    delete manifest.side_panel;
    delete manifest.minimum_chrome_version;
    manifest.permissions = manifest.permissions.filter((p) => p !== 'sidePanel');
    manifest.background = { scripts: [manifest.background.service_worker ?? ''], type: 'module' };
    manifest.sidebar_action = { default_panel: panel, default_title: '__MSG_extName__', default_icon: 'icons/icon-32.png' };
    manifest.browser_specific_settings = {
      gecko: {
        id: GECKO_ID,
        // data_collection_permissions exists from Firefox 140.
        strict_min_version: '140.0',
        data_collection_permissions: { required: ['none'] },
      },
    };
    delete manifest.key;
    // Firefox reads managed storage from a native manifest, not a schema file; the key only warns there.
    delete manifest.storage;
  }
  return manifest;
}
