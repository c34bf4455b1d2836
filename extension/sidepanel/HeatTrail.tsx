import type { Analysis, HeatLevel } from '../../src/analysis/types.ts';
import { t } from '../ui/i18n.ts';

const LEVEL_KEYS = ['heat_0', 'heat_1', 'heat_2', 'heat_3'] as const;
const WIDTH = 132;
const HEIGHT = 30;
const PAD = 4;

export type Trend = 'cooling' | 'heating' | 'steady';

/** Whether the customer's latest message reads cooler or hotter than the one before it. */
export function trendOf(levels: readonly HeatLevel[]): Trend {
  const last = levels.at(-1);
  const before = levels.at(-2);
  if (last === undefined || before === undefined || last === before) return 'steady';
  return last < before ? 'cooling' : 'heating';
}

/**
 * Is the customer cooling down? One dot per customer message, oldest on the left, higher
 * is hotter; a caption says the trend and, for screen readers, every level in order.
 * Messages in a language we do not read leave a gap rather than a false "calm".
 */
export function HeatTrail({ trail }: { trail: Analysis['heatTrail'] }) {
  const read = trail.filter((p): p is { level: HeatLevel } => p.level !== null).map((p) => p.level);
  if (read.length < 2) return null;
  const trend = trendOf(read);
  const step = (WIDTH - 2 * PAD) / Math.max(trail.length - 1, 1);
  const y = (level: HeatLevel) => PAD + ((3 - level) * (HEIGHT - 2 * PAD)) / 3;
  const dots = trail.map((p, i) => ({ x: PAD + i * step, level: p.level }));
  const segments: string[] = [];
  let run: string[] = [];
  for (const d of dots) {
    if (d.level === null) {
      if (run.length > 1) segments.push(run.join(' '));
      run = [];
    } else run.push(`${d.x.toFixed(1)},${y(d.level).toFixed(1)}`);
  }
  if (run.length > 1) segments.push(run.join(' '));
  const words = trail.map((p) => (p.level === null ? t('heat_unknown_short') : t(LEVEL_KEYS[p.level])));
  return (
    <figure class="heat-trail" data-testid="heat-trail" data-levels={trail.map((p) => p.level ?? '-').join(',')} data-trend={trend}>
      <svg viewBox={`0 0 ${WIDTH} ${HEIGHT}`} width={WIDTH} height={HEIGHT} aria-hidden="true" focusable="false">
        {segments.map((points) => (
          <polyline key={points} points={points} />
        ))}
        {dots.map((d, i) => (d.level === null ? null : <circle key={i} cx={d.x} cy={y(d.level)} r={3} data-level={d.level} />))}
      </svg>
      <figcaption>
        <span class="heat-trend" data-trend={trend}>{t(`heat_trend_${trend}`)}</span>
        <span class="visually-hidden">{t('heat_trail_levels', [String(trail.length), words.join(', ')])}</span>
      </figcaption>
    </figure>
  );
}
