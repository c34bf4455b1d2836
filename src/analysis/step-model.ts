import trained from './model/step-model.json' with { type: 'json' };
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

/** Weights as Maps, so a word like "constructor" weighs nothing instead of finding Object's own. */
export interface CompiledStepModel {
  cut: number;
  steps: Map<DefaultStepId, Map<string, number>>;
}

export function compileStepModel(model: StepModel): CompiledStepModel {
  const steps = Object.entries(model.steps).map(([kind, w]) => [kind as DefaultStepId, new Map(Object.entries(w))] as const);
  return { cut: Math.log(model.threshold / (1 - model.threshold)), steps: new Map(steps) };
}

const shipped = compileStepModel(trained as unknown as StepModel);

/** The words a reply's step models read: each distinct word once. */
export function replyWords(text: string): Set<string> {
  return new Set(words(text));
}

/** The steps among `kinds` whose model says the reply does them. */
export function learnedKinds(text: string, kinds: readonly DefaultStepId[], model: CompiledStepModel = shipped): DefaultStepId[] {
  const present = replyWords(text);
  return kinds.filter((kind) => {
    const weights = model.steps.get(kind);
    if (!weights) return false;
    let z = weights.get('') ?? 0;
    for (const word of present) z += weights.get(word) ?? 0;
    return z > model.cut;
  });
}
