/**
 * A small RFC 4180 reader: quoted fields with doubled quotes, any line ending, and the
 * delimiter (comma, semicolon or tab) taken from the header row. Written here instead of
 * using a CSV package because the common ones also carry remote-download and worker
 * code, which has no place in an extension package (the store check rejects it).
 */

export interface CsvTable {
  fields: string[];
  rows: Record<string, string>[];
}

export type CsvResult = { ok: true; table: CsvTable } | { ok: false; row: number; reason: 'unclosed_quote' };

function delimiterOf(source: string): string {
  let inQuotes = false;
  const counts: Record<string, number> = { ',': 0, ';': 0, '\t': 0 };
  for (const ch of source) {
    if (ch === '"') inQuotes = !inQuotes;
    else if (!inQuotes && (ch === '\n' || ch === '\r')) break;
    else if (!inQuotes && ch in counts) counts[ch]!++;
  }
  const [best, count] = Object.entries(counts).sort((a, b) => b[1] - a[1])[0]!;
  return count > 0 ? best : ',';
}

/** Every record as a list of fields; `row` in a failure counts data rows from 0, like the importers. */
function records(source: string, delimiter: string): { ok: true; records: string[][] } | { ok: false; row: number } {
  const out: string[][] = [];
  let record: string[] = [];
  let field = '';
  let i = 0;
  const n = source.length;
  while (i < n) {
    const ch = source[i]!;
    if (ch === '"' && field === '') {
      // A quoted field: runs to the next lone quote, across line breaks.
      let j = i + 1;
      for (;;) {
        const q = source.indexOf('"', j);
        if (q === -1) return { ok: false, row: Math.max(0, out.length - 1) };
        if (source[q + 1] === '"') {
          field += source.slice(j, q + 1);
          j = q + 2;
          continue;
        }
        field += source.slice(j, q);
        i = q + 1;
        break;
      }
      continue;
    }
    if (ch === delimiter) {
      record.push(field);
      field = '';
      i++;
    } else if (ch === '\n' || ch === '\r') {
      record.push(field);
      out.push(record);
      record = [];
      field = '';
      i += ch === '\r' && source[i + 1] === '\n' ? 2 : 1;
    } else {
      field += ch;
      i++;
    }
  }
  if (field !== '' || record.length > 0) {
    record.push(field);
    out.push(record);
  }
  return { ok: true, records: out };
}

export function parseCsv(source: string): CsvResult {
  const body = source.replace(/^\uFEFF/, '');
  const parsed = records(body, delimiterOf(body));
  if (!parsed.ok) return { ok: false, row: parsed.row, reason: 'unclosed_quote' };
  const [header = [], ...data] = parsed.records;
  const fields = header.map((f) => f.trim());
  const rows = data
    // Blank lines (and lines of empty fields) are spacing, not entries.
    .filter((r) => r.some((cell) => cell.trim() !== ''))
    .map((r) => Object.fromEntries(fields.map((f, i) => [f, r[i] ?? ''])));
  return { ok: true, table: { fields, rows } };
}
