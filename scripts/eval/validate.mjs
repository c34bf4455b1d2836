#!/usr/bin/env node
// Checks corpus files against LABELS.md: node scripts/eval/validate.mjs FILE...
// Prints each problem with the item's id and exits 1 if there is any; prints counts.
import { readFileSync } from 'node:fs';

const WANTS = ['refund', 'replacement', 'redo', 'discount', 'credit', 'free_item', 'cancel', 'manager', 'apology_only', 'explanation', 'speed'];
const STEPS = ['listen', 'acknowledge', 'apologize', 'ask', 'resolve', 'act', 'follow_up'];
const KINDS = ['blame', 'defensive', 'minimizing', 'sorry_but', 'brush_off', 'cold_distance'];
const ORIGINS = ['real', 'published', 'constructed'];

export function problemsOf(item) {
  const p = [];
  const str = (v) => typeof v === 'string' && v.trim().length > 0;
  if (!str(item.id) || !/^[a-z0-9-]+$/.test(item.id)) p.push('id must be [a-z0-9-]+');
  if (!['message', 'thread', 'draft'].includes(item.kind)) p.push('kind');
  if (!['en', 'es'].includes(item.lang)) p.push('lang');
  if (!ORIGINS.includes(item.origin)) p.push('origin');
  if (!str(item.source) || !/^https?:\/\//.test(item.source)) p.push('source must be an http(s) address');
  const subset = (list, allowed, what) => {
    if (!Array.isArray(list)) return p.push(`${what} must be an array`);
    for (const x of list) if (!allowed.includes(x)) p.push(`${what}: unknown ${x}`);
    if (new Set(list).size !== list.length) p.push(`${what}: repeated`);
  };
  const heat = (h, what) => {
    if (![0, 1, 2, 3].includes(h)) p.push(`${what}: heat must be 0-3`);
  };
  if (item.kind === 'message') {
    if (!str(item.text) || item.text.length < 40) p.push('text of 40+ characters');
    heat(item.heat, 'message');
    subset(item.wants, WANTS, 'wants');
    if (!Array.isArray(item.theirWords)) p.push('theirWords must be an array');
    else for (const w of item.theirWords) if (!str(w) || !item.text.toLowerCase().includes(w.toLowerCase())) p.push(`theirWords: "${w}" is not in the text`);
  } else if (item.kind === 'thread') {
    if (!Array.isArray(item.messages) || item.messages.length < 2 || item.messages.length > 8) p.push('thread of 2-8 turns');
    else {
      if (!item.messages.some((m) => m.author === 'agent')) p.push('thread needs an agent turn');
      item.messages.forEach((m, i) => {
        if (!str(m.text)) p.push(`turn ${i}: text`);
        if (m.author === 'customer') heat(m.heat, `turn ${i}`);
        else if (m.author === 'agent') subset(m.steps, STEPS, `turn ${i} steps`);
        else p.push(`turn ${i}: author must be customer or agent`);
      });
    }
  } else if (item.kind === 'draft') {
    if (!str(item.text)) p.push('text');
    subset(item.kinds, KINDS, 'kinds');
    if (!Array.isArray(item.spans)) p.push('spans must be an array');
    else {
      for (const s of item.spans) {
        if (!KINDS.includes(s.kind)) p.push(`span kind ${s.kind}`);
        if (!str(s.quote) || !item.text.includes(s.quote)) p.push(`span quote "${s.quote}" is not an exact substring`);
        if (Array.isArray(item.kinds) && !item.kinds.includes(s.kind)) p.push(`span kind ${s.kind} not in kinds`);
      }
      for (const k of item.kinds ?? []) if (!item.spans.some((s) => s.kind === k)) p.push(`kind ${k} has no span`);
    }
  }
  return p;
}

if (import.meta.url === `file://${process.argv[1]}`) {
  let bad = 0;
  const ids = new Set();
  for (const file of process.argv.slice(2)) {
    let items;
    try {
      items = JSON.parse(readFileSync(file, 'utf8'));
    } catch (e) {
      console.error(`${file}: not JSON: ${e.message}`);
      bad++;
      continue;
    }
    if (!Array.isArray(items)) {
      console.error(`${file}: must hold one JSON array`);
      bad++;
      continue;
    }
    const count = {};
    for (const item of items) {
      const problems = problemsOf(item);
      if (ids.has(item.id)) problems.push('id repeated');
      ids.add(item.id);
      for (const pr of problems) console.error(`${file}: ${item.id}: ${pr}`);
      bad += problems.length;
      const key = `${item.kind}/${item.lang}/${item.origin}`;
      count[key] = (count[key] ?? 0) + 1;
    }
    console.log(file, items.length, 'items', JSON.stringify(count), 'sources', new Set(items.map((i) => i.source)).size);
  }
  process.exit(bad ? 1 : 0);
}
