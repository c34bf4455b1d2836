/** Keeps the content script registered on exactly the self-hosted origins the agent granted. */
import browser from 'webextension-polyfill';
import { CUSTOM_SCRIPT_ID, customOrigins, planCustomScript } from './custom-origins.ts';

function declaredOrigins(): string[] {
  const manifest = browser.runtime.getManifest() as browser.Manifest.WebExtensionManifest & { host_permissions?: string[] };
  return [...(manifest.host_permissions ?? []), ...(manifest.content_scripts ?? []).flatMap((s) => s.matches ?? [])];
}

function contentScriptFiles(): string[] {
  return browser.runtime.getManifest().content_scripts?.[0]?.js ?? [];
}

export async function grantedCustomOrigins(): Promise<string[]> {
  return customOrigins((await browser.permissions.getAll()).origins ?? [], declaredOrigins());
}

export async function syncCustomScripts(): Promise<void> {
  const registered = await browser.scripting.getRegisteredContentScripts({ ids: [CUSTOM_SCRIPT_ID] }).catch(() => []);
  const plan = planCustomScript(await grantedCustomOrigins(), contentScriptFiles(), registered[0]?.matches ?? null);
  try {
    if (plan.action === 'unregister') await browser.scripting.unregisterContentScripts({ ids: [CUSTOM_SCRIPT_ID] });
    if (plan.action === 'register') await browser.scripting.registerContentScripts([plan.script]);
    if (plan.action === 'update') await browser.scripting.updateContentScripts([plan.script]);
  } catch (error) {
    console.warn('[olive-branch] could not register the content script for custom helpdesks', error);
  }
}

/** A newly granted origin: register, then read its tabs already open without a reload. */
export async function onOriginsAdded(permissions: browser.Permissions.Permissions): Promise<void> {
  await syncCustomScripts();
  const origins = permissions.origins ?? [];
  if (origins.length === 0) return;
  for (const tab of await browser.tabs.query({ url: origins })) {
    if (tab.id === undefined) continue;
    await browser.scripting.executeScript({ target: { tabId: tab.id }, files: contentScriptFiles() }).catch(() => undefined);
  }
}
