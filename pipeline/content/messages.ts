/**
 * Every message the content stage can give, in one place: what is wrong (reason) and what to do
 * (fix), as sentences without a final full stop. The caller adds the file, the place and the value
 * found (diagnostics/message.ts). Lists show at most 12 items unless told otherwise.
 */
import type { MessageText } from '../diagnostics/message.js';
import { list, meant } from '../diagnostics/wording.js';

export const contentMessages = {

  // Chapter files
  chapterMissing: (path: string, edition: string): MessageText => ({
    ruleId: 'content/chapter-missing',
    reason: `the chapter ${path} listed in ${edition} does not exist`,
    fix: `create the file, or correct its name under chapters: in ${edition}`,
  }),
  chapterOutside: (edition: string): MessageText => ({
    ruleId: 'content/chapter-path',
    reason: 'a chapter must be a Markdown file in the edition\'s own directory',
    fix: `name the file without directories, such as pillar-1.md, under chapters: in ${edition}`,
  }),
  chapterListedTwice: (): MessageText => ({
    ruleId: 'content/chapter-duplicate',
    reason: 'this chapter is listed twice',
    fix: 'list each chapter once, in reading order',
  }),
  tooDeep: (limit: number): MessageText => ({
    ruleId: 'content/too-deep',
    reason: `the text nests more than ${limit} levels deep from here (quotes, lists or HTML elements inside one another), more than vdr follows; what lies deeper is left out`,
    fix: 'flatten it: a report needs a few levels at most (check for a run of > or of unclosed HTML tags)',
  }),
  unclosedComment: (): MessageText => ({
    ruleId: 'content/unclosed-comment',
    reason: 'an HTML comment opens here with <!-- and is never closed, so everything after it, to the end of the chapter, is hidden from the report',
    fix: 'close the comment with --> where the hidden text should end (or delete the <!--)',
  }),
  longRun: (length: number, limit: number): MessageText => ({
    ruleId: 'content/long-run',
    reason: `a run of ${length.toLocaleString('en-US')} of the same * _ [ or ] character starts here, more than the ${limit} vdr reads in one place; the line is left out`,
    fix: 'shorten the run (for a line across the page, write --- on a line of its own)',
  }),
  draftChapterInFinal: (): MessageText => ({
    ruleId: 'content/draft-chapter',
    reason: 'the chapter is marked status: draft, and a final build publishes only finished chapters',
    fix: 'finish the chapter and write status: final in its front matter (or remove the line)',
  }),

  // Front matter
  frontMatterMissing: (): MessageText => ({
    ruleId: 'front-matter/missing',
    reason: 'the chapter has no front matter',
    fix: 'start the file with a block between two lines of ---, giving at least title: (see "Writing chapters" in README.md)',
  }),
  frontMatterSyntax: (detail: string): MessageText => ({
    ruleId: 'front-matter/syntax',
    reason: `the front matter cannot be read as YAML: ${detail}`,
    fix: 'check the indentation, the colons and the quotes at this place',
  }),
  frontMatterNotMapping: (): MessageText => ({
    ruleId: 'front-matter/syntax',
    reason: 'the front matter must be a list of key: value lines',
    fix: 'write one key: value per line, such as title: Regional initiatives',
  }),
  frontMatterUnknownKey: (key: string, allowed: readonly string[], suggestion: string | undefined): MessageText => ({
    ruleId: 'front-matter/unknown-key',
    reason: `${key} is not a front matter key vdr knows`,
    fix: meant(suggestion, `remove it, or use one of: ${list(allowed, 12)}`),
  }),
  frontMatterMissingTitle: (): MessageText => ({
    ruleId: 'front-matter/title',
    reason: 'the chapter has no title',
    fix: 'add a line title: with the chapter\'s title',
  }),
  frontMatterValue: (key: string, expected: string): MessageText => ({
    ruleId: 'front-matter/value',
    reason: `${key} has a value vdr cannot use`,
    fix: `write ${expected}`,
  }),
  duplicateChapterId: (id: string, first: string): MessageText => ({
    ruleId: 'content/duplicate-id',
    reason: `the id ${id} is already used by ${first}`,
    fix: 'give each chapter, figure and table its own id',
  }),

  // Directives
  unknownDirective: (name: string, form: string, suggestion: string | undefined, known: readonly string[]): MessageText => ({
    ruleId: 'content/unknown-directive',
    reason: `${form}${name} is not a directive vdr knows`,
    fix: meant(
      suggestion && `${form}${suggestion}`,
      form === ':'
        ? `use one of ${list(known, 12)}; if the colon belongs to the text (as in "Note:${name}"), put a space after it or write \\: instead`
        : `use one of ${list(known, 12)}`,
    ),
  }),
  directiveForm: (name: string, written: string, expected: string): MessageText => ({
    ruleId: 'content/directive-form',
    reason: `${name} is written as ${written}, but it is ${expected === '::' ? 'a block, on a line of its own' : expected === ':' ? 'a value inside a sentence' : 'a container that holds a block and is closed by :::'}`,
    fix: `write it as ${expected}${name}[...]{...}${expected === ':::' ? ', with its content on the lines below and ::: on a line after it' : ''}`,
  }),
  unknownAttribute: (attribute: string, directive: string, allowed: readonly string[], suggestion: string | undefined): MessageText => ({
    ruleId: 'content/unknown-attribute',
    reason: `${directive} has no attribute ${attribute}`,
    fix: meant(suggestion, allowed.length > 0 ? `remove it, or use one of: ${list(allowed, 12)}` : 'remove it'),
  }),
  missingAttribute: (attribute: string, directive: string, expected: string): MessageText => ({
    ruleId: 'content/missing-attribute',
    reason: `${directive} needs the attribute ${attribute}`,
    fix: `add ${attribute}= inside the { }, with ${expected}`,
  }),
  attributeValue: (attribute: string, allowed: readonly string[], suggestion: string | undefined): MessageText => ({
    ruleId: 'content/attribute-value',
    reason: `${attribute} is not one of the values it may take`,
    fix: meant(suggestion, `write one of: ${list(allowed, 12)}${allowed.some((a) => a.includes(' ')) ? ' (in double quotes when the value has a space)' : ''}`),
  }),
  attributeNumber: (attribute: string, expected: string): MessageText => ({
    ruleId: 'content/attribute-value',
    reason: `${attribute} must be ${expected}`,
    fix: `write ${expected}`,
  }),
  missingLabel: (directive: string, what: string): MessageText => ({
    ruleId: 'content/missing-title',
    reason: `${directive} has no ${what}`,
    fix: `write the ${what} in square brackets after the name: ${directive}[...]{...}`,
  }),
  badId: (): MessageText => ({
    ruleId: 'content/id',
    reason: 'an id may hold only lower-case letters, digits and single hyphens, and starts with a letter',
    fix: 'write an id such as fig-heroin-seizures',
  }),
  duplicateId: (id: string, first: string): MessageText => ({
    ruleId: 'content/duplicate-id',
    reason: `the id ${id} is already used (${first})`,
    fix: 'give each chapter, figure and table its own id',
  }),
  unknownKind: (kind: string, allowed: readonly string[], suggestion: string | undefined): MessageText => ({
    ruleId: 'content/unknown-chart-kind',
    reason: `there is no chart kind ${kind}`,
    fix: meant(suggestion, `write kind= with one of: ${list(allowed, 12)}; or write a custom chart as a :::vega-lite block`),
  }),
  unknownIndicator: (suggestion: string | undefined): MessageText => ({
    ruleId: 'content/unknown-indicator',
    reason: 'indicator is not in data/indicators.yaml',
    fix: meant(suggestion, 'use an indicator id from data/indicators.yaml'),
  }),
  unknownEntity: (suggestion: string | undefined, groups: readonly string[]): MessageText => ({
    ruleId: 'content/unknown-entity',
    reason: 'entity is not a partner country\'s ISO code, a partner organization\'s acronym or a group',
    fix: meant(
      suggestion,
      `use an ISO code from data/reference/countries.csv, an acronym from data/reference/organizations.csv, or one of: ${list(groups, 12)}`,
    ),
  }),
  wrongEntityType: (indicator: string, reportedBy: 'country' | 'organization'): MessageText => ({
    ruleId: 'content/wrong-entity',
    reason:
      reportedBy === 'country'
        ? `${indicator} is reported by partner countries, so it has figures for each partner country and for groups of them, not for an organization`
        : `${indicator} is reported by partner organizations, so it has figures for each organization and for all of them together, not for countries or regions`,
    fix: reportedBy === 'country' ? 'use a partner country\'s ISO code, all, a region, RP ANC or RP SEE' : 'use an organization\'s acronym, or all',
  }),
  groupInList: (): MessageText => ({
    ruleId: 'content/unknown-entity',
    reason: 'a list of entities takes the codes of countries or organizations, not a group',
    fix: 'list ISO codes or acronyms, separated by spaces, such as entities="AFG IRN PAK"; leave the attribute out for every entity',
  }),
  unknownField: (suggestion: string | undefined, allowed: readonly string[]): MessageText => ({
    ruleId: 'content/unknown-field',
    reason: 'field is not a figure vdr computes',
    fix: meant(suggestion, `write one of: ${list(allowed, 20)}`),
  }),
  fieldNeedsGroup: (field: string): MessageText => ({
    ruleId: 'content/field-needs-group',
    reason: `${field} counts entities, so it needs a group (all, a region, RP ANC or RP SEE), not one entity`,
    fix: 'write entity=all (or leave entity out), or a region or programme',
  }),
  metricNotAvailable: (): MessageText => ({
    ruleId: 'content/metric-not-available',
    reason: 'this figure cannot be computed from the data (the report shows n/a)',
    fix: 'check that the entity reported the figures this needs, or choose another field or entity',
  }),
  unknownFact: (suggestion: string | undefined, allowed: readonly string[]): MessageText => ({
    ruleId: 'content/unknown-fact',
    reason: 'name is not a fact vdr counts',
    fix: meant(suggestion, `write one of: ${list(allowed, 12)}`),
  }),
  unknownPillar: (allowed: readonly string[]): MessageText => ({
    ruleId: 'content/unknown-pillar',
    reason: 'pillar is not one of the pillars of the Vienna Declaration',
    fix: `write one of: ${list(allowed, 12)}`,
  }),
  unknownRef: (suggestion: string | undefined): MessageText => ({
    ruleId: 'content/unknown-reference',
    reason: 'the reference names no chapter, section, figure, table or annex of the report',
    fix: meant(suggestion && `#${suggestion}`, 'use the id of a chapter (its front matter id), a figure or table (its #id), a section (its heading in lower case with hyphens) or an annex'),
  }),
  missingRefId: (): MessageText => ({
    ruleId: 'content/missing-reference',
    reason: 'the reference names nothing',
    fix: 'write the id it points to after a #, such as :ref{#fig-heroin}',
  }),
  vegaLiteShape: (): MessageText => ({
    ruleId: 'content/vega-lite-block',
    reason: 'a :::vega-lite block must hold exactly one ```json code block and nothing else',
    fix: 'put the Vega-Lite specification in one ```json fenced block between :::vega-lite[Title]{#id} and :::',
  }),
  headingLevel: (): MessageText => ({
    ruleId: 'content/heading-level',
    reason: 'the chapter title comes from the front matter, so a heading with one # would be a second chapter title (it is shown as a section)',
    fix: 'start the chapter\'s sections at ## (and their subsections at ###)',
  }),

  // UN document symbols
  unknownSymbol: (): MessageText => ({
    ruleId: 'content/unknown-symbol',
    reason: 'this United Nations document symbol has no entry in content/references.yaml, so the references list cannot give its title',
    fix: 'add the symbol and its title to content/references.yaml (or correct the symbol)',
  }),
  referencesSyntax: (detail: string): MessageText => ({
    ruleId: 'references/syntax',
    reason: `content/references.yaml cannot be read: ${detail}`,
    fix: 'write a list of entries, each with symbol: and title: (see the file\'s first lines)',
  }),

  // Raw HTML
  unsafeElement: (tag: string): MessageText => ({
    ruleId: 'content/unsafe-html',
    reason: `raw HTML <${tag}> is not allowed in a report (it could run code, load something from outside the report or open a frame), so it is removed`,
    fix: 'remove it; write the content in Markdown (a chart as ::chart, a table as a Markdown table)',
  }),
  unsafeAttribute: (attribute: string, tag: string): MessageText => ({
    ruleId: 'content/unsafe-html',
    reason: `the attribute ${attribute} on <${tag}> would run code, so it is removed`,
    fix: 'remove the attribute',
  }),
  unsafeUrl: (attribute: string, tag: string): MessageText => ({
    ruleId: 'content/unsafe-url',
    reason: `the ${attribute} of <${tag}> uses a kind of address a report may not hold (such as javascript: or data:), so it is removed`,
    fix: 'link only to http, https or mailto addresses, or to a place in the report with #id',
  }),
  remoteResource: (attribute: string, tag: string): MessageText => ({
    ruleId: 'content/remote-resource',
    reason: `the ${attribute} of <${tag}> would load something from outside the report, which must open offline as one file, so it is removed`,
    fix: 'remove it; draw figures with ::chart, and put images in as data: URLs of PNG, JPEG, GIF or WebP if they are really needed',
  }),
  reservedAttribute: (tag: string): MessageText => ({
    ruleId: 'content/unsafe-html',
    reason: `data-vdr-slot on <${tag}> is reserved for what vdr itself generates, so it is removed`,
    fix: 'remove the attribute',
  }),
  labelHtml: (directive: string): MessageText => ({
    ruleId: 'content/label-html',
    reason: `the text in [ ] of ${directive} is plain text (a title or a caption), so the HTML in it is left out`,
    fix: 'write the title without HTML; Markdown emphasis is kept as plain text too',
  }),
  remoteStyle: (tag: string): MessageText => ({
    ruleId: 'content/remote-resource',
    reason: `the style on <${tag}> is not allowed (styles may load from outside the report and change its layout), so it is removed`,
    fix: 'remove the style; the report has one stylesheet',
  }),

  // :trend, the direction of a change
  trendNotAvailable: (missing: 'baseline' | 'current' | 'previous' | 'previous-edition' | 'any', indicator: string, entity: string, year: number): MessageText => ({
    ruleId: 'content/trend-not-available',
    reason: `the direction of this change cannot be stated, because ${
      missing === 'baseline'
        ? `${entity} has no baseline figure for ${indicator}`
        : missing === 'current'
          ? `${entity} has no figure for ${indicator} after the baseline`
          : missing === 'previous'
            ? `${entity} had no figure for ${indicator} in the ${year} edition`
            : missing === 'previous-edition'
              ? 'this edition has no previous edition to compare with'
              : `${entity} reported no figure for ${indicator} up to ${year}`
    } (the report shows n/a)`,
    fix:
      missing === 'previous-edition'
        ? 'write since=baseline (or leave since out), or name the edition to compare with under previous: in edition.yaml'
        : 'check that the entity reported the figures the change needs (vdr explain INDICATOR ENTITY lists them), or write about another entity or indicator',
  }),
  trendNotComparable: (indicator: string): MessageText => ({
    ruleId: 'content/trend-not-comparable',
    reason: `this change crosses a series break in ${indicator} (a row flagged break), so it has no direction the report can state`,
    fix: 'describe the change without a direction, naming the break; or, if the series may be compared across it, set compare_across_breaks: true for the indicator in data/indicators.yaml',
  }),

  // The prose check (prose.ts)
  typedNumber: (): MessageText => ({
    ruleId: 'content/typed-number',
    reason: 'this number is typed by hand, so it will not follow the data when they change',
    fix: 'take the figure from the data with :metric{indicator=ID entity=CODE field=FIELD} or :fact{name=NAME}, or rephrase without it (years, ordinals such as 26th, dates, document symbols and numbers after words such as resolution, article or paragraph are not counted; see "Writing chapters" in README.md)',
  }),
  typedCrossReference: (): MessageText => ({
    ruleId: 'content/typed-number',
    reason: 'this number of a figure, table, chapter, section or annex is typed by hand, so it will be wrong when the report is renumbered',
    fix: 'write the reference as :ref{#id}, which prints the label and number and links to it',
  }),
  directionContradicted: (
    word: string,
    figures: { indicator: string; entity: string; code: string; id: string; from: string; to: string; change: string; previous: number | undefined },
  ): MessageText => ({
    ruleId: 'content/direction-contradicted',
    reason: `"${word}" contradicts the figures it is written with: ${figures.indicator} (${figures.entity}) went from ${figures.from} to ${figures.to}, ${figures.change}, ${
      figures.previous === undefined ? 'from the baseline to the current figure' : `since the ${figures.previous} edition`
    }`,
    fix: `write :trend{indicator=${figures.id} entity=${/\s/.test(figures.code) ? `"${figures.code}"` : figures.code}${figures.previous === undefined ? '' : ' since=previous'}} in place of "${word}" (with form=noun for a noun such as "a rise"), so that the word follows the data`,
  }),
} as const;
