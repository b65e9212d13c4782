/**
 * The document model. Every span is half-open `[start, end)` in UTF-16 code units
 * into the ORIGINAL input string: `input.slice(span.start, span.end) === span.text`.
 */

/** A half-open range `[start, end)` of UTF-16 code units in the original input. */
export interface Span {
  start: number;
  end: number;
}

/** What kind of thing a token is. */
export type TokenKind =
  | 'word'
  | 'number'
  | 'punct'
  | 'symbol'
  | 'latin'
  | 'url'
  | 'email'
  | 'hashtag'
  | 'mention'
  | 'emoji';

/** A part of a word: a proclitic (و ف ب ك ل ال لل), the stem, or a pronoun enclitic. */
export interface Segment extends Span {
  text: string;
  norm: string;
  role: 'proclitic' | 'stem' | 'enclitic';
}

/** A token: verbatim `text`, its offsets, and its normalised form (`search` preset). */
export interface Token extends Span {
  text: string;
  norm: string;
  kind: TokenKind;
  segments?: Segment[];
}

/** A problem found in the text (never thrown): where it is and why it matters. */
export interface Message extends Span {
  ruleId: string;
  reason: string;
  severity: 'info' | 'warning';
}

/** A date or time expression, resolved to ISO-8601 where it can be. */
export interface DateMention extends Span {
  text: string;
  type: 'date' | 'time' | 'datetime' | 'interval' | 'duration';
  value?: string;
  from?: string;
  /** Exclusive end of an interval. */
  to?: string;
  grain: 'year' | 'month' | 'week' | 'day' | 'hour' | 'minute' | 'second';
  calendar: 'gregorian' | 'hijri';
  relative: boolean;
  flags?: string[];
}

/** A place or demonym mention linked to the gazetteer. */
export interface PlaceMention extends Span {
  text: string;
  id: string;
  name: string;
  nameEn?: string;
  kind: 'country' | 'region' | 'city' | 'landmark' | 'demonym';
  country?: string;
  lat?: number;
  lon?: number;
  geonameId?: number;
  /**
   * Set by the entities stage (in `analyze`) when the place is part of an organisation's name it
   * found: بغداد in جامعة بغداد, ليبيا in مصرف ليبيا المركزي, مدريد in ريال مدريد. The place is
   * named there, not reported on; filter with `doc.places.filter((p) => !p.inOrg)` for a flat list.
   */
  inOrg?: true;
}

/** A person or organisation mention. */
export interface Mention extends Span {
  text: string;
  type: 'person' | 'org';
  key: string;
  entityId?: string;
}

/** A person or organisation: all the mentions that name it, and their spellings. */
export interface Entity {
  id: string;
  type: 'person' | 'org';
  name: string;
  variants: string[];
  mentions: Span[];
}

/** The normalised text of a document with its alignment back to the original. */
export interface NormalizedText {
  /** The normalised text. */
  text: string;
  /** Original range of a normalised range, `undefined` out of range. */
  toOriginal(span: Span): Span | undefined;
  /** Normalised range of an original range, `undefined` out of range. */
  toNormalized(span: Span): Span | undefined;
}

/** A document: the original text and what each stage found in it. */
export interface Doc {
  text: string;
  tokens: Token[];
  sentences: Span[];
  dates: DateMention[];
  places: PlaceMention[];
  mentions: Mention[];
  entities: Entity[];
  lang?: { code: string; score: number };
  messages: Message[];
  /** Set by `normalizeStage`: the whole text normalised, with its alignment. */
  normalized?: NormalizedText;
}

/** What a stage reads from or writes into a `Doc`. */
export type Capability =
  | 'text'
  | 'normalized'
  | 'tokens'
  | 'sentences'
  | 'dates'
  | 'places'
  | 'mentions'
  | 'entities'
  | 'lang';

/** A pipeline stage: a plain object made by a factory such as `tokenizeStage()`. */
export interface Stage {
  name: string;
  requires: readonly Capability[];
  provides: readonly Capability[];
  run(doc: Doc): Doc;
}
