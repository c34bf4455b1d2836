/**
 * Recognising the picker's trigger as the agent types: the text just before the caret
 * ends with the trigger (default `;;`) and a short query ("sorr"). Pure, for tests.
 */

/** Longest query the picker follows; past it the agent is writing, not searching. */
export const MAX_QUERY = 40;

export interface TriggerMatch {
  query: string;
  /** Characters before the caret to replace: the trigger plus the query. */
  length: number;
}

/**
 * The query typed after the last trigger before the caret, or null when the caret is
 * not in one. A query is letters, digits, spaces, apostrophes and hyphens, never
 * starting with a space, on one line.
 */
export function triggerQuery(before: string, trigger: string): TriggerMatch | null {
  if (!trigger) return null;
  const at = before.lastIndexOf(trigger);
  if (at < 0) return null;
  const query = before.slice(at + trigger.length);
  if (query.length > MAX_QUERY || query.startsWith(' ') || /\s{2}/.test(query)) return null;
  if (!/^[\p{L}\p{N}' -]*$/u.test(query)) return null;
  return { query, length: trigger.length + query.length };
}

/**
 * Whether an `input` event is plain typing that cannot have completed a trigger: text
 * typed (not pasted, deleted or composed) that lacks the trigger's last character. Then
 * no trigger can end in it, so with the picker closed the text before the caret need not
 * be read. Anything else (another input type, no data, a synthetic event) says false.
 */
export function typedPastTrigger(event: Pick<InputEvent, 'inputType' | 'data'>, trigger: string): boolean {
  if (!trigger) return true;
  const { inputType, data } = event;
  return inputType === 'insertText' && typeof data === 'string' && data !== '' && !data.includes(trigger[trigger.length - 1]!);
}
