import type { Analysis } from '../../src/analysis/types.ts';
import { t } from '../ui/i18n.ts';

const LEVEL_KEYS = ['heat_0', 'heat_1', 'heat_2', 'heat_3'];

/**
 * How heated the customer is. The reasons (with the customer's words as evidence)
 * open on hover or keyboard focus, so the gauge stays one line while scanning.
 */
export function HeatGauge({ heat }: { heat: Analysis['heat'] }) {
  const level = heat.level;
  const label = level === null ? t('heat_unknown') : t(LEVEL_KEYS[level]!);
  const hasReasons = heat.reasons.length > 0;
  return (
    <section class="heat" data-testid="heat" data-level={level === null ? 'unknown' : String(level)} aria-label={t('heat_title')}>
      <div class="heat-row" tabIndex={hasReasons ? 0 : undefined} aria-describedby={hasReasons ? 'heat-reasons' : undefined}>
        <span class="heat-title">{t('heat_title')}</span>
        <meter min={0} max={3} low={1} high={2} optimum={0} value={level ?? 0} aria-label={t('heat_title')} aria-valuetext={label} />
        <strong class="heat-label">{label}</strong>
        {hasReasons && <span class="heat-why" aria-hidden="true">ⓘ</span>}
      </div>
      {hasReasons && (
        <ul class="reasons" id="heat-reasons" data-testid="heat-reasons">
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
