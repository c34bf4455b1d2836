/**
 * `node scripts/eval/run.mjs misses <heat|wants|words|steps|drafts> [en|es]`: what the
 * engine gets wrong on the DEVELOPMENT half, item by item, to tune cues on. It never
 * reads the test half: the test half's misses are not for looking at.
 */
import { analyzeTicket, checkDraft } from '../../src/analysis/index.ts';
import { replyKinds } from '../../src/analysis/steps.ts';
import { DEFAULT_STEP_IDS } from '../../src/playbooks/types.ts';
import { loadHalf, type Lang } from './corpus.ts';
import { labelledProgress, readMessages, wordFound } from './evaluate.ts';

const flat = (s: string, n = 400) => s.replace(/\s+/g, ' ').slice(0, n);

export function main(args: string[]): number {
  const [area, lang = 'en'] = args as [string, Lang];
  const dev = loadHalf('dev');
  const messages = readMessages(dev.messages.filter((m) => m.lang === lang));
  const out: string[] = [];
  if (area === 'heat') {
    for (const { item, analysis } of messages)
      if (analysis.heat.level !== item.heat) out.push(`labelled ${item.heat} read ${analysis.heat.level} [${analysis.heat.reasons.map((r) => r.code).join(',')}] ${item.id}: ${flat(item.text)}`);
  } else if (area === 'wants') {
    for (const { item, analysis } of messages) {
      const missed = item.wants.filter((w) => !analysis.wants.includes(w));
      const extra = analysis.wants.filter((w) => !item.wants.includes(w));
      if (missed.length + extra.length) out.push(`missed [${missed}] extra [${extra}] ${item.id}: ${flat(item.text)}`);
    }
  } else if (area === 'words') {
    for (const { item, analysis } of messages) {
      const missed = item.theirWords.filter((w) => !wordFound(w, analysis.theirWords));
      if (missed.length) out.push(`missed [${missed.join(' | ')}] offered [${analysis.theirWords.join(' | ')}] ${item.id}: ${flat(item.text, 250)}`);
    }
  } else if (area === 'steps') {
    for (const t of dev.threads.filter((x) => x.lang === lang)) {
      for (const turn of t.messages) {
        if (turn.author !== 'agent') continue;
        const found = replyKinds(turn.text, DEFAULT_STEP_IDS);
        const truth = turn.steps ?? [];
        const missed = truth.filter((s) => !found.includes(s));
        const extra = found.filter((s) => !truth.includes(s));
        if (missed.length + extra.length) out.push(`missed [${missed}] extra [${extra}] ${t.id}: ${flat(turn.text, 500)}`);
      }
      const a = analyzeTicket({ helpdesk: 'eval', id: '1', url: 'https://help.example/t/1', subject: '', customer: {}, messages: t.messages.map((m) => ({ author: m.author, text: m.text })) });
      const truth = labelledProgress(t);
      if (a.current !== truth.current) out.push(`  ↳ thread ${t.id}: current labelled ${truth.current}, read ${a.current}`);
    }
  } else if (area === 'drafts') {
    for (const d of dev.drafts.filter((x) => x.lang === lang)) {
      const findings = checkDraft(d.text).findings;
      const found = [...new Set(findings.map((f) => f.kind))];
      const missed = d.kinds.filter((k) => !found.includes(k));
      const extra = found.filter((k) => !d.kinds.includes(k));
      if (missed.length + extra.length)
        out.push(
          `missed [${missed}] extra [${extra.map((k) => `${k}: "${findings.find((f) => f.kind === k) ? d.text.slice(findings.find((f) => f.kind === k)!.start, findings.find((f) => f.kind === k)!.end) : ''}"`)}] spans ${JSON.stringify(d.spans.filter((s) => missed.includes(s.kind)).map((s) => `${s.kind}: ${s.quote}`))} ${d.id}: ${flat(d.text, 500)}`,
        );
    }
  } else {
    console.error('usage: misses <heat|wants|words|steps|drafts> [en|es]');
    return 2;
  }
  console.log(out.join('\n'));
  console.log(`\n${out.length} misses`);
  return 0;
}
