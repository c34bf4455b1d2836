import type { PlaybookTranslation } from '../types.ts';

/** The playbooks in Spanish, by playbook id. */
export const es: Readonly<Record<string, PlaybookTranslation>> = {};
