import { toHtml } from 'hast-util-to-html';
import { describe, expect, it } from 'vitest';
import { acronymPattern, contextBefore } from '../../pipeline/content/text.js';
import { chapter, compileChapters } from './compile.js';

describe('acronyms', () => {
  const result = compileChapters({
    'a.md': chapter('## About UNODC\n\nThe work of UNODC and of the Policy Consultative Group Meeting (PCGM). Then UNODC again, and EU-ACT, not EU.', 'id: a\ntitle: First'),
    'b.md': chapter('UNODC supports eight EWG meetings, the `CARICC` code and [CARICC](https://www.caricc.org), then CARICC, RP ANC and RP\u00a0SEE.\n\nCARICC leads.', 'id: b\ntitle: Second'),
  });
  const first = toHtml(result.document.chapters[0]!.tree);
  const second = toHtml(result.document.chapters[1]!.tree);

  it('writes the first use in the report out and links it to the glossary; later uses are abbreviations', () => {
    expect(result.messages).toEqual([]);
    expect(first).toContain(
      'The work of the United Nations Office on Drugs and Crime (<a class="acronym" href="#glossary--unodc"><abbr title="United Nations Office on Drugs and Crime">UNODC</abbr></a>)',
    );
    expect(first).toContain('Then <abbr title="United Nations Office on Drugs and Crime">UNODC</abbr> again');
    expect(second).toContain('<abbr title="United Nations Office on Drugs and Crime">UNODC</abbr> supports');
  });

  it('leaves headings, code and links alone', () => {
    expect(first).toContain('About UNODC</h2>');
    expect(second).toContain('<code>CARICC</code>');
    expect(second).toContain('<a href="https://www.caricc.org">CARICC</a>');
    expect(second).toContain('then the Central Asian Regional Information and Coordination Centre (<a class="acronym" href="#glossary--caricc">');
  });

  it('does not repeat an expansion the author wrote', () => {
    expect(first).toContain('the Policy Consultative Group Meeting (<a class="acronym" href="#glossary--pcgm"><abbr title="Policy Consultative Group Meeting">PCGM</abbr></a>)');
    expect(first).not.toContain('Meeting (Policy');
  });

  it('matches whole acronyms only, longest first, with a space or a no-break space inside', () => {
    expect(first).toContain('>EU-ACT</abbr>');
    expect(first).toContain('not the European Union (<a class="acronym" href="#glossary--eu">');
    expect(second).toContain('the Regional Programme for Afghanistan and Neighbouring Countries (<a class="acronym" href="#glossary--rp-anc">');
    expect(second).toContain('>RP\u00a0SEE</abbr>');
  });

  it('never puts an article before a common noun, and capitalises it at a sentence start', () => {
    expect(second).toContain('eight Expert Working Group (<a class="acronym" href="#glossary--ewg">');
    expect(second).toContain('<p><abbr title="Central Asian Regional Information and Coordination Centre">CARICC</abbr> leads.</p>');
    const start = toHtml(compileChapters({ 'c.md': chapter('CARICC leads.') }).document.chapters[0]!.tree);
    expect(start).toContain('<p>The Central Asian Regional Information and Coordination Centre (');
  });

  it('lists the acronyms used, alphabetically, in the glossary', () => {
    const glossary = toHtml(result.document.backMatter[0]!.tree);
    const listed = [...glossary.matchAll(/<dt id="glossary--([^"]+)">/g)].map((m) => m[1]);
    expect(listed).toEqual(['caricc', 'eu', 'eu-act', 'ewg', 'pcgm', 'rp-anc', 'rp-see', 'unodc']);
    expect(glossary).toContain('<dd>Expert Working Group <span class="glossary-description">A Paris Pact expert meeting');
  });

  it('builds one pattern of whole words', () => {
    const pattern = acronymPattern([
      { acronym: 'EU', expansion: 'European Union' },
      { acronym: 'EU-ACT', expansion: 'EU Action' },
    ])!;
    expect('EU EU-ACT EUR XEU EU-'.match(pattern)).toEqual(['EU', 'EU-ACT', 'EU']);
  });

  it('reads the word before an acronym and sentence starts', () => {
    expect(contextBefore('support from ', false)).toEqual({ previousWord: 'from', sentenceStart: false });
    expect(contextBefore('It ended. ', false)).toEqual({ previousWord: undefined, sentenceStart: true });
    expect(contextBefore('', true)).toEqual({ previousWord: undefined, sentenceStart: true });
    expect(contextBefore('CSTO, ', false)).toEqual({ previousWord: ',', sentenceStart: false });
  });
});

describe('United Nations document symbols', () => {
  it('links each symbol to the references list, which gives its title', () => {
    const result = compileChapters({ 'c.md': chapter('As E/CN.7/2014/14 asked. See also A/RES/70/1 and S/he, not a symbol.') }, {
      references: '- symbol: E/CN.7/2014/14\n  title: Report of the Executive Director\n- symbol: A/RES/70/1\n  title: Transforming our world\n',
    });
    expect(result.messages).toEqual([]);
    const html = toHtml(result.document.chapters[0]!.tree);
    expect(html).toContain('As <a class="un-symbol" href="#reference--e-cn-7-2014-14">E/CN.7/2014/14</a> asked.');
    expect(html).toContain('<a class="un-symbol" href="#reference--a-res-70-1">A/RES/70/1</a>');
    expect(html).toContain('S/he');
    const references = toHtml(result.document.backMatter[1]!.tree);
    expect(references).toContain('<li id="reference--a-res-70-1"><span class="reference-symbol">A/RES/70/1</span> <cite>Transforming our world</cite>');
    expect(references).toContain('href="https://undocs.org/E/CN.7/2014/14"');
  });

  it('reports a symbol content/references.yaml lacks, at its line and column', () => {
    const result = compileChapters({ 'c.md': chapter('Text.\n\nA second line cites E/CN.7/2030/9 here.') }, { references: '' });
    expect(result.messages.map((m) => `${m.file}:${m.place?.line}:${m.place?.column} ${m.ruleId} ${m.value}`)).toEqual([
      'content/2021/c.md:8:21 content/unknown-symbol E/CN.7/2030/9',
    ]);
  });
});
