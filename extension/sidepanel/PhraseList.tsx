import { useMemo, useState } from 'preact/hooks';
import type { Ticket } from '../../src/ticket.ts';
import type { Analysis } from '../../src/analysis/types.ts';
import type { Playbook } from '../../src/playbooks/types.ts';
import { builtInPhrases, contextFor, fillTemplate, rankPhrases } from '../../src/phrases/index.ts';
import type { Settings } from '../storage/settings.ts';
import { insertIntoTab, type InsertOutcome } from './insert.ts';
import { t } from '../ui/i18n.ts';

const SHOWN = 5;

interface Props {
  tabId: number | undefined;
  ticket: Ticket;
  analysis: Analysis;
  playbook: Playbook;
  settings: Settings;
}

export function PhraseList({ tabId, ticket, analysis, playbook, settings }: Props) {
  const [status, setStatus] = useState<InsertOutcome | null>(null);
  const step = playbook.steps.find((s) => s.id === analysis.current)?.kind ?? 'follow_up';
  const phrases = useMemo(() => {
    const context = contextFor(ticket, analysis, { agentName: settings.agentName, company: settings.company });
    return rankPhrases(builtInPhrases(), analysis, { step, limit: SHOWN }).map((phrase) => ({
      phrase,
      filled: fillTemplate(phrase.text, context),
    }));
  }, [ticket, analysis, step, settings.agentName, settings.company]);

  const insert = async (text: string, cursor: number | undefined) => {
    setStatus(await insertIntoTab(tabId, text, cursor === undefined ? {} : { cursor }));
  };

  return (
    <section class="phrases" aria-label={t('phrases_title')}>
      <h2>{t('phrases_title')}</h2>
      <ul>
        {phrases.map(({ phrase, filled }) => (
          <li key={phrase.id} class="phrase" data-testid="phrase" data-step={phrase.step} data-phrase-id={phrase.id}>
            <p class="phrase-text">{filled.text}</p>
            <button type="button" class="primary" data-testid="phrase-insert" onClick={() => void insert(filled.text, filled.cursor)}>
              {t('phrase_insert')}
            </button>
          </li>
        ))}
      </ul>
      <p class="status" role="status" data-testid="insert-status" data-outcome={status ?? ''}>
        {status === 'copied' ? t('insert_copied') : status === 'failed' ? t('insert_failed') : ''}
      </p>
    </section>
  );
}
