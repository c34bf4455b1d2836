import type { Lexicon } from './types.ts';
import { en } from './en.ts';
import { de } from './de.ts';
import { es } from './es.ts';

/** The languages the engine reads. Add a language by adding its file here. */
export const lexicons: readonly Lexicon[] = [en, de, es];

export type { Lexicon } from './types.ts';
