import type { DateMention, Doc, Mention, PlaceMention } from '../core/index.js';

/** One highlighted span of the HTML view. */
interface Highlight {
  id: string;
  kind: 'date' | 'place' | 'person' | 'org';
  start: number;
  end: number;
  title: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));

/** The highlights of a document, sorted by start, longest first. */
function highlightsOf(doc: Pick<Doc, 'dates' | 'places' | 'mentions'>): Highlight[] {
  const dates = (doc.dates ?? []).map((d: DateMention, i): Highlight => ({
    id: `date-${i}`,
    kind: 'date',
    start: d.start,
    end: d.end,
    title: `${d.type}: ${d.value ?? [d.from, d.to].filter(Boolean).join(' → ') ?? ''}`,
  }));
  const places = (doc.places ?? []).map((p: PlaceMention, i): Highlight => ({
    id: `place-${i}`,
    kind: 'place',
    start: p.start,
    end: p.end,
    title: `${p.kind}: ${p.name}${p.nameEn ? ` (${p.nameEn})` : ''}`,
  }));
  const mentions = (doc.mentions ?? []).map((m: Mention, i): Highlight => ({
    id: `mention-${i}`,
    kind: m.type,
    start: m.start,
    end: m.end,
    title: `${m.type}${m.entityId ? ` ${m.entityId}` : ''}: ${m.key}`,
  }));
  return [...dates, ...places, ...mentions].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Renders a document's text with its dates, places and mentions highlighted. Overlapping
 * highlights nest; where two cross, the inner one is closed and reopened, so one highlight
 * may be several `<mark>` pieces sharing a `data-id` (their texts, joined, are its text).
 */
export function renderDocHtml(doc: Pick<Doc, 'text' | 'dates' | 'places' | 'mentions'>): string {
  const text = doc.text;
  const highlights = highlightsOf(doc);
  const open = (h: Highlight): string =>
    `<mark class="dhad-${h.kind}" data-id="${h.id}" data-start="${h.start}" data-end="${h.end}" title="${escapeHtml(h.title)}">`;
  let html = '';
  let pos = 0;
  const stack: Highlight[] = [];
  let next = 0;
  const boundaries = [...new Set([0, text.length, ...highlights.flatMap((h) => [h.start, h.end])])].sort((a, b) => a - b);
  for (const at of boundaries) {
    if (at > pos) {
      html += escapeHtml(text.slice(pos, at));
      pos = at;
    }
    // Close what ends here; reopen what was above it and goes on.
    const ending = stack.filter((h) => h.end <= at);
    if (ending.length) {
      const survivors = stack.filter((h) => h.end > at);
      html += '</mark>'.repeat(stack.length);
      stack.length = 0;
      for (const h of survivors) {
        html += open(h);
        stack.push(h);
      }
    }
    while (next < highlights.length && highlights[next]!.start === at) {
      const h = highlights[next++]!;
      html += open(h);
      stack.push(h);
    }
  }
  html += '</mark>'.repeat(stack.length);
  return html;
}

const STYLE = `
body { font-family: "Noto Naskh Arabic", "Amiri", "Segoe UI", Tahoma, sans-serif; margin: 2rem auto; max-width: 52rem; line-height: 2; color: #1d1d1f; background: #fff; }
article { border-bottom: 1px solid #ddd; padding-bottom: 1.5rem; margin-bottom: 1.5rem; }
.text { white-space: pre-wrap; font-size: 1.15rem; }
h2 { font-size: 1rem; color: #555; direction: ltr; text-align: left; font-family: ui-monospace, monospace; }
mark { border-radius: 3px; padding: 0 1px; }
mark.dhad-date { background: #d0ecff; } mark.dhad-place { background: #d8f5d0; }
mark.dhad-person { background: #f6d8f5; } mark.dhad-org { background: #fff0c2; }
mark mark { outline: 1px solid rgba(0,0,0,.25); }
table { border-collapse: collapse; margin-top: 1rem; font-size: .95rem; } td, th { border: 1px solid #ddd; padding: .2rem .5rem; }
.legend mark { margin-inline-end: .5rem; }
`;

/**
 * A self-contained right-to-left HTML page showing documents with their mentions
 * highlighted and their entities listed (what `dhad analyze --format html` writes).
 */
export function renderHtml(docs: ReadonlyArray<{ id: string; ref?: string; doc: Pick<Doc, 'text' | 'dates' | 'places' | 'mentions' | 'entities'> }>): string {
  const articles = docs.map(({ id, ref, doc }) => {
    const entities = (doc.entities ?? [])
      .map((e) => `<tr><td>${escapeHtml(e.type)}</td><td>${escapeHtml(e.name)}</td><td>${e.mentions.length}</td><td>${escapeHtml(e.variants.join('، '))}</td></tr>`)
      .join('');
    return `<article data-doc="${escapeHtml(id)}">
<h2>${escapeHtml(id)}${ref ? ` · ref ${escapeHtml(ref)}` : ''}</h2>
<div class="text">${renderDocHtml(doc)}</div>
${entities ? `<table><thead><tr><th>النوع</th><th>الكيان</th><th>الإشارات</th><th>الصيغ</th></tr></thead><tbody>${entities}</tbody></table>` : ''}
</article>`;
  });
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>dhad</title><style>${STYLE}</style></head>
<body>
<p class="legend"><mark class="dhad-date">تاريخ</mark><mark class="dhad-place">مكان</mark><mark class="dhad-person">شخص</mark><mark class="dhad-org">منظمة</mark></p>
${articles.join('\n')}
</body>
</html>
`;
}
