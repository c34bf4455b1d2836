import { useMemo, useState } from 'preact/hooks';
import { checkDraft, type DraftFinding } from '../../src/analysis/index.ts';
import { withAccepted, withoutAccepted, withoutWording, type AcceptedWording } from '../../src/analysis/draft-accepted.ts';
import { saveSettings } from '../storage/settings.ts';
import { insertIntoTab } from './insert.ts';
import { useDraft, type LiveDraft } from './use-reading.ts';
import { t } from '../ui/i18n.ts';

/**
 * Flags blame and defensiveness in the agent's current draft, each with a calmer wording.
 * It follows the draft itself: typing re-renders this section, not the panel. Wording the
 * agent marks "Not a problem" is not flagged again (the list is in the options).
 */
export function DraftCheck({ tabId, draft: live, accepted }: { tabId: number | undefined; draft: LiveDraft; accepted: readonly AcceptedWording[] }) {
  const draft = useDraft(live);
  const [justAccepted, setJustAccepted] = useState<AcceptedWording | null>(null);
  const findings = useMemo(() => (draft.trim() ? withoutAccepted(draft, checkDraft(draft).findings, accepted) : []), [draft, accepted]);
  if (findings.length === 0 && !justAccepted) return null;

  const accept = (finding: DraftFinding) => {
    const wording = { kind: finding.kind, text: draft.slice(finding.start, finding.end) };
    setJustAccepted(wording);
    void saveSettings({ acceptedWording: withAccepted(accepted, wording) });
  };
  const undo = (wording: AcceptedWording) => {
    setJustAccepted(null);
    void saveSettings({ acceptedWording: withoutWording(accepted, wording) });
  };

  return (
    <section class="draft" aria-label={t('draft_title')}>
      <h2>{t('draft_title')}</h2>
      <ul>
        {findings.map((finding) => {
          const words = draft.slice(finding.start, finding.end);
          return (
            <li key={`${finding.start}-${finding.kind}`} data-testid="draft-finding" data-kind={finding.kind}>
              <q>{words}</q> — {t(`draft_kind_${finding.kind}`)}
              <span class="draft-why" data-testid="draft-why">{t(`draft_why_${finding.kind}`)}</span>
              <span class="draft-actions">
                {finding.rewrite !== undefined && (
                  <button
                    type="button"
                    data-testid="draft-rewrite"
                    onClick={() => void insertIntoTab(tabId, finding.rewrite!, { replace: { start: finding.start, end: finding.end } })}
                  >
                    {t('draft_use_rewrite', finding.rewrite)}
                  </button>
                )}
                <button type="button" class="link" data-testid="draft-accept" aria-label={t('draft_accept_label', words)} onClick={() => accept(finding)}>
                  {t('draft_accept')}
                </button>
              </span>
            </li>
          );
        })}
      </ul>
      {justAccepted && (
        <p class="status" role="status" data-testid="draft-accepted">
          {t('draft_accepted', justAccepted.text)}{' '}
          <button type="button" class="link" onClick={() => undo(justAccepted)}>
            {t('draft_accept_undo')}
          </button>
        </p>
      )}
    </section>
  );
}
