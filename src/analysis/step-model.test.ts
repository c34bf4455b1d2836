import { describe, expect, it } from 'vitest';
import { compileStepModel, learnedKinds } from './step-model.ts';

const model = compileStepModel({ threshold: 0.5, steps: { act: { '': -1, fixed: 2, released: 1.5 }, resolve: { '': -1, refund: 2 } } });

describe('step models', () => {
  it('counts a step when its words outweigh the bias, each word once', () => {
    expect(learnedKinds('Fixed in the latest release, fixed fixed fixed.', ['act', 'resolve'], model)).toEqual(['act']);
    expect(learnedKinds('We will refund you.', ['act', 'resolve'], model)).toEqual(['resolve']);
    expect(learnedKinds('Thanks for the report.', ['act', 'resolve'], model)).toEqual([]);
  });

  it('only answers for the steps asked about, and for those it has a model of', () => {
    expect(learnedKinds('Fixed, and we will refund you.', ['resolve', 'apologize'], model)).toEqual(['resolve']);
  });

  it('gives words that name Object’s own properties no weight', () => {
    expect(learnedKinds('constructor toString valueOf hasOwnProperty __proto__', ['act', 'resolve'], model)).toEqual([]);
  });
});
