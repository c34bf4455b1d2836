import type { Lexicon } from './types.ts';
import { en } from './en.ts';

/** The languages the engine reads. Add a language by adding its file here. */
export const lexicons: readonly Lexicon[] = [en];

export type { Lexicon } from './types.ts';
