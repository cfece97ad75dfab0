/** Typo suggestions: the nearest known value, when it is near enough. */
import { describe, expect, it } from 'vitest';
import { editDistance, suggest } from '../../pipeline/diagnostics/suggest.js';

describe('suggest', () => {
  it('counts edits, an adjacent swap as one', () => {
    expect(editDistance('kitten', 'sitting')).toBe(3);
    expect(editDistance('contry', 'country')).toBe(1);
    expect(editDistance('herion', 'heroin')).toBe(1);
    expect(editDistance('', 'abc')).toBe(3);
    expect(editDistance('same', 'same')).toBe(0);
  });

  it('suggests the closest candidate when it is a likely typo', () => {
    expect(suggest('contry', ['indicator', 'country', 'year'])).toBe('country');
    expect(suggest('AFK', ['AFG', 'AUT', 'IRN'])).toBe('AFG');
    expect(suggest('herion-seizures', ['heroin-seizures', 'opium-seizures'])).toBe('heroin-seizures');
  });

  it('matches regardless of case', () => {
    expect(suggest('afg', ['AFG', 'PAK'])).toBe('AFG');
    expect(suggest('Estimate', ['estimate', 'provisional'])).toBe('estimate');
  });

  it('suggests nothing when nothing is close', () => {
    expect(suggest('FRA', ['AFG', 'PAK', 'SRB'])).toBeUndefined();
    expect(suggest('cocaine-seizures', ['heroin-seizures', 'mla-answered'])).toBeUndefined();
    expect(suggest('anything', [])).toBeUndefined();
  });
});
