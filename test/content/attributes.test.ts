import { describe, expect, it } from 'vitest';
import { attributeSpans } from '../../pipeline/content/attributes.js';

describe('attributeSpans', () => {
  it('finds each attribute\'s name and value, past the label', () => {
    const text = 'x ::chart[A [nested] label]{#fig-a kind=time-series entities="AFG PAK" scale=\'shared\'} y';
    const spans = attributeSpans(text, 2);
    expect(text.slice(spans.get('id')!.key, spans.get('id')!.key + 6)).toBe('#fig-a');
    expect(spans.get('id')!.raw).toBe('fig-a');
    expect(text.slice(spans.get('kind')!.value)).toMatch(/^time-series/);
    expect(spans.get('entities')!.raw).toBe('AFG PAK');
    expect(text[spans.get('entities')!.value]).toBe('A');
    expect(spans.get('scale')!.raw).toBe('shared');
  });

  it('gives nothing for a directive without attributes', () => {
    expect(attributeSpans(':ref[words] and {not attributes}', 0).size).toBe(0);
  });

  it('keeps an attribute without a value', () => {
    const spans = attributeSpans(':metric{flag indicator=x}', 0);
    expect(spans.get('flag')!.raw).toBe('');
    expect(spans.get('indicator')!.raw).toBe('x');
  });
});
