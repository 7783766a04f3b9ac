import { describe, expect, it } from 'vitest';
import { alternatives, anyOf, pattern, sourceOf } from '../../src/text/regex.js';

describe('regex parts', () => {
  it('takes a RegExp part as its source and a string as is', () => {
    expect(sourceOf(/\bmet\b/i)).toBe('\\bmet\\b');
    expect(sourceOf('\\s+')).toBe('\\s+');
  });

  it('groups alternatives without capturing, in order', () => {
    expect(alternatives(['talks', 'meeting', /calls?/])).toBe('(?:talks|meeting|calls?)');
  });

  it('builds the same RegExp as one written out', () => {
    const built = pattern([/\b/, alternatives(['met', 'meets']), ' (with)', /\b/], 'gi');
    expect(built.source).toBe(/\b(?:met|meets) (with)\b/gi.source);
    expect(built.flags).toBe('gi');
    expect('Lavrov met with Wang'.match(new RegExp(built.source, 'i'))?.[1]).toBe('with');
  });

  it('joins any-of parts with a bare |, keeping group numbers', () => {
    const re = anyOf([/[.;]\s/, '\\s+(—)'], 'g');
    expect(re.source).toBe('[.;]\\s|\\s+(—)');
    expect(re.flags).toBe('g');
  });
});
