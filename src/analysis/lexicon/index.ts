import type { Lexicon } from './types.ts';
import { en } from './en.ts';
import { de } from './de.ts';

/** The languages the engine reads. Add a language by adding its file here. */
export const lexicons: readonly Lexicon[] = [en, de];

export type { Lexicon } from './types.ts';
