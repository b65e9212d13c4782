import { describe, expect, it } from 'vitest';
import { DhadError, createDoc, pipeline, toDoc } from '../../src/core/index.js';
import type { Doc, Stage } from '../../src/core/index.js';

const stage = (name: string, requires: Stage['requires'], provides: Stage['provides'], run?: (doc: Doc) => Doc): Stage => ({
  name,
  requires,
  provides,
  run: run ?? ((doc) => doc),
});

describe('createDoc / toDoc', () => {
  it('makes an empty document that keeps the text verbatim', () => {
    const doc = createDoc('قال الكاظمي');
    expect(doc).toEqual({ text: 'قال الكاظمي', tokens: [], sentences: [], dates: [], places: [], mentions: [], entities: [], messages: [] });
  });
  it('accepts the empty string', () => {
    expect(createDoc('').text).toBe('');
  });
  it('passes a Doc through and refuses what is neither', () => {
    const doc = createDoc('نص');
    expect(toDoc(doc, 'x')).toBe(doc);
    expect(() => toDoc(42 as unknown as string, 'tagDates')).toThrowError(/tagDates expects a string or a Doc, got a number \(42\)/);
    expect(() => createDoc(null as unknown as string)).toThrowError(DhadError);
  });
});

describe('pipeline', () => {
  it('runs stages in order', () => {
    const seen: string[] = [];
    const a = stage('a', [], ['tokens'], (doc) => (seen.push('a'), doc));
    const b = stage('b', ['tokens'], ['dates'], (doc) => (seen.push('b'), { ...doc, dates: [] }));
    const run = pipeline(a, b);
    const doc = run('اليوم');
    expect(seen).toEqual(['a', 'b']);
    expect(doc.text).toBe('اليوم');
  });

  it('refuses a bad order when built, naming the stage and what is missing', () => {
    const tokens = stage('tokenize', [], ['tokens']);
    const dates = stage('dates', ['tokens'], ['dates']);
    let error: unknown;
    try {
      pipeline(dates, tokens);
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(DhadError);
    expect((error as DhadError).code).toBe('PIPELINE_ORDER');
    expect((error as DhadError).message).toMatch(/stage "dates" requires tokens/);
  });

  it('refuses something that is not a stage', () => {
    expect(() => pipeline({} as Stage)).toThrowError(/argument 0 is not a stage/);
  });

  it('accepts an empty pipeline and a Doc as input', () => {
    const doc = createDoc('نص');
    expect(pipeline()(doc)).toBe(doc);
    expect(() => pipeline()(undefined as unknown as string)).toThrowError(/got undefined/);
  });
});

describe('DhadError', () => {
  it('has a stable code and a prefixed message', () => {
    const e = new DhadError('UNKNOWN_PRESET', 'unknown preset "serch"');
    expect(e.code).toBe('UNKNOWN_PRESET');
    expect(e.message).toBe('dhad: unknown preset "serch"');
    expect(e).toBeInstanceOf(Error);
    expect(e.name).toBe('DhadError');
  });
});
