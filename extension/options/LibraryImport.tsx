/**
 * Import and export of the phrase library. Imports are all or nothing: a file with one
 * wrong entry changes nothing and the agent is told which entry and which field.
 */
import { useState } from 'preact/hooks';
import { exportLibrary, importPhrases, type ImportIssue } from '../../src/phrases/import/index.ts';
import { mergeImport, type PersonalLibrary } from '../../src/phrases/library.ts';
import { t } from '../ui/i18n.ts';

/** One issue as a sentence: where (entry, title, field), then what. */
export function issueText(issue: ImportIssue): string {
  const where: string[] = [];
  if (issue.entry !== undefined) where.push(t('library_issue_entry', String(issue.entry + 1)));
  if (issue.title) where.push(`“${issue.title}”`);
  if (issue.field) where.push(t('library_issue_field', issue.field));
  const what = t(`library_issue_${issue.code}`, issue.detail ?? '');
  return where.length ? `${where.join(', ')}: ${what}` : what;
}

function download(name: string, text: string): void {
  const url = URL.createObjectURL(new Blob([text], { type: 'application/json' }));
  const link = Object.assign(document.createElement('a'), { href: url, download: name });
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

type Outcome = { kind: 'idle' } | { kind: 'done'; count: number; skipped: ImportIssue[] } | { kind: 'failed'; errors: ImportIssue[] };

interface Props {
  library: PersonalLibrary;
  onImport(next: PersonalLibrary, count: number): Promise<void>;
}

export function LibraryImport({ library, onImport }: Props) {
  const [outcome, setOutcome] = useState<Outcome>({ kind: 'idle' });

  const importFile = async (input: HTMLInputElement) => {
    const file = input.files?.[0];
    input.value = '';
    if (!file) return;
    const result = importPhrases(await file.text(), { fileName: file.name });
    if (!result.ok) return setOutcome({ kind: 'failed', errors: result.errors });
    await onImport(mergeImport(library, result.library), result.library.phrases.length);
    setOutcome({ kind: 'done', count: result.library.phrases.length, skipped: result.skipped });
  };

  return (
    <div class="library-io">
      <button type="button" data-testid="library-export" onClick={() => download('olive-branch-phrases.json', exportLibrary(library))}>
        {t('library_export')}
      </button>
      <label class="file-button">
        {t('library_import')}
        <input type="file" data-testid="library-import" accept=".json,.csv,application/json,text/csv" onChange={(e) => void importFile(e.currentTarget as HTMLInputElement)} />
      </label>
      <p class="hint">{t('library_import_hint')}</p>
      <div role="status" data-testid="library-import-status" data-outcome={outcome.kind}>
        {outcome.kind === 'done' && (
          <>
            <p>{t('library_import_done', String(outcome.count))}</p>
            {outcome.skipped.length > 0 && (
              <details>
                <summary>{t('library_import_skipped', String(outcome.skipped.length))}</summary>
                <ul>{outcome.skipped.map((s, i) => <li key={i}>{issueText(s)}</li>)}</ul>
              </details>
            )}
          </>
        )}
        {outcome.kind === 'failed' && (
          <>
            <p class="error">{t('library_import_failed')}</p>
            <ul>{outcome.errors.map((e, i) => <li key={i} class="error" data-testid="library-import-error">{issueText(e)}</li>)}</ul>
          </>
        )}
      </div>
    </div>
  );
}
