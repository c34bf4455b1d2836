/** Keeps the content scripts registered on exactly the self-hosted origins the agent granted. */
import browser from 'webextension-polyfill';
import { customOrigins, customScriptId, planCustomScript, type RegisteredScript } from './custom-origins.ts';
import { injectContentScripts, manifestContentScripts } from './content-scripts.ts';

function declaredOrigins(): string[] {
  const manifest = browser.runtime.getManifest() as browser.Manifest.WebExtensionManifest & { host_permissions?: string[] };
  return [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((s) => s.matches ?? [])];
}

export async function grantedCustomOrigins(): Promise<string[]> {
  return customOrigins((await browser.permissions.getAll()).origins ?? [], declaredOrigins());
}

export async function syncCustomScripts(): Promise<void> {
  const origins = await grantedCustomOrigins();
  for (const content of manifestContentScripts()) {
    const id = customScriptId(content.world);
    const registered = await browser.scripting.getRegisteredContentScripts({ ids: [id] }).catch(() => []);
    const plan = planCustomScript(origins, content, registered[0]?.matches ?? null);
    // The polyfill's types predate `world` on registered scripts.
    const script = (plan.action === 'register' || plan.action === 'update' ? plan.script : undefined) as RegisteredScript & browser.Scripting.RegisteredContentScript;
    try {
      if (plan.action === 'unregister') await browser.scripting.unregisterContentScripts({ ids: [id] });
      if (plan.action === 'register') await browser.scripting.registerContentScripts([script]);
      if (plan.action === 'update') await browser.scripting.updateContentScripts([script]);
    } catch (error) {
      console.warn('[olive-branch] could not register the content script for custom helpdesks', error);
    }
  }
}

/** A newly granted origin: register, then read its tabs already open without a reload. */
export async function onOriginsAdded(permissions: browser.Permissions.Permissions): Promise<void> {
  await syncCustomScripts();
  const origins = permissions.origins ?? [];
  if (origins.length === 0) return;
  for (const tab of await browser.tabs.query({ url: origins })) {
    if (tab.id !== undefined) await injectContentScripts(tab.id);
  }
}
