import { describe, expect, it } from 'vitest';
import { chapter, compileChapters, realMetrics, type FixtureOptions } from './compile.js';

/** Every message of one chapter as "line:column ruleId value". */
const check = (body: string, options: FixtureOptions = {}): string[] =>
  compileChapters({ 'c.md': chapter(body) }, options).messages.map((m) => `${m.place?.line}:${m.place?.column} ${m.ruleId} ${m.value ?? ''}`.trimEnd());

const metrics = realMetrics();
const aggregate = (indicator: string, group: string) => metrics.aggregates.find((a) => a.indicator === indicator && a.group === group)!;

describe('numbers typed by hand', () => {
  it('warns of quantities, at each one, with a fix', () => {
    const result = compileChapters({ 'c.md': chapter('Partners seized 3,689.1 kg, up 12% on the 58 reported last year.\n\nA share of 0.5 (58) stood out.') });
    expect(result.messages.map((m) => `${m.place?.line}:${m.place?.column} ${m.severity} ${m.ruleId} ${m.value}`)).toEqual([
      '6:17 warning content/typed-number 3,689.1',
      '6:32 warning content/typed-number 12',
      '6:43 warning content/typed-number 58',
      '8:12 warning content/typed-number 0.5',
      '8:17 warning content/typed-number 58',
    ]);
    expect(result.messages[0]!.fix).toContain(':metric{indicator=ID entity=CODE field=FIELD}');
  });

  it('finds them in headings, table cells, emphasis, link text and the titles of charts', () => {
    expect(
      check(
        [
          '## The 12 indicators',
          '',
          '| Country | Seized |',
          '| --- | --- |',
          '| Afghanistan | 431 |',
          '',
          'Seizures were *17* and [40 cases](https://example.org/2014/58).',
          '',
          '::chart[Heroin seized by 14 countries]{#fig-x kind=baseline-current indicator=heroin-seizures}',
        ].join('\n'),
      ),
    ).toEqual([
      '6:8 content/typed-number 12',
      '10:17 content/typed-number 431',
      '12:16 content/typed-number 17',
      '12:25 content/typed-number 40',
      '14:26 content/typed-number 14',
    ]);
  });

  it('takes a number after Figure, Table, Chapter, Section or Annex for a cross-reference typed by hand', () => {
    const result = compileChapters({ 'c.md': chapter('As Figure 3.2 and table 4 show.') });
    expect(result.messages.map((m) => `${m.place?.column} ${m.value} ${m.fix}`)).toEqual([
      '11 3.2 write the reference as :ref{#id}, which prints the label and number and links to it',
      '25 4 write the reference as :ref{#id}, which prints the label and number and links to it',
    ]);
  });

  it('leaves years, ordinals, document symbols, codes, dates and numbered names alone', () => {
    expect(
      check(
        [
          'In 2014, from 2012 to 2021, over 2012\u20132014 and 2012/13, in the 1990s and in 2014-based terms; the 26th meeting, the 1st, 2nd, 3rd, 11th and 112th.',
          'As E/CN.7/2014/L.5, E/CN.7/2014/14 and A/RES/70/1 note, S-1, G20, M49 and COVID-19 are names.',
          'Held on 21 and 22 May 2003, from 26 to 28 June 2006, on 3 September 2012 and on May 21, 2003.',
          'Resolution 56/3, resolution 2274, Article 3, paragraphs 9 to 11, articles 3, 5 and 7, Goal 3 and target 3.5.',
          'Three steps: (1) collect, (2) check, (3) publish.',
        ].join('\n'),
        { references: ['E/CN.7/2014/L.5', 'E/CN.7/2014/14', 'A/RES/70/1'].map((symbol) => `- symbol: ${symbol}\n  title: A document\n`).join('') },
      ),
    ).toEqual([]);
  });

  it('does not read footnote marks, list numbers, code, HTML, link addresses or directive attributes', () => {
    expect(
      check(
        [
          'A claim.[^12]',
          '',
          '1. First item',
          '2. Second item',
          '',
          'Write `value=58` or <span data-x="58">this</span>, see <https://example.org/a/58> and [the list](https://example.org/58).',
          '',
          'Joint operations: :metric{indicator=joint-operations entity="RP SEE" field=current}. :fact{name=ewg-meetings until=2013}.',
          '',
          '```',
          'count = 58',
          '```',
          '',
          '[^12]: A note from 2014.',
        ].join('\n'),
      ),
    ).toEqual([]);
  });

  it('counts a year followed by a percent sign, a number after an acronym and an enumerator out of its run', () => {
    expect(check('Up 2014% in RP ANC 58 countries; (2) alone.')).toEqual([
      '6:4 content/typed-number 2014',
      '6:20 content/typed-number 58',
      '6:35 content/typed-number 2',
    ]);
  });
});

describe('direction words the figures contradict', () => {
  it('warns of "rose" beside a figure that fell, at the word, with the :trend to write', () => {
    expect(aggregate('acetic-anhydride-seizures', 'RP ANC').change).toBeLessThan(0);
    const result = compileChapters({
      'c.md': chapter('In RP ANC, seizures rose from :metric{indicator=acetic-anhydride-seizures entity="RP ANC" field=baseline} to :metric{indicator=acetic-anhydride-seizures entity="RP ANC" field=current}.'),
    });
    expect(result.messages.map((m) => `${m.place?.line}:${m.place?.column} ${m.severity} ${m.ruleId} ${m.value}`)).toEqual([
      '6:21 warning content/direction-contradicted rose',
    ]);
    expect(result.messages[0]!.reason).toBe(
      '"rose" contradicts the figures it is written with: Acetic anhydride seized (RP ANC) went from 62,370 kg to 30,617 kg, -31,753 kg, from the baseline to the current figure',
    );
    expect(result.messages[0]!.fix).toContain('write :trend{indicator=acetic-anhydride-seizures entity="RP ANC"} in place of "rose"');
  });

  it('reads nouns and every form of a verb, and the figures before a word when none follow it', () => {
    expect(
      check(
        [
          'The increase in seizures was :metric{indicator=acetic-anhydride-seizures field=relative_change}.',
          'Seizures were :metric{indicator=acetic-anhydride-seizures field=current} after growing.',
          'Heroin seizures declined by :metric{indicator=heroin-seizures field=change}.',
        ].join(' '),
      ),
    ).toEqual(['6:5 content/direction-contradicted increase', '6:177 content/direction-contradicted growing', '6:202 content/direction-contradicted declined']);
  });

  it('binds each word to its own figures: two clauses, two directions, no warning', () => {
    expect(
      check(
        'Heroin seizures rose from :metric{indicator=heroin-seizures field=baseline} to :metric{indicator=heroin-seizures field=current}, while acetic anhydride seizures fell from :metric{indicator=acetic-anhydride-seizures field=baseline} to :metric{indicator=acetic-anhydride-seizures field=current}; in RP ANC, acetic anhydride seizures fell by :metric{indicator=acetic-anhydride-seizures entity="RP ANC" field=relative_change}.',
      ),
    ).toEqual([]);
  });

  it('reads a change since the previous edition against the words written with it', () => {
    const turned = aggregate('acetic-anhydride-seizures', 'RP SEE');
    expect(turned.change).toBeLessThan(0);
    expect(turned.change_since_previous).toBeGreaterThan(0);
    expect(
      check(
        'Since the 2014 edition the total rose by :metric{indicator=acetic-anhydride-seizures entity="RP SEE" field=change_since_previous}. Since the baseline it rose by :metric{indicator=acetic-anhydride-seizures entity="RP SEE" field=change}.',
      ),
    ).toEqual(['6:154 content/direction-contradicted rose']);
  });

  it('leaves a change within the tolerance, counts of entities, and a sentence without figures alone', () => {
    expect(aggregate('drug-induced-deaths', 'RP ANC').status).toBe('unchanged');
    expect(
      check(
        [
          'Deaths in RP ANC rose slightly, to :metric{indicator=drug-induced-deaths entity="RP ANC" field=current}.',
          'Seizures fell in :metric{indicator=heroin-seizures field=worsened} countries.',
          'A rise in reports may reflect greater vigilance.',
        ].join(' '),
      ),
    ).toEqual([]);
  });
});
