/**
 * `npm run eval`: the coach's figures on both halves of the corpus, as markdown tables.
 * The README quotes the test half only; the development half is where cues are tuned.
 */
import { loadHalf, type Half, type Lang } from './corpus.ts';
import { evaluate, precision, recall, type Count, type Figures } from './evaluate.ts';
import { GOALS } from './goals.ts';

const pct = (x: number) => `${(x * 100).toFixed(0)}%`;

function countsTable(title: string, counts: readonly Count[]): string[] {
  return [
    '',
    `| ${title} | n | precision | recall |`,
    '|---|---:|---:|---:|',
    ...counts.filter((c) => c.n > 0 || c.fp > 0).map((c) => `| ${c.label} | ${c.n} | ${pct(precision(c))} | ${pct(recall(c))} |`),
  ];
}

export function figuresTable(f: Figures): string[] {
  const goal = (key: keyof typeof GOALS, value: number) => {
    const g = GOALS[key];
    const ok = g.atMost ? value <= g.value : value >= g.value;
    return `| ${g.label} | ${key === 'wantsF1' || key === 'stepsJaccard' ? value.toFixed(2) : pct(value)} | ${g.atMost ? '≤' : '≥'} ${key === 'wantsF1' || key === 'stepsJaccard' ? g.value.toFixed(2) : pct(g.value)} | ${ok ? 'reached' : 'not reached'} |`;
  };
  return [
    `| what (${f.messages} messages, ${f.realMessages} real; ${f.threads} threads; ${f.drafts} drafts) | value | goal | |`,
    '|---|---:|---:|---|',
    goal('heatExact', f.heatExact),
    `| heat exact, real customers only | ${pct(f.heatExactReal)} | | |`,
    goal('heatWithinOne', f.heatWithinOne),
    goal('wantsF1', f.wantsF1),
    goal('theirWordsRecall', f.theirWordsRecall) + ` (${f.theirWordsLabelled} words)`,
    goal('currentStep', f.currentStep),
    goal('stepsJaccard', f.stepsJaccard),
    goal('draftRecall', f.draftRecall) + ` (${f.draftLabels} labels)`,
    goal('falseAlarms', f.falseAlarms) + ` (${f.cleanDrafts} clean drafts)`,
    '',
    '| heat: labelled ↓ / read → | 0 | 1 | 2 | 3 | not read |',
    '|---|---:|---:|---:|---:|---:|',
    ...f.confusion.map((row, i) => `| ${i} | ${row.join(' | ')} |`),
    ...countsTable('heat level', f.heatLevels),
    ...countsTable('want', f.wants),
    ...countsTable('step done', f.steps),
    ...countsTable('draft problem', f.draftKinds),
  ];
}

export function main(args: string[]): number {
  // --dev-only while tuning cues: the test half's figures are for the README, not for steering.
  const halves: Half[] = args.includes('--test-only') ? ['test'] : args.includes('--dev-only') ? ['dev'] : ['dev', 'validation', 'test'];
  for (const half of halves) {
    const corpus = loadHalf(half);
    for (const lang of ['en', 'es'] as Lang[]) {
      const f = evaluate(corpus, lang);
      if (f.messages + f.threads + f.drafts === 0) continue;
      const title = { dev: 'Development half', validation: 'Validation set (collected after the split, not tuned on)', test: 'Test half (frozen)' }[half];
      console.log(`\n### ${title}, ${lang === 'en' ? 'English' : 'Spanish'}\n`);
      console.log(figuresTable(f).join('\n'));
    }
  }
  return 0;
}
