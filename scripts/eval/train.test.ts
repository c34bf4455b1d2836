import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { crossValidate, examples, fit, SETTINGS } from './train.ts';
import { fitSteps, stepExamples, LEARNED_STEPS } from './train-steps.ts';

/** `npm run train` is reproducible, and the weights that ship are the ones it makes. */
describe('heat model training', () => {
  const data = examples();
  const model = fit(data);

  it('gives the same weights for the same input', () => {
    expect(fit(data)).toEqual(model);
  });

  it('ships exactly the weights npm run train makes from the development half', () => {
    const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/analysis/model/heat-model.json'), 'utf8'));
    expect(shipped.thresholds).toEqual(model.thresholds);
    expect(shipped.weights).toEqual(model.weights);
  });

  it('learns what a lead would: threats and abuse raise heat, courtesy lowers it', () => {
    const w = model.weights;
    for (const hot of ['threat_legal_any', 'profanity_strong', 'strong_any', 'repeat_any']) expect(w[hot], hot).toBeGreaterThan(0);
    for (const calm of ['polite', 'request']) expect(w[calm], calm).toBeLessThan(0);
  });
});

describe('the learning curve (npm run train -- --cv --curve)', () => {
  it('trains each fold on the share of its sources it is given, the same ones every run', () => {
    const data = examples();
    const quarter = crossValidate(data, SETTINGS, 0.25);
    const whole = crossValidate(data, SETTINGS);
    expect(quarter.trained).toBeGreaterThan(whole.trained * 0.15);
    expect(quarter.trained).toBeLessThan(whole.trained * 0.4);
    // Every development message is scored whatever the share: only training shrinks.
    expect(quarter.n).toBe(whole.n);
    expect(crossValidate(data, SETTINGS, 0.25)).toEqual(quarter);
  });
});

describe('step model training', () => {
  const data = stepExamples();
  const model = fitSteps(data);

  it('gives the same weights for the same input, and ships exactly those', () => {
    expect(fitSteps(data)).toEqual(model);
    const shipped = JSON.parse(readFileSync(resolve(import.meta.dirname, '../../src/analysis/model/step-model.json'), 'utf8'));
    expect(shipped).toEqual(model);
  });

  it('learns words a lead would read as the step, and leaves apologising to the cues', () => {
    expect(Object.keys(model.steps).sort()).toEqual([...LEARNED_STEPS].sort());
    expect(model.steps.resolve?.refund).toBeGreaterThan(0);
    expect(model.steps.act?.fixed).toBeGreaterThan(0);
    expect(model.steps.listen?.tell).toBeGreaterThan(0);
    expect(model.steps).not.toHaveProperty('apologize');
  });
});
