import { describe, expect, it } from 'vitest';
import { checkDraft } from './draft.ts';
import { withAccepted, withoutAccepted } from './draft-accepted.ts';

const draft = 'As I said, the parcel left on Monday. Calm down, please. As i  said, it is on its way.';

describe('accepted draft wording', () => {
  it('hides the accepted words for that kind wherever they appear, whatever their case or spacing', () => {
    const findings = checkDraft(draft).findings;
    expect(findings.map((f) => f.kind)).toEqual(['brush_off', 'minimizing', 'brush_off']);
    const left = withoutAccepted(draft, findings, [{ kind: 'brush_off', text: 'as I said' }]);
    expect(left.map((f) => draft.slice(f.start, f.end))).toEqual(['Calm down']);
  });

  it('keeps a finding of another kind on the same words', () => {
    const findings = checkDraft(draft).findings;
    expect(withoutAccepted(draft, findings, [{ kind: 'defensive', text: 'As I said' }])).toEqual(findings);
  });

  it('adds newest first and never twice', () => {
    const once = withAccepted([], { kind: 'minimizing', text: 'Calm down' });
    const twice = withAccepted(once, { kind: 'minimizing', text: 'calm  down' });
    expect(twice).toEqual([{ kind: 'minimizing', text: 'calm down' }]);
    expect(withAccepted(twice, { kind: 'brush_off', text: 'As I said' })[0]).toEqual({ kind: 'brush_off', text: 'As I said' });
  });
});
