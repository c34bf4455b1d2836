/**
 * The permissions a person reviewed, each with the one sentence that justifies it. The
 * store manifests must ask for exactly these (scripts/permissions.test.ts), and STORE.md
 * repeats the same sentences for the store review forms. Adding a permission means adding
 * it here, with its reason, in the same change.
 */
export interface Reviewed {
  readonly value: string;
  /** One sentence, as it appears in STORE.md. */
  readonly why: string;
  /** Only one browser has it (Firefox has no side panel API; it uses sidebar_action). */
  readonly only?: 'chrome' | 'firefox';
}

export const REVIEWED_PERMISSIONS: readonly Reviewed[] = [
  { value: 'storage', why: "Keeps the agent's settings, phrases and playbook choices on this device, and in the browser's own sync only if the agent turns sync on." },
  { value: 'alarms', why: 'Wakes Olive Branch when a follow-up reminder the agent scheduled falls due.' },
  { value: 'notifications', why: 'Shows the agent a follow-up reminder when it falls due.' },
  { value: 'sidePanel', why: 'Shows the coaching panel beside the helpdesk tab, so the ticket stays in view.', only: 'chrome' },
  { value: 'scripting', why: 'Starts the ticket reader in helpdesk tabs that were already open when Olive Branch was installed or updated, and on self-hosted helpdesk addresses the agent grants in the options.' },
  { value: 'contextMenus', why: 'Adds "Insert recovery phrase" to the right-click menu of reply boxes.' },
  { value: 'activeTab', why: 'Lets the agent use basic mode on a page that is not a known helpdesk by clicking the toolbar button, for that one tab only.' },
];

export const REVIEWED_HOSTS: readonly Reviewed[] = [
  { value: 'https://*.zendesk.com/*', why: 'Reads the open ticket and inserts replies in Zendesk.' },
  { value: 'https://*.freshdesk.com/*', why: 'Reads the open ticket and inserts replies in Freshdesk.' },
  { value: 'https://*.atlassian.net/*', why: 'Reads the open request and inserts replies in Jira Service Management.' },
  { value: 'https://app.frontapp.com/*', why: 'Reads the open conversation and inserts replies in Front.' },
  { value: 'https://mail.google.com/*', why: 'Reads the open email thread and inserts replies in Gmail.' },
  { value: 'https://secure.helpscout.net/*', why: 'Reads the open conversation and inserts replies in Help Scout.' },
  { value: 'https://app.hubspot.com/*', why: 'Reads the open ticket and inserts replies in HubSpot (US data centre).' },
  { value: 'https://app-eu1.hubspot.com/*', why: 'Reads the open ticket and inserts replies in HubSpot (EU data centre).' },
  { value: 'https://app.intercom.com/*', why: 'Reads the open conversation and inserts replies in Intercom (US region).' },
  { value: 'https://app.eu.intercom.com/*', why: 'Reads the open conversation and inserts replies in Intercom (EU region).' },
  { value: 'https://app.au.intercom.com/*', why: 'Reads the open conversation and inserts replies in Intercom (Australian region).' },
  { value: 'https://desk.zoho.com/*', why: 'Reads the open ticket and inserts replies in Zoho Desk (US).' },
  { value: 'https://desk.zoho.eu/*', why: 'Reads the open ticket and inserts replies in Zoho Desk (EU).' },
  { value: 'https://desk.zoho.in/*', why: 'Reads the open ticket and inserts replies in Zoho Desk (India).' },
  { value: 'https://desk.zoho.com.au/*', why: 'Reads the open ticket and inserts replies in Zoho Desk (Australia).' },
  { value: 'https://desk.zoho.jp/*', why: 'Reads the open ticket and inserts replies in Zoho Desk (Japan).' },
  { value: 'https://desk.zoho.com.cn/*', why: 'Reads the open ticket and inserts replies in Zoho Desk (China).' },
  { value: 'https://desk.zoho.sa/*', why: 'Reads the open ticket and inserts replies in Zoho Desk (Saudi Arabia).' },
  { value: 'https://desk.zohocloud.ca/*', why: 'Reads the open ticket and inserts replies in Zoho Desk (Canada).' },
];

export const REVIEWED_OPTIONAL_HOSTS: readonly Reviewed[] = [
  { value: 'https://*/*', why: 'Asked for one address at a time, only when the agent adds a self-hosted helpdesk in the options, so Olive Branch can read tickets there.' },
  { value: 'http://*/*', why: 'The same, for a self-hosted helpdesk on an internal network that is served without HTTPS.' },
];
