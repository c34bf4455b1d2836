import { useMemo } from 'preact/hooks';
import { checkDraft } from '../../src/analysis/index.ts';
import { insertIntoTab } from './insert.ts';
import { useDraft, type LiveDraft } from './use-reading.ts';
import { t } from '../ui/i18n.ts';

/**
 * Flags blame and defensiveness in the agent's current draft, each with a calmer wording.
 * It follows the draft itself: typing re-renders this section, not the panel.
 */
export function DraftCheck({ tabId, draft: live }: { tabId: number | undefined; draft: LiveDraft }) {
  const draft = useDraft(live);
  const findings = useMemo(() => (draft.trim() ? checkDraft(draft).findings : []), [draft]);
  if (findings.length === 0) return null;
  return (
    <section class="draft" aria-label={t('draft_title')}>
      <h2>{t('draft_title')}</h2>
      <ul>
        {findings.map((finding) => (
          <li key={`${finding.start}-${finding.kind}`} data-testid="draft-finding" data-kind={finding.kind}>
            <q>{draft.slice(finding.start, finding.end)}</q> — {t(`draft_kind_${finding.kind}`)}
            {finding.rewrite !== undefined && (
              <button
                type="button"
                data-testid="draft-rewrite"
                onClick={() => void insertIntoTab(tabId, finding.rewrite!, { replace: { start: finding.start, end: finding.end } })}
              >
                {t('draft_use_rewrite', finding.rewrite)}
              </button>
            )}
          </li>
        ))}
      </ul>
    </section>
  );
}
