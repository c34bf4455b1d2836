import type { Playbook, PlaybookTranslation } from './types.ts';
import { es } from './locales/es.ts';
import { recoveryPlaybook } from './recovery.ts';
import { heardPlaybook } from './heard.ts';
import { lastPlaybook } from './last.ts';
import { leapPlaybook } from './leap.ts';
import { learnPlaybook } from './learn.ts';

/** The default playbook: the seven-step recovery method from METHOD.md. */
export const defaultPlaybook: Playbook = recoveryPlaybook;

/** Every playbook the agent can choose, the default first. */
export const playbooks: readonly Playbook[] = [recoveryPlaybook, heardPlaybook, lastPlaybook, leapPlaybook, learnPlaybook];

const TRANSLATIONS: Readonly<Record<string, Readonly<Record<string, PlaybookTranslation>>>> = { es };

/**
 * The playbook with this id, in `lang` where it has been translated (English otherwise).
 * An unknown id (an old setting, a typo) gets the default rather than nothing.
 */
export function getPlaybook(id: string, lang = 'en'): Playbook {
  return localizePlaybook(playbooks.find((p) => p.id === id) ?? defaultPlaybook, lang);
}

/** Every playbook the agent can choose, in `lang` where translated. */
export function playbooksIn(lang: string): Playbook[] {
  return playbooks.map((p) => localizePlaybook(p, lang));
}

// One object per playbook and language, so a UI can compare playbooks by identity.
const localized = new Map<string, Playbook>();

/** Only the words change: ids and kinds stay, so analysis and stored step marks mean the same in every language. */
export function localizePlaybook(playbook: Playbook, lang: string): Playbook {
  const language = lang.split('-')[0]!.toLowerCase();
  const words = TRANSLATIONS[language]?.[playbook.id];
  if (!words) return playbook;
  const key = `${language}:${playbook.id}`;
  let done = localized.get(key);
  if (!done) {
    done = { ...playbook, name: words.name, steps: playbook.steps.map((step) => ({ ...step, ...(words.steps[step.id] ?? {}) })) };
    localized.set(key, done);
  }
  return done;
}

export type { Playbook, PlaybookStep, PlaybookTranslation, StepId, DefaultStepId } from './types.ts';
export { DEFAULT_STEP_IDS } from './types.ts';
