/**
 * The report's words in Arabic, in the usage of the United Nations' Arabic documents: مكتب الأمم
 * المتحدة المعني بالمخدرات والجريمة (UNODC, written out as UN Arabic documents write it), مبادرة
 * ميثاق باريس، إعلان فيينا، فريق الخبراء العامل، لجنة المخدرات، السلائف، خط الأساس؛ the Arabic
 * comma ، and semicolon ؛, and "في المائة" for per cent. Written right to left; the HTML isolates
 * the Latin codes and numbers inside it, so no bidi control is written here.
 * Numbers come printed as Intl writes them for 'ar' (Western digits "1,020.5" by default, as UN
 * Arabic documents write them; Arabic-Indic "١٬٠٢٠٫٥" where an edition asks for them), and every
 * noun after a count takes the form of Arabic's plural categories by Intl.PluralRules: one and two
 * are written in words without the digit ("خطأ واحد", "خطآن"), 3 to 10 take the plural ("3 أخطاء"),
 * 11 to 99 the singular in the accusative ("11 خطأً"), 0, 100 and above the singular ("100 خطأ").
 * Where a count is a figure of the report, it is set apart ("وعددها 58") so that no word has to
 * agree with it. A sample translation, not edited by United Nations translation services.
 */
import { pluralCategory } from './plural.js';
import type { UnitWords, Words } from './strings.js';

/** The plural category of a count, a number or as Intl printed it for this language (plural.ts). */
export const pluralOf = pluralCategory('ar');

/**
 * A noun's forms after a count. One and two are written in words, without the digit, and the
 * dual takes the case of its place in the sentence: nominative (-ان) or oblique (-ين).
 */
interface Noun {
  one: string;
  two: { nominative: string; oblique: string };
  /** 3 to 10: the plural. */
  few: string;
  /** 11 to 99: the singular, accusative. */
  many: string;
  /** 0, 100 and above, fractions: the singular. */
  other: string;
}

type Case = keyof Noun['two'];

/**
 * A count and its noun: "فصل واحد", "فصلان", "3 فصول", "11 فصلاً", "100 فصل".
 *
 * @param count
 *   The count, printed or not.
 * @param noun
 *   The noun's forms.
 * @param grammaticalCase
 *   The case of the count's place in the sentence, which the dual shows.
 */
function counted(count: string | number, noun: Noun, grammaticalCase: Case): string {
  switch (pluralOf(count)) {
    case 'one':
      return noun.one;
    case 'two':
      return noun.two[grammaticalCase];
    case 'few':
      return `${count} ${noun.few}`;
    case 'many':
      return `${count} ${noun.many}`;
    default:
      return `${count} ${noun.other}`;
  }
}

const FIGURES: Noun = { one: 'رقم واحد', two: { nominative: 'رقمان', oblique: 'رقمين' }, few: 'أرقام', many: 'رقماً', other: 'رقم' };
const OTHER_FIGURES: Noun = {
  one: 'رقم آخر',
  two: { nominative: 'رقمان آخران', oblique: 'رقمين آخرين' },
  few: 'أرقام أخرى',
  many: 'رقماً آخر',
  other: 'رقم آخر',
};
const PARAGRAPHS: Noun = { one: 'فقرة واحدة', two: { nominative: 'فقرتان', oblique: 'فقرتين' }, few: 'فقرات', many: 'فقرة', other: 'فقرة' };
const CHAPTERS: Noun = { one: 'فصل واحد', two: { nominative: 'فصلان', oblique: 'فصلين' }, few: 'فصول', many: 'فصلاً', other: 'فصل' };
const ERRORS: Noun = { one: 'خطأ واحد', two: { nominative: 'خطآن', oblique: 'خطأين' }, few: 'أخطاء', many: 'خطأً', other: 'خطأ' };
const WARNINGS: Noun = { one: 'تحذير واحد', two: { nominative: 'تحذيران', oblique: 'تحذيرين' }, few: 'تحذيرات', many: 'تحذيراً', other: 'تحذير' };
const YEARS: Noun = { one: 'سنة واحدة', two: { nominative: 'سنتان', oblique: 'سنتين' }, few: 'سنوات', many: 'سنة', other: 'سنة' };

/**
 * A unit after a figure. A figure keeps its digits whatever its value (it may carry a sign or
 * decimals), so one and two take the singular, as a unit of measure does: "1 يوم", "3 أيام",
 * "48 يوماً", "100 يوم".
 */
const inflected =
  (singular: string, plural: string, accusative: string): UnitWords =>
  (n, category) =>
    `${n} ${category === 'few' ? plural : category === 'many' ? accusative : singular}`;

const LIST = new Intl.ListFormat('ar', { type: 'conjunction' });

/** "أ", "أ وب", "أ وب وج": Arabic joins و to the word after it. */
const joinWords = (words: readonly string[]): string => LIST.format(words);

/** A text in the quotation marks of UN Arabic documents. */
const quoted = (text: string): string => `"${text}"`;

/** The pillars' numbers as Arabic ordinals, as UN Arabic documents write them ("الركيزة الأولى"). */
const PILLAR_ORDINALS: Readonly<Record<string, string>> = {
  I: 'الأولى',
  II: 'الثانية',
  III: 'الثالثة',
  IV: 'الرابعة',
  V: 'الخامسة',
  VI: 'السادسة',
  VII: 'السابعة',
  VIII: 'الثامنة',
  IX: 'التاسعة',
  X: 'العاشرة',
};

/**
 * Every form of the words the prose check reads, as they are written in a sentence: Arabic joins
 * و (and), ف (so), ب (by), ل (for) and ك (as) to the word after them, and ل + ال is written لل.
 *
 * @param words
 *   The words, separated by spaces.
 */
function joined(words: string): string[] {
  const prefixes = ['', 'و', 'ف', 'ب', 'ل', 'ك', 'وب', 'ول', 'فب', 'فل'];
  return words.split(' ').flatMap((word) => prefixes.map((p) => (p.endsWith('ل') && word.startsWith('ال') ? `${p}ل${word.slice(2)}` : p + word)));
}

/**
 * A noun alone and with the article, in its written forms: "ارتفاع", "الارتفاع", "ارتفاعاً" (the
 * accusative, with its mark before or after the alif, or none).
 *
 * @param nouns
 *   The nouns, separated by spaces.
 */
function nounForms(nouns: string): string {
  return nouns
    .split(' ')
    .flatMap((noun) => [noun, `ال${noun}`, ...(noun.endsWith('ة') ? [] : [`${noun}ا`, `${noun}اً`, `${noun}ًا`])])
    .join(' ');
}

export const ar: Words = {
  lang: 'ar',
  locale: 'ar',
  dir: 'rtl',
  languageName: 'العربية',

  otherLanguages: 'هذا التقرير بلغات أخرى',
  notTranslated: (source) => `لم يُترجَم هذا الفصل، ويرد باللغة الأصلية (${source}).`,
  staleTranslation: 'ترجمة غير محدَّثة: تغيّر النص الأصلي لهذه الفقرة بعد ترجمتها.',
  sampleTranslation: 'ترجمة أُعدَّت لأغراض النموذج، ولم تحرّرها دوائر الترجمة في الأمم المتحدة.',
  namesFromCldr: 'أسماء البلدان غير الواردة في البيانات المرجعية للمشروع مأخوذة من مستودع Unicode CLDR، وليست من مصطلحات الأمم المتحدة.',

  chapter: (n) => `الفصل ${n}`,
  section: (n) => `الفرع ${n}`,
  figure: (n) => `الشكل ${n}`,
  table: (n) => `الجدول ${n}`,
  annex: (n) => `المرفق ${n}`,
  captioned: (label, title) => `${label}: ${title}`,

  // The written-out names carry their own article ("البرنامج الإقليمي..."), which is right after a
  // preposition and in a construct ("بلدان البرنامج الإقليمي..."): Arabic adds nothing before them.
  acronymLead: () => '',

  // The Arabic semicolon ؛; the parentheses are the ones every script uses, which a right-to-left line mirrors.
  parenthesis: { open: ' (', close: ')' },
  listSeparator: '؛ ',
  withNotes: (text, notes) => `${text} (${notes.join('؛ ')})`,

  pageNumber: 'الصفحة {page} من {pages}',

  pageReference: '(الصفحة {page})',

  whatChanged: {
    title: 'التغييرات',
    summary: (figures, paragraphs, chapters) =>
      `الاختلافات: ${counted(figures, FIGURES, 'nominative')} و${counted(paragraphs, PARAGRAPHS, 'nominative')}، في ${counted(chapters, CHAPTERS, 'oblique')}.`,
    nothing: 'لا تغييرات: كل الأرقام وكل الفقرات على حالها.',
    allPartnerFigures: 'الأرقام الخاصة بجميع الشركاء',
    otherFigures: (figures) => `${counted(figures, OTHER_FIGURES, 'nominative')} بشأن البلدان والمنظمات والمناطق والبرامج`,
    columns: { field: 'المقياس', old: 'قبل', new: 'الآن' },
    added: 'مضاف',
    removed: 'محذوف',
    changed: 'معدَّل',
    line: (line) => `السطر ${line}`,
    chapterSummary: (added, removed, changed) => `المضاف: ${added}؛ المحذوف: ${removed}؛ المعدَّل: ${changed}`,
    measures: {
      baseline: 'خط الأساس',
      current: 'الرقم الحالي',
      change: 'التغير',
      relative_change: 'التغير النسبي',
      status: 'الحالة',
      coverage: 'التغطية',
    },
    none: 'لا يوجد',
    figureAdded: 'جديد',
    figureRemoved: 'لم يعد يُحسب',
    sexed: (entity, sex) => `${entity}، ${sex === 'female' ? 'الإناث' : 'الذكور'}`,
    coverage: (ofTotal, withBaseline, withCurrent) => `${ofTotal} لديها الرقمان كلاهما (${withBaseline} لديها خط أساس، و${withCurrent} لديها رقم حالي)`,
    figuresHeading: 'الأرقام',
    textHeading: 'النص',
    wholeParagraphsShortened: 'في النسخة المطبوعة، تُعرض الأسطر الثلاثة الأولى فقط من الفقرة المضافة أو المحذوفة بكاملها؛ ويعرضها تقرير HTML كاملة.',
    oldLine: (line) => `السطر ${line} سابقاً`,
    chapterAdded: 'فصل جديد',
    chapterRemoved: 'فصل محذوف',
    otherFiguresNotPrinted: (figures) => {
      const where = 'في تقرير HTML وفي ناتج الأمر vdr diff';
      switch (pluralOf(figures)) {
        case 'one':
          return `يرد ${where} رقم آخر يخص البلدان والمنظمات والمناطق والبرامج، ولا يُطبع.`;
        case 'two':
          return `يرد ${where} رقمان آخران يخصان البلدان والمنظمات والمناطق والبرامج، ولا يُطبعان.`;
        default:
          return `ترد ${where} الأرقام الأخرى الخاصة بالبلدان والمنظمات والمناطق والبرامج، وعددها ${figures}، ولا تُطبع.`;
      }
    },
    insertedMark: 'مُدرج:',
    deletedMark: 'محذوف:',
  },

  contents: 'المحتويات',
  listOfFigures: 'قائمة الأشكال',
  listOfTables: 'قائمة الجداول',
  glossary: 'المختصرات',
  glossaryIntro: 'المختصرات المستخدمة في هذا التقرير. ويُكتب كل منها بالكامل حيث يرد في التقرير لأول مرة.',
  references: 'المراجع',
  referencesIntro: 'وثائق الأمم المتحدة المستشهد بها في هذا التقرير، مرتبة حسب الرمز.',
  footnotes: 'الحواشي',
  footnoteBack: (reference) => `العودة إلى نص الحاشية ${reference}`,
  skipToContent: 'الانتقال إلى التقرير',
  navigation: 'محتويات التقرير',
  navigationToggle: 'المحتويات',
  figuresBehindChart: 'الأرقام التي يستند إليها الشكل',
  mapAsList: 'الخريطة في شكل قائمة',
  mapListGroup: (label, count) => `${label} (${count})`,
  sourceNote: (source) => `المصدر: ${source}${/[.!?؟]$/.test(source) ? '' : '.'}`,
  tableSourcesLink: 'مصادر هذه الأرقام',
  dataDownload: 'تنزيل البيانات (CSV)',
  dataDownloadAll: 'تنزيل بيانات جميع الأشكال والجداول (CSV)',
  scrollableFigure: (label) => `${label}، رسم بياني`,
  authorTable: 'جدول',
  onlineDocument: (symbol) => `الوثيقة ${symbol} في نظام الوثائق الرسمية للأمم المتحدة`,

  coverOrganization: 'مكتب الأمم المتحدة المعني بالمخدرات والجريمة',
  coverInitiative: 'مبادرة ميثاق باريس',
  coverEdition: (year, status) => (status === 'baseline' ? `${year}: إصدار خط الأساس` : `${year}: التقدم المحرز مقارنةً بخط الأساس`),
  illustrativeNote:
    'أرقام المؤشرات الواردة في هذا الإصدار أرقام توضيحية: فقد أُنتجت لأغراض العرض، ولم يُبلغ عنها الشركاء. أما البيانات المرجعية (البلدان الشريكة والمنظمات الشريكة والركائز واجتماعات أفرقة الخبراء العاملة) فهي بيانات حقيقية.',
  kinds: {
    reported: () => 'أبلغ عنها الشركاء',
    compiled: (source) => `جُمعت من ${source ?? 'مصدر عام'}`,
    estimated: () => 'تقديرية',
    illustrative: () => 'توضيحية (أُنتجت لأغراض العرض، ولم يُبلغ عنها الشركاء)',
  },
  figuresNote: (kinds) =>
    kinds.length === 1
      ? `أرقام المؤشرات الواردة في هذا الإصدار أرقام ${kinds[0]}.`
      : `أرقام المؤشرات الواردة في هذا الإصدار من أنواع عدة (${kinds.length}): ${joinWords(kinds)}. ويبيّن كل شكل وكل جدول نوع الأرقام التي يعرضها.`,
  figuresAre: (kinds) => `أرقام ${joinWords(kinds)}.`,
  draftMark: 'مشروع',

  draftBannerTitle: 'مشروع: ليس للتوزيع',
  draftBannerIntro: (errors, warnings) =>
    `في بيانات هذا المشروع ومحتواه ${counted(errors, ERRORS, 'nominative')} و${counted(warnings, WARNINGS, 'nominative')}. ولا يمكن إنتاج نسخة نهائية قبل تصحيح الأخطاء.`,
  draftBannerNone: 'لم يُعثر على أي مشكلة في البيانات أو في المحتوى.',
  draftBannerList: (count) => {
    switch (pluralOf(count)) {
      case 'one':
        return 'المشكلة، مع بيان موضعها وطريقة تصحيحها';
      case 'two':
        return 'المشكلتان، حسب الملف، مع بيان موضع كل منهما وطريقة تصحيحها';
      default:
        return `المشاكل، وعددها ${count}، حسب الملف، مع بيان موضع كل منها وطريقة تصحيحها`;
    }
  },
  draftChapter: 'هذا الفصل معلَّم بوصفه مشروعاً.',
  buildStamp: ({ edition, commit, dataFingerprint, buildTime }) =>
    `الإصدار ${edition}، أُنتج في ${buildTime}${commit ? ` من الإيداع ${commit}` : ''}؛ بصمة البيانات ${dataFingerprint}.`,
  severity: { error: 'خطأ', warning: 'تحذير' },
  fixLabel: 'التصحيح:',
  contentErrorInline: (problem, place) => `[مشكلة${place ? ` في السطر ${place.line}، العمود ${place.column}` : ''}: ${problem}]`,
  chartMissing: (id) => `[لم يُرسم الشكل ${id}]`,

  chartDescriptions: {
    'baseline-current': (indicator) => `${indicator}: خط الأساس والرقم الحالي لكل كيان مبلِّغ.`,
    'time-series': (indicator) => `${indicator}: الأرقام السنوية لكل كيان، في شكل صغير لكل كيان.`,
    'status-by-pillar': () => 'عدد الأرقام التي تحسنت أو تدهورت أو بقيت دون تغيير منذ خط الأساس.',
    'partner-map': (indicator) => (indicator ? `خريطة البلدان الشريكة، ملوَّنة حسب حالة مؤشر ${quoted(indicator)}.` : 'خريطة البلدان الشريكة، ملوَّنة حسب البرنامج ذي الأولوية.'),
    'coverage-grid': () => 'البلدان الشريكة التي أبلغت عن كل مؤشر: مبلَّغ عنه أو تقديري أو ناقص.',
    'ewg-timeline': () => 'اجتماعات أفرقة الخبراء العاملة على مر الزمن، حسب الركيزة.',
  },

  notAvailable: 'غير متاح',
  latestAvailable: (year) => `آخر رقم متاح: ${year}`,
  baselineFrom: (year) => `خط الأساس من عام ${year}`,
  aggregateYears: (edition, span, includesEdition) => (includesEdition ? `${edition} أو آخر سنة متاحة، ${span}` : `آخر سنة متاحة، ${span}`),
  aggregateCoverage: (count, total, reporters) => `${count} من أصل ${total} من ${reporters}`,
  seriesBreak: (year, note) => (note ? `انقطاع في السلسلة في عام ${year}: ${note}` : `انقطاع في السلسلة في عام ${year}`),
  ofTotal: (count, total) => `${count} من أصل ${total}`,
  units: {
    kg: (n) => `${n} كغ`,
    days: inflected('يوم', 'أيام', 'يوماً'),
    count: (n) => n,
    percent: (n) => `${n} في المائة`,
  },
  percentagePoints: inflected('نقطة مئوية', 'نقاط مئوية', 'نقطة مئوية'),
  percent: (n) => `${n} في المائة`,
  statuses: {
    improved: 'تحسّن',
    worsened: 'تدهور',
    unchanged: 'دون تغيير',
    changed: 'تغيّر (مؤشر محايد)',
    'not-comparable': 'غير قابل للمقارنة (انقطاع في السلسلة)',
    'no-baseline': 'لا يوجد خط أساس',
    'no-current-data': 'لا توجد بيانات حالية',
    'not-reported': 'لم يُبلَّغ عنه',
  },
  flags: { estimate: 'تقدير', provisional: 'مؤقت', break: 'انقطاع في السلسلة' },
  allPartners: 'جميع الشركاء',
  yes: 'نعم',
  no: 'لا',

  fields: {
    baseline: 'خط الأساس',
    current: 'الرقم الحالي',
    change: 'التغير منذ خط الأساس',
    relative_change: 'التغير النسبي منذ خط الأساس',
    annualised_change: 'التغير السنوي',
    target_progress: 'التقدم نحو الهدف',
    change_since_previous: 'التغير منذ الإصدار السابق',
    baseline_year: 'سنة خط الأساس',
    current_year: 'سنة الرقم الحالي',
    status: 'الحالة',
    coverage: 'التغطية',
    statusCount: (status) => `الكيانات التي حالتها ${quoted(status)}`,
  },

  columns: {
    entity: 'الكيان المبلِّغ',
    indicator: 'المؤشر',
    group: 'المجموعة',
    baseline: (year) => `خط الأساس (${year})`,
    current: (year) => `الرقم الحالي (${year})`,
    change: 'التغير',
    relativeChange: 'التغير النسبي',
    status: 'الحالة',
    coverage: 'التغطية',
  },
  coverageNote: 'التغطية: الكيانات التي أبلغت عن خط أساس وعن رقم حالي معاً، من بين الكيانات المتوقع أن تُبلغ.',
  aggregateYearsNote: (edition) =>
    `السنوات الواردة بين قوسين بعد رقمٍ ما: السنوات التي تعود إليها أرقام الشركاء، حيث لا تعود كلها إلى سنة العمود (الرقم الحالي هو رقم عام ${edition} أو آخر رقم متاح قبله).`,
  notReportedNote: (names, edition) => `لم يُبلَّغ عنها (لا رقم حتى عام ${edition}): ${joinWords(names)}.`,

  annexes: {
    partnerCountries: 'البلدان الشريكة',
    partnerCountriesIntro: (n) => `البلدان الشريكة في مبادرة ميثاق باريس، وعددها ${n}، مع مناطقها (وفق المعيار M49 للأمم المتحدة) وبرامجها ذات الأولوية.`,
    partnerOrganizations: 'المنظمات الشريكة',
    partnerOrganizationsIntro: (n) => `المنظمات الشريكة في مبادرة ميثاق باريس، وعددها ${n}.`,
    ewgMeetings: 'اجتماعات أفرقة الخبراء العاملة',
    ewgMeetingsIntro: (n) => `اجتماعات أفرقة الخبراء العاملة المعقودة حتى سنة هذا الإصدار، وعددها ${n}، والركائز التي خدمتها.`,
    methodology: 'المنهجية',
    methodologyIntro: 'كيفية تعريف كل مؤشر والإبلاغ عنه وتجميعه والحكم على تغيره. والفهرس هو الملف data/indicators.yaml.',
    dataTables: 'جداول البيانات',
    dataTablesIntro:
      'كل مؤشر مجمَّعاً لجميع الشركاء ولبلدان كل برنامج إقليمي، وفق قاعدة التجميع الخاصة بالمؤشر، على أساس الكيانات التي أبلغت عن خط أساس وعن رقم حالي معاً.',
    dataTableCaption: (pillar) => `${pillar}: المؤشرات الخاصة بجميع الشركاء وبالبرامج الإقليمية`,
    sources: 'مصادر الأرقام',
    sourcesIntro:
      'يرتبط كل رقم مطبوع في النص بمدخله هنا: المؤشر، والكيان المبلِّغ، والرقم وسنواته، والملف والسطر لكل ملاحظة حُسب منها.',
    sourcesPrintNote:
      'لا ترد هذه القائمة في النسخة المطبوعة. وتعرضها نسخة HTML من هذا التقرير كاملة، مع ربط كل رقم بمدخله، ويعرض الملف metrics.json المعلومات نفسها لكل رقم؛ ويبيّن الأمر vdr explain INDICATOR ENTITY طريقة حساب أي رقم.',
    sourcesFiles: 'الأرقام مأخوذة من ملفات الملاحظات التالية:',
    sourcesIllustrative: 'ملفات الملاحظات في هذا الإصدار بيانات نموذجية توضيحية، وليست أرقاماً أبلغ عنها الشركاء.',
  },
  countryColumns: { name: 'البلد', iso3: 'رمز ISO', region: 'المنطقة', subregion: 'المنطقة الفرعية', partnerSince: 'شريك منذ', programme: 'البرنامج ذو الأولوية' },
  organizationColumns: { acronym: 'المختصر', name: 'الاسم', partnerSince: 'شريك منذ' },
  ewgColumns: { number: 'الرقم', topic: 'الموضوع', host: 'الجهة المضيفة', city: 'المدينة', country: 'البلد', date: 'التاريخ', trifold: 'اجتماع ثلاثي', pillars: 'الركائز' },
  partnerSince: { original: 'شريك منذ البداية', 'third-ministerial-2012': 'المؤتمر الوزاري الثالث (2012)' },
  programme: { 'RP ANC': 'RP ANC', 'RP SEE': 'RP SEE', none: 'لا يوجد' },
  pillarTitle: (id, title) => `الركيزة ${PILLAR_ORDINALS[id] ?? id}: ${title}`,
  contextTitle: 'السياق: مؤشرات خارج الركائز',

  methodology: {
    definition: 'التعريف',
    unit: 'الوحدة',
    reportedBy: 'الجهة المبلِّغة',
    direction: 'الاتجاه',
    aggregation: 'التجميع',
    baselineYear: 'سنة خط الأساس',
    baselineFallback: (years) =>
      `؛ وحيث لا يتوفر لدى الشريك رقم لتلك السنة، تُستخدم أقرب سنة في حدود ${counted(years, YEARS, 'oblique')}، مع الإشارة إلى ذلك في الجداول`,
    target: 'الهدف',
    targetValue: (value, year) => `${value} بحلول عام ${year}`,
    noTarget: 'لم يُحدَّد',
    tolerance: 'هامش التفاوت',
    source: 'المصدر',
    aggregateCurrent: 'تأخذ المجاميع',
    aggregateCurrentRule: {
      'latest-available': 'آخر رقم لكل شريك حتى سنة الإصدار',
      'edition-year': 'أرقام سنة الإصدار نفسها فقط',
    },
    breaks: 'الانقطاعات في السلاسل',
    breaksCompared: 'التغير عبر انقطاع في السلسلة يظل يُحكم عليه بالتحسن أو التدهور',
    roundingTitle: 'التقريب',
    roundingRule:
      'تُخزَّن الأرقام دون تقريب، ولا تُقرَّب إلا عند طباعتها، وفق قاعدة واحدة: يُقرَّب المستوى أو التغير، مع تقريب النصف بعيداً عن الصفر، إلى عدد المنازل العشرية الذي يحدده مؤشره (لا منازل عشرية للأعداد)؛ والتغيرات النسبية والسنوية والتقدم نحو الهدف نسب مئوية بمنزلة عشرية واحدة؛ وأعداد الكيانات والسنوات أعداد صحيحة. ويحمل التغير إشارته؛ وتغير النسبة المئوية يُعبَّر عنه بنقاط مئوية. والرقم الذي يتعذر حسابه (كالتغير النسبي انطلاقاً من خط أساس قيمته 0) يُكتب "غير متاح"، ولا يُكتب 0 أبداً.',
    countingTitle: 'قواعد العد',
    countingIntro:
      'تحدد هذه القواعد كل رقم في التقرير. وهي تُطبع من الموضع نفسه في الشيفرة الذي يطبقها، وتُختبر كل منها بمثال محلول.',
    countingRules: {
      baseline: {
        title: 'خط الأساس',
        text: 'خط الأساس هو رقم سنة خط الأساس الخاصة بالمؤشر. وحيث يحدد المؤشر نافذة بديلة من k سنوات ولا يوجد رقم لسنة خط الأساس، يحل محله رقم أقرب سنة في حدود k سنوات (السنة الأبكر عند التساوي)، ويذكر التقرير تلك السنة. ولا يُستخدم أي رقم لاحق لسنة الإصدار.',
      },
      current: {
        title: 'الرقم الحالي',
        text: 'الرقم الحالي هو رقم سنة الإصدار. فإن لم يوجد، فهو آخر رقم بعد سنة خط الأساس (ابتداءً من سنة خط الأساس للشريك الذي ليس لديه خط أساس)، ويوسم بعبارة "آخر رقم متاح" مع ذكر سنته.',
      },
      'only-baseline': {
        title: 'خط الأساس وحده',
        text: 'الشريك الذي لا يعود رقمه الوحيد إلا إلى سنة خط الأساس ليس لديه رقم حالي: فلا يُرحَّل خط الأساس الخاص به، وتكون حالته "لا توجد بيانات حالية". أما في إصدار خط الأساس نفسه، فالرقم الحالي هو خط الأساس والتغير 0.',
      },
      'not-reported': {
        title: 'لم يُبلَّغ عنه',
        text: 'الشريك الذي ليس لديه أي رقم حتى سنة الإصدار حالته "لم يُبلَّغ عنه"؛ والشريك الذي لديه أرقام ولكن ليس لديه رقم لسنة خط الأساس (أو لنافذتها) حالته "لا يوجد خط أساس". وتُظهر الجداول والأشكال والخرائط وأعداد الحالات كلتا الحالتين.',
      },
      change: {
        title: 'التغير',
        text: 'التغير هو الرقم الحالي مطروحاً منه خط الأساس؛ والتغير النسبي هو التغير مقسوماً على القيمة المطلقة لخط الأساس. وانطلاقاً من خط أساس قيمته 0 لا يكون التغير النسبي معرَّفاً (غير متاح)، ويتجاوز أي تغير هامش التفاوت، فيكون الصعود من 0 "تحسّناً" في مؤشر تكون فيه القيمة الأعلى أفضل.',
      },
      status: {
        title: 'الحالة',
        text: 'التغير الذي قيمته 0، أو التغير النسبي الواقع ضمن هامش التفاوت الخاص بالمؤشر (شاملاً حدَّيه)، حالته "دون تغيير". وما يتجاوز ذلك حالته "تحسّن" أو "تدهور" بحسب اتجاه المؤشر، أو "تغيّر (مؤشر محايد)" في المؤشر الذي لا يكون فيه أي من الاتجاهين أفضل.',
      },
      annualised: {
        title: 'التغير السنوي',
        text: 'التغير السنوي هو (الرقم الحالي / خط الأساس) مرفوعاً إلى الأس 1 / (عدد السنوات بينهما)، مطروحاً منه 1، باستخدام السنتين اللتين يعود إليهما الرقمان فعلاً؛ ولا يُحسب إلا إذا كان الرقمان موجبين ومن سنتين مختلفتين.',
      },
      'series-break': {
        title: 'الانقطاعات في السلاسل',
        text: 'الرقم الموسوم بانقطاع في السلسلة يبدأ سلسلة غير قابلة للمقارنة بالسنوات السابقة له. والتغير من خط أساس سابق للانقطاع إلى رقم حالي في سنة الانقطاع أو بعدها يُطبع مع ملاحظة الانقطاع وتكون حالته "غير قابل للمقارنة (انقطاع في السلسلة)"، ما لم ينص المؤشر على أن التغيرات عبر الانقطاعات يظل يُحكم عليها؛ ولا تشمل المجاميع هؤلاء الشركاء.',
      },
      'aggregate-set': {
        title: 'المجاميع والتغطية',
        text: 'تُحسب المجاميع (مجموعاً، أو متوسطاً مرجَّحاً بمقام كل رقم حين يكون لكل رقم مقام، أو وسيطاً، بحسب ما يحدده المؤشر) على أساس المجموعة المتوازنة: أي الشركاء المتوقع أن يُبلغوا الذين لديهم خط أساس ورقم حالي معاً ويكون تغيرهم قابلاً للمقارنة، بحيث يعكس التغير الحركة الفعلية لا تغير الإبلاغ. والتغطية هي حجم هذه المجموعة من بين الشركاء المتوقع أن يُبلغوا (كل البلدان الشريكة للمؤشرات التي تُبلغ عنها البلدان؛ وكل منظمة لها سطر في البيانات للمؤشرات التي تُبلغ عنها المنظمات). وتشمل أعداد الحالات كل الشركاء المتوقع أن يُبلغوا.',
      },
      'aggregate-years': {
        title: 'السنوات التي يستند إليها المجموع',
        text: 'يجمع المجموع الرقم الحالي لكل عضو، وهو آخر رقم متاح حتى سنة الإصدار، ما لم يأخذ المؤشر أرقام سنة الإصدار وحدها. وحين تعود أرقام الأعضاء إلى سنوات عدة، يطبع التقرير مع المجموع الفترة التي تغطيها، مثل "2021 أو آخر سنة متاحة، 2019\u20132021"، وعدد الشركاء المتوقع أن يُبلغوا الذين يشملهم.',
      },
      'aggregate-annualised': {
        title: 'التغير السنوي للمجموع',
        text: 'لا يُحسب التغير السنوي للمجموع إلا إذا كان خط الأساس لكل عضو من سنة خط الأساس والرقم الحالي لكل عضو من سنة الإصدار؛ وإلا فهو غير متاح، لأن أرقامه تمتد على سنوات عدة.',
      },
    },
  },
  unitNames: { kg: 'الكيلوغرامات', count: 'العدد', percent: 'النسبة المئوية', days: 'الأيام' },
  directions: {
    'higher-is-better': 'القيمة الأعلى أفضل',
    'lower-is-better': 'القيمة الأدنى أفضل',
    neutral: 'محايد: التغير ليس إيجابياً ولا سلبياً',
  },
  aggregations: {
    sum: 'المجموع على مستوى الشركاء',
    'weighted-mean': 'المتوسط المرجَّح بمقام كل شريك',
    median: 'الوسيط على مستوى الشركاء',
  },
  reportedBy: { country: 'البلدان الشريكة', organization: 'المنظمات الشريكة' },

  sourceColumns: { entry: 'المدخل', figure: 'الرقم', where: 'الملاحظات المستخدمة' },
  sourceLines: (file, lines, count) => `${file}، ${pluralOf(count) === 'one' ? 'السطر' : 'الأسطر'} ${lines}`,
  sourceReference: (file) => `${file} (بيانات مرجعية)`,
  sourceMetricTitle: (what, entry) => `${what}. مصادر الأرقام، المدخل ${entry}`,
  sourceMetricName: (text, what) => `${text}: ${what}، المصدر`,
  sourceNone: 'لا توجد ملاحظة: الرقم غير متاح',
  sourceTable: (label) => `${label}، حسب الصف`,
  sourceFigure: (label) => label,
  facts: {
    'partner-countries': 'عدد البلدان الشريكة',
    'partner-organizations': 'عدد المنظمات الشريكة',
    pillars: 'عدد ركائز إعلان فيينا',
    indicators: 'عدد المؤشرات في الفهرس',
    'ewg-meetings': 'عدد اجتماعات أفرقة الخبراء العاملة',
    'trifold-meetings': 'عدد الاجتماعات الثلاثية لأفرقة الخبراء العاملة',
    'rp-anc-countries': 'عدد البلدان الشريكة المشمولة بالبرنامج الإقليمي لأفغانستان والبلدان المجاورة',
    'rp-see-countries': 'عدد البلدان الشريكة المشمولة بالبرنامج الإقليمي لجنوب شرق أوروبا',
  },
  factUntil: (what, year) => `${what} حتى عام ${year}`,
  sourceMetric: (indicator, entity, field, years) => `${indicator}، ${entity}: ${field}${years ? ` (${years})` : ''}`,

  // A verb agrees with its subject in Arabic. The verb forms are feminine singular, which is right
  // for a subject before or after them that is a feminine noun or a plural of things ("مضبوطات
  // الهيروين ارتفعت", "التغطية العلاجية انخفضت", "مدة الانتظار الوسيطة تغيرت تغيراً طفيفاً"), as
  // the sample's sentences are written. The noun forms have no case ending, so they fit as a
  // subject and after a preposition ("سُجّل ارتفاع", "مع انخفاض").
  trends: {
    verb: { rise: 'ارتفعت', fall: 'انخفضت', flat: 'تغيرت تغيراً طفيفاً' },
    noun: { rise: 'ارتفاع', fall: 'انخفاض', flat: 'تغير طفيف' },
  },
  trendNotComparable: { verb: 'تعذرت مقارنتها بسبب انقطاع في السلسلة', noun: 'تغير عبر انقطاع في السلسلة' },
  trendTitle: (what, change) => `${what}، ${change}`,

  brief: {
    kicker: 'موجز الشريك',
    documentTitle: (name, report, year) => `${name}: موجز الشريك، ${report} ${year}`,
    edition: (report, year) => `${report}، طبعة ${year}`,
    facts: { type: 'الشريك', code: 'الرمز' },
    types: { country: 'بلد شريك', organization: 'منظمة شريكة' },
    draftNote: 'هذا الموجز مشروع: قد تتغير أرقامه قبل نشر الطبعة. لا يوزَّع.',
    noFigures: (expected, year) =>
      `المؤشرات المتوقع أن يبلغ عنها هذا الشريك: ${expected}. ولا تتضمن البيانات أي رقم لأي منها حتى عام ${year}. وترد أدناه البيانات الناقصة وأي سبب تذكره البيانات.`,
    notExpected:
      'لا تتضمن البيانات أي صف لهذه المنظمة، ولذلك لا يُتوقع منها أن تبلغ عن أي مؤشر في هذه الطبعة (يُتوقع من المنظمة أن تبلغ عن مؤشر عندما تتضمن البيانات صفاً له في أي سنة). ولا يتضمن هذا الموجز أي أرقام.',
    chartCaption: (pillar, name) => `${pillar}: أرقام ${name}`,
    figuresCaption: (pillar, name) => `${pillar}: أرقام كل سنة والتغير منذ خط الأساس والحالة، ${name}`,
    yearsNote: (noRow, marks) => `الأرقام بالوحدة المذكورة مع كل مؤشر؛ رقم خط الأساس داخل إطار والرقم الحالي بخط عريض. ${noRow}: لا تتضمن البيانات صفاً لتلك السنة؛ والصف الذي لا رقم فيه يذكر السبب. العلامات: ${marks}.`,
    noRow: '\u2013',
    withUnit: (title, unit) => `${title} (${unit})`,
    flagMarks: { estimate: 'ت', provisional: 'م', break: 'ق' },
    flagInYear: (flag, year) => `${flag} (${year})`,
    missingReasons: { 'not-reported': 'لم يُبلَّغ عنه', confidential: 'سري', 'not-applicable': 'لا ينطبق', 'not-collected': 'لم يُجمع' },
    yearField: 'الرقم',
    comparison: {
      title: 'المقارنة بالمجاميع',
      intro:
        'كل تغير منذ خط الأساس إلى جانب تغير المجاميع التي ينتمي إليها هذا الشريك. ويُحسب المجموع على مجموعته المتوازنة (الشركاء المتوقع أن يبلغوا ولديهم خط أساس ورقم حالي قابلان للمقارنة)؛ وتغطيته هي حجم تلك المجموعة من بين الشركاء المتوقع أن يبلغوا. وتُقارَن التغيرات نسبةً إلى خط الأساس، وتغيرات النسب المئوية بالنقاط المئوية.',
      caption: (name) => `${name} ومجاميعه: التغير منذ خط الأساس`,
      coverage: (ofTotal) => `التغطية: ${ofTotal}`,
      note: 'المجاميع هي مجاميع مقاييس التقرير (metrics.json)؛ ويسرد مرفق المصادر في التقرير الملاحظات التي يجمعها كل منها.',
    },
    meetings: {
      title: 'اجتماعات أفرقة الخبراء العاملة التي استضافها',
      countryIntro: (name, year) => `الاجتماعات التي عُقدت في ${name} حتى عام ${year} (البلد المذكور في قائمة الاجتماعات)، مع المنظمة المضيفة إن وُجدت.`,
      organizationIntro: (name, year) => `الاجتماعات التي استضافتها ${name} حتى عام ${year} (الجهة المضيفة المذكورة في قائمة الاجتماعات).`,
      none: 'لا يوجد.',
      caption: (name) => `اجتماعات أفرقة الخبراء العاملة التي استضافها: ${name}`,
    },
    missing: {
      title: 'البيانات الناقصة',
      intro: (year) => `المؤشرات المتوقع أن يبلغ عنها هذا الشريك التي ينقصها خط أساس أو رقم حتى عام ${year}.`,
      none: 'لكل مؤشر يُتوقع أن يبلغ عنه هذا الشريك خط أساس ورقم حالي.',
      what: {
        'not-reported': (year) => `لا يوجد رقم حتى عام ${year}.`,
        'no-baseline': () => 'لا يوجد رقم لخط الأساس.',
        'no-current-data': () => 'لا يوجد رقم بعد خط الأساس.',
      },
      reasons: 'الأسباب المذكورة في البيانات:',
      noReason: 'لا تذكر البيانات سبباً.',
    },
    verification: {
      title: 'أرقام مطلوب تأكيدها',
      intro: (file) => `أرقام هذا الموجز الجديدة أو التي تغيرت منذ آخر إصدار منشور، مع الرقم المنشور حينذاك. يرجى تأكيد كل رقم أو تصحيحه في المصنف ${file}، الذي يتضمن جميع أرقام هذا الموجز.`,
      against: {
        published: 'مقارنةً بآخر نسخة منشورة من هذا الإصدار.',
        'previous-edition': (year) => `مقارنةً بإصدار عام ${year}.`,
        nothing: 'لا يوجد إصدار سابق للمقارنة به: جميع الأرقام جديدة.',
      },
      none: 'جميع الأرقام كما نُشرت من قبل: لا يوجد ما هو جديد أو متغير لتأكيده.',
      caption: (name) => `أرقام ${name} المطلوب تأكيدها: الجديدة أو المتغيرة منذ آخر إصدار منشور`,
    },
    sources: {
      lines: '، الأسطر',
      title: 'مصادر الأرقام',
      intro: 'يرتبط كل رقم في هذا الموجز بسطر ملف البيانات الذي أُخذ منه، وترد هذه الأسطر هنا.',
      none: 'لا يتضمن هذا الموجز أي رقم من البيانات.',
    },
  },

  prose: {
    rise: joined(
      [
        'ارتفع ارتفعت ارتفعا ارتفعتا ارتفعوا يرتفع ترتفع يرتفعان ترتفعان يرتفعون سيرتفع سترتفع',
        'زاد زادت زادا زادتا يزيد تزيد يزيدان تزيدان سيزيد ستزيد',
        'ازداد ازدادت ازدادا ازدادتا يزداد تزداد',
        'تزايد تزايدت تزايدا تزايدتا يتزايد تتزايد متزايد متزايدة',
        'نما نمت نمتا ينمو تنمو',
        'تضاعف تضاعفت تضاعفا يتضاعف تتضاعف',
        'صعد صعدت يصعد تصعد',
        nounForms('ارتفاع زيادة ازدياد تزايد نمو تضاعف صعود'),
        'ارتفاعات زيادات ارتفاعه ارتفاعها زيادته زيادتها نموه نموها',
      ].join(' '),
    ),
    fall: joined(
      [
        'انخفض انخفضت انخفضا انخفضتا انخفضوا ينخفض تنخفض ينخفضان تنخفضان سينخفض ستنخفض',
        'تراجع تراجعت تراجعا تراجعتا يتراجع تتراجع',
        'تناقص تناقصت تناقصا تناقصتا يتناقص تتناقص متناقص متناقصة',
        'هبط هبطت هبطا هبطتا يهبط تهبط',
        'تقلص تقلصت تقلصا يتقلص تتقلص',
        'انكمش انكمشت ينكمش تنكمش',
        'تدنى تدنت يتدنى تتدنى',
        nounForms('انخفاض تراجع تناقص هبوط تقلص انكماش'),
        'تدن تدني التدني انخفاضات انخفاضه انخفاضها تراجعه تراجعها',
      ].join(' '),
    ),
    numberedNames: joined(
      [
        'قرار القرار قرارات القرارات قراره قرارها قراريه قراريها القرارين',
        'مقرر المقرر مقررات المقررات مقرره مقررها',
        'مادة المادة مواد المواد المادتين',
        'فقرة الفقرة فقرات الفقرات الفقرتين',
        'فقرة فرعية الفرعية',
        'بند البند بنود البنود البندين',
        'قاعدة القاعدة قواعد القواعد',
        'هدف الهدف أهداف الأهداف الهدفين',
        'غاية الغاية غايات الغايات',
        'مجلد المجلد',
        'دورة الدورة دورتها دورته',
        'جلسة الجلسة جلستها جلسته',
      ].join(' '),
    ),
    // "من 9 إلى 11", "9 و11" (و is joined to the number after it; the prose check reads it apart).
    joiners: ['إلى', 'و', 'أو', 'حتى'],
    crossReferences: joined('شكل الشكل أشكال الأشكال جدول الجدول جداول الجداول فصل الفصل فصول الفصول فرع الفرع فروع الفروع مرفق المرفق مرفقات المرفقات'),
    // Arabic writes ordinals in words ("الدورة السادسة والخمسون"): digits and letters never make one.
    isOrdinal: () => false,
  },
};
