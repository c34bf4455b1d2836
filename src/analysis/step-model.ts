import trained from './model/step-model.json';
import type { DefaultStepId } from '../playbooks/types.ts';
import { words } from './text.ts';

/**
 * One logistic model per recovery step over the words of an agent reply, trained by
 * `npm run train` on the corpus's development half and the project's own replies. Real
 * replies say what they did in more ways than the cues list ("pushed a fix", "it's in
 * 2.4.1"), so a step the cues miss still counts when its model is confident enough.
 */
export interface StepModel {
  /** A step is done when its probability passes this (chosen on development threads the model had not seen). */
  threshold: number;
  /** Per step: the bias (`""`) and a weight per word; words not listed weigh nothing. */
  steps: Partial<Record<DefaultStepId, Record<string, number>>>;
}

export const stepModel: StepModel = trained as unknown as StepModel;

/** The words a reply's step models read: each distinct word once. */
export function replyWords(text: string): Set<string> {
  return new Set(words(text));
}

/** The JSON's weights as Maps: a word like "constructor" must weigh nothing, not find Object's own. */
const compiled = new WeakMap<StepModel, Map<DefaultStepId, Map<string, number>>>();

function weightsOf(model: StepModel): Map<DefaultStepId, Map<string, number>> {
  let out = compiled.get(model);
  if (!out) {
    out = new Map(Object.entries(model.steps).map(([kind, w]) => [kind as DefaultStepId, new Map(Object.entries(w))]));
    compiled.set(model, out);
  }
  return out;
}

/** The steps among `kinds` whose model says the reply does them. */
export function learnedKinds(text: string, kinds: readonly DefaultStepId[], model: StepModel = stepModel): DefaultStepId[] {
  const all = weightsOf(model);
  const active = kinds.filter((kind) => all.has(kind));
  if (active.length === 0) return [];
  const weights = active.map((kind) => all.get(kind)!);
  const z = weights.map((w) => w.get('') ?? 0);
  for (const word of replyWords(text)) {
    for (let i = 0; i < weights.length; i++) z[i]! += weights[i]!.get(word) ?? 0;
  }
  const cut = Math.log(model.threshold / (1 - model.threshold));
  return active.filter((_, i) => z[i]! > cut);
}
