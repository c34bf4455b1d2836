import { describe, expect, it } from 'vitest';
import { drafts } from './corpus/drafts.ts';
import { checkDraft } from './draft.ts';
import { DRAFT_FINDING_KINDS, type DraftFindingKind } from './types.ts';

/**
 * Floors set just under what the checker reached when they were last raised. A drop
 * means a rule change lost real catches or started flagging friendly replies.
 */
const FLOOR: Record<DraftFindingKind, { precision: number; recall: number }> = {
  blame: { precision: 0.95, recall: 0.85 },
  defensive: { precision: 0.95, recall: 0.85 },
  minimizing: { precision: 0.95, recall: 0.95 },
  sorry_but: { precision: 0.95, recall: 0.85 },
  brush_off: { precision: 0.95, recall: 0.95 },
  cold_distance: { precision: 0.95, recall: 0.95 },
};

describe('draft checker on the labelled corpus', () => {
  it('has enough drafts, clean ones included, and every kind represented', () => {
    expect(drafts.length).toBeGreaterThanOrEqual(60);
    expect(drafts.filter((d) => d.kinds.length === 0).length).toBeGreaterThanOrEqual(25);
    for (const kind of DRAFT_FINDING_KINDS) expect(drafts.filter((d) => d.kinds.includes(kind)).length, kind).toBeGreaterThanOrEqual(5);
  });

  it('keeps precision and recall per kind above their floors', () => {
    const rows: Record<string, { tp: number; fp: number; fn: number; precision: string; recall: string }> = {};
    const misses: string[] = [];
    for (const kind of DRAFT_FINDING_KINDS) {
      let tp = 0;
      let fp = 0;
      let fn = 0;
      for (const draft of drafts) {
        const found = checkDraft(draft.text).findings.some((f) => f.kind === kind);
        const labelled = draft.kinds.includes(kind);
        if (found && labelled) tp++;
        else if (found) {
          fp++;
          misses.push(`false ${kind}: ${draft.text}`);
        } else if (labelled) {
          fn++;
          misses.push(`missed ${kind}: ${draft.text}`);
        }
      }
      const precision = tp + fp === 0 ? 1 : tp / (tp + fp);
      const recall = tp + fn === 0 ? 1 : tp / (tp + fn);
      rows[kind] = { tp, fp, fn, precision: precision.toFixed(2), recall: recall.toFixed(2) };
    }
    console.log(`draft checker, ${drafts.length} drafts`);
    console.table(rows);
    if (misses.length > 0) console.log(misses.join('\n'));
    for (const kind of DRAFT_FINDING_KINDS) {
      const row = rows[kind]!;
      expect(Number(row.precision), `${kind} precision`).toBeGreaterThanOrEqual(FLOOR[kind].precision);
      expect(Number(row.recall), `${kind} recall`).toBeGreaterThanOrEqual(FLOOR[kind].recall);
    }
  });

  it('raises no finding at all on the clean drafts', () => {
    const noisy = drafts.filter((d) => d.kinds.length === 0 && checkDraft(d.text).findings.length > 0).map((d) => d.text);
    expect(noisy).toEqual([]);
  });
});
