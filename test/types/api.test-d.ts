// Type tests of the public API (vitest --typecheck): the shapes users build on.
import { describe, expectTypeOf, it } from 'vitest';
import type { DateMention, Doc, Entity, Mention, PlaceMention, Segment, Span, Stage, Token } from '../../src/index.js';
import { analyze, pipeline, DhadError } from '../../src/index.js';
import { createNormalizer, normalize, normalizeWithMap, PRESETS } from '../../src/normalize/index.js';
import type { NormalizeOptions, PresetName } from '../../src/normalize/index.js';
import { segmentClitics, splitSentences, tokenize, tokenizeStage } from '../../src/tokenize/index.js';
import { datesStage, tagDates } from '../../src/dates/index.js';
import { lookupPlace, tagPlaces } from '../../src/places/index.js';
import { compareNames, createEntityIndex, findMentions, nameKey, resolveEntities } from '../../src/entities/index.js';
import { detectLanguage } from '../../src/lang/index.js';
import { shape } from '../../src/display/index.js';

describe('public types', () => {
  it('normalize', () => {
    expectTypeOf(normalize).parameter(0).toEqualTypeOf<string>();
    expectTypeOf(normalize('x')).toEqualTypeOf<string>();
    expectTypeOf(createNormalizer('search')).toEqualTypeOf<(text: string) => string>();
    expectTypeOf<PresetName>().toEqualTypeOf<'search' | 'display' | 'camel' | 'lucene'>();
    expectTypeOf(PRESETS).toMatchTypeOf<Record<PresetName, NormalizeOptions>>();
    const m = normalizeWithMap('x');
    expectTypeOf(m.text).toEqualTypeOf<string>();
    expectTypeOf(m.toOriginal({ start: 0, end: 1 })).toEqualTypeOf<Span | undefined>();
    // @ts-expect-error: an unknown preset is a type error too
    normalize('x', 'serch');
  });

  it('tokenize', () => {
    expectTypeOf(tokenize('x')).toEqualTypeOf<Token[]>();
    expectTypeOf(splitSentences('x')[0]!).toMatchTypeOf<Span & { text: string }>();
    expectTypeOf(segmentClitics('x')).toEqualTypeOf<Segment[]>();
    expectTypeOf(tokenizeStage()).toEqualTypeOf<Stage>();
  });

  it('taggers return the documented mention shapes', () => {
    expectTypeOf(tagDates('x', { ref: '2021-11-07' })[0]!).toMatchTypeOf<DateMention>();
    expectTypeOf(tagPlaces('x')[0]!).toMatchTypeOf<PlaceMention>();
    expectTypeOf(findMentions('x')).toEqualTypeOf<Mention[]>();
    expectTypeOf(resolveEntities([])).toEqualTypeOf<Entity[]>();
    expectTypeOf(lookupPlace('بغداد')).toMatchTypeOf<{ id: string; name: string } | undefined>();
    expectTypeOf(compareNames('a', 'b')).toMatchTypeOf<{ same: boolean; score: number; reason: string }>();
    expectTypeOf(nameKey('x')).toEqualTypeOf<string>();
    expectTypeOf(createEntityIndex().add).returns.toEqualTypeOf<Doc>();
    expectTypeOf(detectLanguage('x')).toMatchTypeOf<{ code: string; score: number }>();
    expectTypeOf(shape('x')).toEqualTypeOf<string>();
  });

  it('analyze and pipeline', () => {
    expectTypeOf(analyze('x', { ref: new Date() })).toEqualTypeOf<Doc>();
    expectTypeOf(pipeline(tokenizeStage(), datesStage({ ref: '2021-11-07' }))).toEqualTypeOf<(input: string | Doc) => Doc>();
    expectTypeOf<DhadError['code']>().toMatchTypeOf<string>();
    // @ts-expect-error: analyze takes options, not a preset
    analyze('x', 'search');
  });
});
