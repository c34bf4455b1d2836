import { useState } from 'preact/hooks';
import type { Analysis, HeatLevel } from '../../src/analysis/types.ts';
import { t } from '../ui/i18n.ts';

const LEVELS: readonly HeatLevel[] = [0, 1, 2, 3];
const levelLabel = (level: HeatLevel | null) => (level === null ? t('heat_unknown') : t(`heat_${level}`));

/**
 * How heated the customer is. The reasons (with the customer's words as evidence)
 * open on hover or keyboard focus, so the gauge stays one line while scanning. The
 * agent can overrule the reading for this ticket ("Not right?"); phrases then rank for
 * the level the agent chose, and one click gives the reading back.
 */
export function HeatGauge({ heat, read, mark, onMark }: { heat: Analysis['heat']; read: HeatLevel | null; mark?: HeatLevel; onMark: (level: HeatLevel | null) => void }) {
  const [choosing, setChoosing] = useState(false);
  const level = heat.level;
  const label = levelLabel(level);
  const hasReasons = heat.reasons.length > 0;
  const choose = (next: HeatLevel | null) => {
    setChoosing(false);
    onMark(next);
  };
  return (
    <section class="heat" data-testid="heat" data-level={level === null ? 'unknown' : String(level)} data-marked={mark !== undefined ? 'true' : undefined} aria-label={t('heat_title')}>
      <div class="heat-row" tabIndex={hasReasons ? 0 : undefined} aria-describedby={hasReasons ? 'heat-reasons' : undefined}>
        <span class="heat-title">{t('heat_title')}</span>
        <meter min={0} max={3} low={1} high={2} optimum={0} value={level ?? 0} aria-label={t('heat_title')} aria-valuetext={label} />
        <strong class="heat-label">{label}</strong>
        {hasReasons && <span class="heat-why" aria-hidden="true">ⓘ</span>}
      </div>
      <p class="heat-mark">
        {mark !== undefined ? (
          <>
            <span data-testid="heat-marked">{t('heat_marked')}</span>{' '}
            <button type="button" class="link" data-testid="heat-use-reading" onClick={() => choose(null)}>
              {t('heat_use_reading', levelLabel(read))}
            </button>
          </>
        ) : (
          <button type="button" class="link" data-testid="heat-adjust" aria-expanded={choosing} onClick={() => setChoosing(!choosing)}>
            {t('heat_adjust')}
          </button>
        )}
      </p>
      {choosing && (
        <div class="heat-choices" role="group" aria-label={t('heat_adjust_label')}>
          {LEVELS.map((l) => (
            <button key={l} type="button" data-testid="heat-choice" data-level={String(l)} aria-pressed={l === level} onClick={() => choose(l)}>
              {levelLabel(l)}
            </button>
          ))}
        </div>
      )}
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
