import type { Analysis } from '../../src/analysis/types.ts';
import { t } from '../ui/i18n.ts';

const LEVEL_KEYS = ['heat_0', 'heat_1', 'heat_2', 'heat_3'];

export function HeatGauge({ heat }: { heat: Analysis['heat'] }) {
  const level = heat.level;
  const label = level === null ? t('heat_unknown') : t(LEVEL_KEYS[level]!);
  return (
    <section class="heat" data-testid="heat" data-level={level === null ? 'unknown' : String(level)} aria-label={t('heat_title')}>
      <div class="heat-row">
        <span class="heat-title">{t('heat_title')}</span>
        <meter min={0} max={3} low={1} high={2} optimum={0} value={level ?? 0} aria-valuetext={label} />
        <strong class="heat-label">{label}</strong>
      </div>
      {heat.reasons.length > 0 && (
        <ul class="reasons">
          {heat.reasons.map((reason, i) => (
            <li key={i} data-testid="heat-reason" data-code={reason.code}>
              {t(`heat_reason_${reason.code}`)}: <q>{reason.evidence}</q>
            </li>
          ))}
        </ul>
      )}
    </section>
  );
}
