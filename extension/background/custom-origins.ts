/**
 * Self-hosted helpdesks (Zammad, FreeScout, osTicket, Request Tracker, any custom
 * domain): the agent grants an origin in the options page; these pure helpers decide
 * which origins are custom and what content-script registration they need.
 */

/** "support.example.com/x" or "https://support.example.com/…" → "https://support.example.com/*"; null when unusable. */
export function originPattern(input: string): string | null {
  const trimmed = input.trim();
  if (!trimmed) return null;
  let url: URL;
  try {
    url = new URL(/^[a-z][a-z0-9+.-]*:\/\//i.test(trimmed) ? trimmed : `https://${trimmed}`);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  if (!url.hostname || url.hostname.includes('*') || url.username || url.password) return null;
  // Match patterns take no port: a pattern for a host covers all of its ports.
  return `${url.protocol}//${url.hostname}/*`;
}

/** Granted origins that are not the manifest's own: those the agent added. */
export function customOrigins(granted: readonly string[], declared: readonly string[]): string[] {
  const own = new Set(declared);
  return [...new Set(granted.filter((origin) => !own.has(origin) && origin !== '<all_urls>'))].sort();
}

export const CUSTOM_SCRIPT_ID = 'olive-custom-helpdesks';

export interface RegisteredScript {
  id: string;
  matches: string[];
  js: string[];
  runAt: 'document_idle';
  world: 'ISOLATED' | 'MAIN';
}

export type ScriptPlan = { action: 'none' } | { action: 'unregister' } | { action: 'register' | 'update'; script: RegisteredScript };

/** One registration per manifest content script: the reader, and the main-world editor bridge. */
export function customScriptId(world: 'ISOLATED' | 'MAIN'): string {
  return world === 'MAIN' ? `${CUSTOM_SCRIPT_ID}-main` : CUSTOM_SCRIPT_ID;
}

/** What to do with one registered script so that it runs on exactly the custom origins. */
export function planCustomScript(
  origins: readonly string[],
  content: { js: readonly string[]; world?: 'ISOLATED' | 'MAIN' },
  registered: readonly string[] | null,
): ScriptPlan {
  if (origins.length === 0) return registered ? { action: 'unregister' } : { action: 'none' };
  if (registered && sameSet(registered, origins)) return { action: 'none' };
  const world = content.world ?? 'ISOLATED';
  const script: RegisteredScript = { id: customScriptId(world), matches: [...origins], js: [...content.js], runAt: 'document_idle', world };
  return { action: registered ? 'update' : 'register', script };
}

function sameSet(a: readonly string[], b: readonly string[]): boolean {
  return a.length === b.length && a.every((x) => b.includes(x));
}
