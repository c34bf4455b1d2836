import trained from './model/heat-model.json' with { type: 'json' };

/**
 * An ordinal logistic model of heat: one linear score over a message's signals and three
 * cut points between calm, annoyed, upset and furious. Trained by `npm run train` on the
 * corpus's development half; the weights ship as JSON.
 */
export interface HeatModel {
  /** Cut points between levels 0|1, 1|2 and 2|3 on the linear score, ascending. */
  thresholds: readonly [number, number, number];
  weights: Readonly<Record<string, number>>;
}

export const heatModel: HeatModel = trained as unknown as HeatModel;

/** Where the bands of `levelOf` begin: a linear score at a cut point lands on a band's edge. */
const BANDS = [1, 2.5, 4.5] as const;

/**
 * The linear score on the engine's heat scale (0–1 calm, 1–2.5 annoyed, 2.5–4.5 upset, 4.5+
 * furious), piecewise linear between the cut points, so older messages can be discounted
 * on one scale and the level of the result is the model's own.
 */
export function scoreOf(linear: number, model: HeatModel): number {
  const [t0, t1, t2] = model.thresholds;
  const unit = Math.max(t1 - t0, 1e-6);
  if (linear < t0) return Math.max(0, BANDS[0] + (linear - t0) / unit);
  if (linear < t1) return BANDS[0] + ((linear - t0) / unit) * (BANDS[1] - BANDS[0]);
  if (linear < t2) return BANDS[1] + ((linear - t1) / Math.max(t2 - t1, 1e-6)) * (BANDS[2] - BANDS[1]);
  return BANDS[2] + ((linear - t2) / Math.max(t2 - t1, 1e-6)) * (BANDS[2] - BANDS[1]);
}
