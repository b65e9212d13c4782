import type { DateMention, Entity, Message, PlaceMention } from '../core/index.js';

/** ANSI colours, or none when the output is not a terminal (or NO_COLOR is set). */
export function palette(enabled: boolean): Record<'dim' | 'bold' | 'date' | 'place' | 'person' | 'org' | 'warn', (s: string) => string> {
  const wrap = (code: string) => (s: string) => (enabled ? `\x1b[${code}m${s}\x1b[0m` : s);
  return { dim: wrap('2'), bold: wrap('1'), date: wrap('36'), place: wrap('32'), person: wrap('35'), org: wrap('33'), warn: wrap('31') };
}

interface PrettyRecord {
  id: string;
  ref?: string;
  text?: string;
  error?: { code: string; message: string };
  lang?: { code: string; score: number };
  tokens?: unknown[];
  sentences?: unknown[];
  dates?: DateMention[];
  places?: PlaceMention[];
  entities?: Entity[];
  messages?: Message[];
}

const dateValue = (d: DateMention): string => d.value ?? (d.from || d.to ? `${d.from ?? '…'}/${d.to ?? '…'}` : '(no value)');

/** Readable, coloured terminal output for one document record. */
export function formatPretty(record: PrettyRecord, color: boolean): string {
  const c = palette(color);
  const lines: string[] = [];
  if (record.error) {
    lines.push(`${c.bold(`── ${record.id}`)}  ${c.warn(`error ${record.error.code}: ${record.error.message}`)}`);
    return lines.join('\n') + '\n';
  }
  const facts = [
    record.ref ? `ref ${record.ref}` : undefined,
    record.lang ? `lang ${record.lang.code} ${record.lang.score.toFixed(2)}` : undefined,
    record.text !== undefined ? `${record.text.length} chars` : undefined,
    record.sentences ? `${record.sentences.length} sentences` : undefined,
    record.tokens ? `${record.tokens.length} tokens` : undefined,
  ].filter(Boolean);
  lines.push(`${c.bold(`── ${record.id}`)}  ${c.dim(facts.join(' · '))}`);
  for (const d of record.dates ?? []) {
    const flags = d.flags?.length ? ' ' + c.warn(d.flags.join(',')) : '';
    lines.push(`  ${c.date('date ')}  ${d.text}  →  ${dateValue(d)} ${c.dim(`[${d.type}, ${d.grain}${d.calendar === 'hijri' ? ', hijri' : ''}${d.relative ? ', relative' : ''}]`)}${flags}`);
  }
  for (const p of record.places ?? []) {
    lines.push(`  ${c.place('place')}  ${p.text}  →  ${p.name}${p.nameEn ? ` (${p.nameEn})` : ''} ${c.dim(`[${p.kind}${p.country ? ', ' + p.country : ''}]`)}`);
  }
  for (const e of record.entities ?? []) {
    const tint = e.type === 'person' ? c.person : c.org;
    const others = e.variants.filter((v) => v !== e.name);
    lines.push(`  ${tint(e.type === 'person' ? 'person' : 'org   ')} ${e.name} ×${e.mentions.length}${others.length ? c.dim(`  = ${others.join(' = ')}`) : ''}`);
  }
  for (const m of record.messages ?? []) {
    lines.push(`  ${c.warn(m.severity)}  ${m.ruleId}: ${m.reason} ${c.dim(`@${m.start}-${m.end}`)}`);
  }
  return lines.join('\n') + '\n';
}
