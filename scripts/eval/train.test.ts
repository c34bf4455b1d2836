import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { examples, fit } from './train.ts';

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
