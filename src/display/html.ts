import { DhadError, describeValue } from '../core/index.js';
import type { DateMention, Doc, Entity, Mention, PlaceMention } from '../core/index.js';

/** One highlighted span of the HTML view. */
interface Highlight {
  id: string;
  kind: 'date' | 'place' | 'person' | 'org';
  start: number;
  end: number;
  title: string;
  /** the entity of a person or organisation mention, and its colour */
  entity?: string;
  hue?: number;
}

/** What the HTML view reads of a Doc (entities are optional: without them, mentions are coloured by type). */
export type HtmlDoc = Pick<Doc, 'text' | 'dates' | 'places' | 'mentions'> & { entities?: readonly Entity[] };

/** Options of `toHTML`. */
export interface ToHtmlOptions {
  /** The page title and the heading of the document (default "dhad"). */
  title?: string;
  /** The document's reference date, shown in its heading. */
  ref?: string;
}

const escapeHtml = (s: string): string =>
  s.replace(/[&<>"']/g, (c) => (c === '&' ? '&amp;' : c === '<' ? '&lt;' : c === '>' ? '&gt;' : c === '"' ? '&quot;' : '&#39;'));

/** The hue of the k-th entity: golden-angle steps keep neighbours apart. */
const entityHue = (k: number): number => Math.round((k * 137.508) % 360);

/** The highlights of a document, sorted by start, longest first. */
function highlightsOf(doc: HtmlDoc): Highlight[] {
  // each entity its own hue, its mentions alike
  const entities = new Map<string, { entity: Entity; hue: number }>();
  (doc.entities ?? []).forEach((e, k) => entities.set(e.id, { entity: e, hue: entityHue(k) }));
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
  const mentions = (doc.mentions ?? []).map((m: Mention, i): Highlight => {
    const known = m.entityId === undefined ? undefined : entities.get(m.entityId);
    const h: Highlight = {
      id: `mention-${i}`,
      kind: m.type,
      start: m.start,
      end: m.end,
      title: known
        ? `${m.type} ${known.entity.id}: ${known.entity.name}\n${known.entity.variants.join('، ')}`
        : `${m.type}${m.entityId ? ` ${m.entityId}` : ''}: ${m.key}`,
    };
    if (known) {
      h.entity = known.entity.id;
      h.hue = known.hue;
    }
    return h;
  });
  return [...dates, ...places, ...mentions].filter((h) => h.end > h.start).sort((a, b) => a.start - b.start || b.end - a.end);
}

/**
 * Renders a document's text with its dates, places and mentions highlighted. Overlapping
 * highlights nest; where two cross, the inner one is closed and reopened, so one highlight
 * may be several `<mark>` pieces sharing a `data-id` (their texts, joined, are its text).
 */
export function renderDocHtml(doc: HtmlDoc): string {
  const text = doc.text;
  const highlights = highlightsOf(doc);
  const open = (h: Highlight): string =>
    `<mark class="dhad-${h.kind}" data-id="${h.id}" data-start="${h.start}" data-end="${h.end}"` +
    (h.entity === undefined ? '' : ` data-entity="${escapeHtml(h.entity)}" style="background:hsl(${h.hue} 80% 86%)"`) +
    ` title="${escapeHtml(h.title)}">`;
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
mark.dhad-person { background: #f6d8f5; border-bottom: 2px solid #8a3c88; } mark.dhad-org { background: #fff0c2; border-bottom: 2px dashed #8a6d00; }
mark mark { outline: 1px solid rgba(0,0,0,.25); }
table { border-collapse: collapse; margin-top: 1rem; font-size: .95rem; } td, th { border: 1px solid #ddd; padding: .2rem .5rem; }
.legend mark { margin-inline-end: .5rem; }
`;

/**
 * A self-contained right-to-left HTML page showing documents with their mentions
 * highlighted and their entities listed (what `dhad analyze --format html` writes).
 *
 * @param docs - documents with an id (and their reference date) to show one after another
 * @param title - the page title
 * @returns the page: inline CSS, no script, nothing fetched from the network
 */
export function renderHtml(docs: ReadonlyArray<{ id: string; ref?: string; doc: HtmlDoc }>, title = 'dhad'): string {
  const articles = docs.map(({ id, ref, doc }) => {
    const entities = (doc.entities ?? [])
      .map((e, k) => `<tr><td>${escapeHtml(e.type)}</td><td><mark class="dhad-${e.type}" style="background:hsl(${entityHue(k)} 80% 86%)">${escapeHtml(e.name)}</mark></td><td>${e.mentions.length}</td><td>${escapeHtml(e.variants.join('، '))}</td></tr>`)
      .join('');
    return `<article data-doc="${escapeHtml(id)}">
<h2>${escapeHtml(id)}${ref ? ` · ref ${escapeHtml(ref)}` : ''}</h2>
<div class="text">${renderDocHtml(doc)}</div>
${entities ? `<table><thead><tr><th>النوع</th><th>الكيان</th><th>الإشارات</th><th>الصيغ</th></tr></thead><tbody>${entities}</tbody></table>` : ''}
</article>`;
  });
  return `<!doctype html>
<html lang="ar" dir="rtl">
<head><meta charset="utf-8"><title>${escapeHtml(title)}</title><style>${STYLE}</style></head>
<body>
<p class="legend"><mark class="dhad-date">تاريخ</mark><mark class="dhad-place">مكان</mark><mark class="dhad-person">شخص</mark><mark class="dhad-org">منظمة</mark></p>
${articles.join('\n')}
</body>
</html>
`;
}

/**
 * One analysed document as a self-contained right-to-left HTML page, in the spirit of spaCy's
 * displaCy: dates, places, persons and organisations highlighted; each entity's mentions share a
 * colour; hovering shows a date's value, a place's kind and name, an entity's id, name and
 * variants; the entities are listed under the text.
 *
 * @param doc - a Doc from `analyze` (or anything with its text, dates, places, mentions, entities)
 * @param options - `{ title?, ref? }`
 * @returns the HTML page as a string (inline CSS, no script, no network)
 * @example
 * writeFileSync('view.html', toHTML(analyze('قال الكاظمي في بغداد أمس', { ref: '2021-11-07' })))
 */
export function toHTML(doc: HtmlDoc, options?: ToHtmlOptions): string {
  if (doc === null || typeof doc !== 'object' || typeof doc.text !== 'string') {
    throw new DhadError('INVALID_INPUT', `toHTML: expected a Doc (from analyze), got ${describeValue(doc)}`);
  }
  if (options !== undefined && (options === null || typeof options !== 'object')) {
    throw new DhadError('INVALID_OPTION', `toHTML: options must be an object, got ${describeValue(options)}`);
  }
  for (const key of Object.keys(options ?? {})) {
    if (key !== 'title' && key !== 'ref') throw new DhadError('UNKNOWN_OPTION', `toHTML: unknown option "${key}" (expected title, ref)`);
  }
  const title = options?.title ?? 'dhad';
  return renderHtml([{ id: title, ref: options?.ref, doc }], title);
}
