/** The phrase library: built-in phrases, ranking for a ticket, and template filling. */
import type { Phrase } from './types.ts';
import { en } from './locales/en.ts';
import { es } from './locales/es.ts';

export type { Phrase } from './types.ts';
export { rankPhrases, type RankOptions } from './rank.ts';
export {
  fillTemplate,
  contextFor,
  validateTemplate,
  placeholderNames,
  type TemplateContext,
  type TemplateProblem,
  type PlaceholderName,
} from './template.ts';

const LOCALES: Record<string, readonly Phrase[]> = { en, es };

/** Languages with built-in phrases. */
export const builtInLanguages: readonly string[] = Object.keys(LOCALES);

/**
 * The built-in phrases for a language (`es-MX` finds `es`); an unknown language gets
 * English rather than nothing. Returns copies, so callers may edit them freely.
 */
export function builtInPhrases(lang = 'en'): Phrase[] {
  const base = typeof lang === 'string' ? lang.toLowerCase().split(/[-_]/)[0] ?? 'en' : 'en';
  const list = LOCALES[base] ?? en;
  return list.map((p) => ({ ...p, ...(p.heat ? { heat: [...p.heat] as Phrase['heat'] } : {}), ...(p.wants ? { wants: [...p.wants] } : {}) }));
}
