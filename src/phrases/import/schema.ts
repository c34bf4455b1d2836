/**
 * Our own library file, checked with valibot. One schema serves the JSON import, the
 * stored personal library and the administrator's team pack, so a phrase that passes
 * one passes all three.
 */
import * as v from 'valibot';
import { WANT_IDS } from '../../analysis/types.ts';
import { DEFAULT_STEP_IDS } from '../../playbooks/types.ts';
import { MAX_TEXT_CHARS, MAX_TITLE_CHARS } from './types.ts';

const heatLevel = v.picklist([0, 1, 2, 3] as const);

export const PhraseSchema = v.object({
  id: v.pipe(v.string(), v.trim(), v.minLength(1), v.maxLength(200)),
  step: v.picklist(DEFAULT_STEP_IDS),
  text: v.pipe(v.string(), v.maxLength(MAX_TEXT_CHARS)),
  heat: v.optional(
    v.pipe(
      v.tuple([heatLevel, heatLevel]),
      v.check(([min, max]) => min <= max, 'min above max'),
    ),
  ),
  wants: v.optional(v.pipe(v.array(v.picklist(WANT_IDS)), v.maxLength(WANT_IDS.length))),
  tone: v.picklist(['warm', 'formal'] as const),
  lang: v.pipe(v.string(), v.regex(/^[a-z]{2,3}(?:-[a-z0-9]{2,8})*$/i)),
  title: v.optional(v.pipe(v.string(), v.maxLength(MAX_TITLE_CHARS))),
});

export const LIBRARY_FORMAT = 'olive-branch/phrases';
export const LIBRARY_FILE_VERSION = 1;

/** The file's outer shape; its phrases are checked one by one for precise errors. */
export const LibraryFileSchema = v.object({
  format: v.literal(LIBRARY_FORMAT),
  version: v.number(),
  phrases: v.array(v.unknown()),
  hidden: v.optional(v.array(v.pipe(v.string(), v.maxLength(200)))),
});

/** The dotted path of a valibot issue ("heat.1"), for naming the field. */
export function issuePath(issue: v.BaseIssue<unknown>): string {
  return issue.path?.map((p) => String(p.key)).join('.') ?? '';
}
