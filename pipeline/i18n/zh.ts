/**
 * The report's words in Simplified Chinese, in the usage of the United Nations' Chinese documents:
 * 联合国毒品和犯罪问题办公室 (毒品和犯罪问题办公室) for UNODC, 巴黎公约倡议, 《维也纳宣言》, 专家工作组,
 * 前体, 支柱, 基线; full-width punctuation (，。：；（）“”) and no spaces between Chinese words. Numbers
 * come printed as Intl writes them for 'zh' ("1,020.5"); a count takes a measure word (个, 项, 次),
 * chosen for each of Chinese's plural categories by Intl.PluralRules (Chinese has one: other). A
 * sample translation, not edited by United Nations translation services.
 */
import { pluralCategory } from './plural.js';
import type { UnitWords, Words } from './strings.js';

/** The plural category of a count, a number or as Intl printed it for this language (plural.ts). */
export const pluralOf = pluralCategory('zh');

/** A measure word (and noun) after a count, by plural category; other is used for any category not given. */
type Forms = Partial<Record<Intl.LDMLPluralRule, string>> & { other: string };

/** The measure word and noun that go with a count: "个数字". */
const form = (count: string | number, forms: Forms): string => forms[pluralOf(count)] ?? forms.other;

/** A count and what it counts, with no space between: "3个段落". */
const counted = (count: string | number, forms: Forms): string => `${count}${form(count, forms)}`;

/** A unit written after a figure in the form its plural category asks for, with no space ("12天"). */
const measured =
  (forms: Forms): UnitWords =>
  (n, plural) =>
    `${n}${forms[plural] ?? forms.other}`;

/** "A", "A和B", "A、B和C". */
const LIST = new Intl.ListFormat('zh', { style: 'long', type: 'conjunction' });
const joinWords = (words: readonly string[]): string => LIST.format(words);

const FIGURES: Forms = { other: '个数字' };

/** The Chinese words of the report. */
export const zh: Words = {
  lang: 'zh-Hans',
  locale: 'zh',
  dir: 'ltr',
  languageName: '中文',

  otherLanguages: '本报告其他语文版本',
  notTranslated: (source) => `本章未翻译，以原文（${source}）提供。`,
  staleTranslation: '译文已过时：本段译出后，原文已有改动。',
  sampleTranslation: '示范译文，未经联合国笔译部门审校。',
  namesFromCldr: '项目参考数据中没有的国家名称采用 Unicode CLDR 名称，并非联合国术语。',

  chapter: (n) => `第${n}章`,
  section: (n) => `第${n}节`,
  figure: (n) => `图${n}`,
  table: (n) => `表${n}`,
  annex: (n) => `附件${n}`,
  captioned: (label, title) => `${label}：${title}`,

  // Chinese has no articles: a written-out name needs nothing before it.
  acronymLead: () => '',

  // Full-width brackets and semicolon, with no space around them.
  parenthesis: { open: '（', close: '）' },
  listSeparator: '；',
  withNotes: (text, notes) => `${text}（${notes.join('；')}）`,

  pageNumber: '第{page}页，共{pages}页',

  pageReference: '（第{page}页）',

  whatChanged: {
    title: '修改之处',
    summary: (figures, paragraphs, chapters) =>
      `${counted(figures, FIGURES)}和${counted(paragraphs, { other: '个段落' })}有所不同，涉及${counted(chapters, { other: '章' })}。`,
    nothing: '没有任何修改：所有数字和段落均与之前相同。',
    allPartnerFigures: '所有伙伴的数字',
    otherFigures: (figures) => `国家、组织、区域和方案的另外${counted(figures, FIGURES)}`,
    columns: { field: '衡量值', old: '之前', new: '现在' },
    added: '增添',
    removed: '删除',
    changed: '修改',
    line: (line) => `第${line}行`,
    chapterSummary: (added, removed, changed) => `增添${added}处，删除${removed}处，修改${changed}处`,
    measures: { baseline: '基线', current: '当前数字', change: '变化', relative_change: '相对变化', status: '状况', coverage: '覆盖面' },
    none: '无',
    figureAdded: '新增',
    figureRemoved: '不再计算',
    sexed: (entity, sex) => `${entity}，${sex === 'female' ? '女性' : '男性'}`,
    coverage: (ofTotal, withBaseline, withCurrent) => `${ofTotal}两项数字均有（${withBaseline}个有基线，${withCurrent}个有当前数字）`,
    figuresHeading: '数字',
    textHeading: '正文',
    wholeParagraphsShortened: '在印刷版中，整段增添或删除的段落仅显示前三行；HTML 版报告显示全文。',
    oldLine: (line) => `原第${line}行`,
    chapterAdded: '新增章节',
    chapterRemoved: '章节已删除',
    otherFiguresNotPrinted: (figures) =>
      `国家、组织、区域和方案的其余${counted(figures, FIGURES)}列于 HTML 版报告和 vdr diff 的输出中，未予印出。`,
    insertedMark: '插入：',
    deletedMark: '删除：',
  },

  contents: '目录',
  listOfFigures: '图目录',
  listOfTables: '表目录',
  glossary: '缩略语',
  glossaryIntro: '本报告所用缩略语。每个缩略语在报告中首次出现时均写出全称。',
  references: '参考文件',
  referencesIntro: '本报告引用的联合国文件，按文号排列。',
  footnotes: '注',
  footnoteBack: (reference) => `返回注${reference}所在正文`,
  skipToContent: '跳至报告正文',
  navigation: '报告目录',
  navigationToggle: '目录',
  figuresBehindChart: '图表所依据的数字',
  mapAsList: '以列表形式显示的地图',
  mapListGroup: (label, count) => `${label}（${count}）`,
  sourceNote: (source) => `资料来源：${source}${/[。.!?！？]$/.test(source) ? '' : '。'}`,
  tableSourcesLink: '这些数字的来源',
  dataDownload: '下载数据（CSV）',
  dataDownloadAll: '下载所有图表的数据（CSV）',
  scrollableFigure: (label) => `${label}，图表`,
  authorTable: '表',
  onlineDocument: (symbol) => `联合国正式文件系统中的${symbol}`,

  coverOrganization: '联合国毒品和犯罪问题办公室',
  coverInitiative: '巴黎公约倡议',
  coverEdition: (year, status) => (status === 'baseline' ? `${year}年：基线版` : `${year}年：对照基线的进展`),
  illustrativeNote:
    '本版中的指标数字为示例性数字：系为演示目的生成，并非伙伴报告的数字。参考数据（伙伴国家、伙伴组织、支柱和专家工作组会议）是真实的。',
  kinds: {
    reported: () => '由伙伴报告',
    compiled: (source) => `根据${source ?? '公开来源'}汇编`,
    estimated: () => '为估计数',
    illustrative: () => '为示例性数字（为演示目的生成，并非伙伴报告的数字）',
  },
  figuresNote: (kinds) =>
    kinds.length === 1
      ? `本版中的指标数字${kinds[0]}。`
      : `本版中的指标数字分为${kinds.length}类：${joinWords(kinds)}。每个图表均注明所示数字属于哪一类。`,
  figuresAre: (kinds) => `数字${joinWords(kinds)}。`,
  draftMark: '草稿',

  draftBannerTitle: '草稿：不得分发',
  draftBannerIntro: (errors, warnings) =>
    `本草稿的数据和内容中有${counted(errors, { other: '个错误' })}和${counted(warnings, { other: '个警告' })}。错误改正之前，无法生成最终版本。`,
  draftBannerNone: '数据和内容中未发现问题。',
  draftBannerList: (count) => `${counted(count, { other: '个问题' })}，按文件列出，并注明每个问题的位置和改正方法`,
  draftChapter: '本章标为草稿。',
  buildStamp: ({ edition, commit, dataFingerprint, buildTime }) =>
    `${edition}版，生成于${buildTime}${commit ? `，依据提交 ${commit}` : ''}；数据指纹 ${dataFingerprint}。`,
  severity: { error: '错误', warning: '警告' },
  fixLabel: '改正方法：',
  contentErrorInline: (problem, place) => `[问题${place ? `（第${place.line}行第${place.column}列）` : ''}：${problem}]`,
  chartMissing: (id) => `[未能绘制图表 ${id}]`,

  chartDescriptions: {
    'baseline-current': (indicator) => `${indicator}：每个报告实体的基线和当前数字。`,
    'time-series': (indicator) => `${indicator}：每个实体的年度数字，每个实体一个小图。`,
    'status-by-pillar': () => '与基线相比改善、恶化或无变化的数字各有多少。',
    'partner-map': (indicator) => (indicator ? `伙伴国家地图，按“${indicator}”的状况着色。` : '伙伴国家地图，按优先方案着色。'),
    'coverage-grid': () => '各伙伴国家对每项指标的报告情况：已报告、估计数或缺失。',
    'ewg-timeline': () => '专家工作组会议的时间分布，按支柱分列。',
  },

  notAvailable: '不详',
  latestAvailable: (year) => `可得的最近数字：${year}年`,
  baselineFrom: (year) => `基线为${year}年数字`,
  aggregateYears: (edition, span, includesEdition) => (includesEdition ? `${edition}年或可得的最近年份，${span}年` : `可得的最近年份，${span}年`),
  aggregateCoverage: (count, total, reporters) => `${total}个${reporters}中的${count}个`,
  seriesBreak: (year, note) => (note ? `${year}年序列中断：${note}` : `${year}年序列中断`),
  ofTotal: (count, total) => `${total}个中的${count}个`,
  units: {
    kg: measured({ other: '公斤' }),
    days: measured({ other: '天' }),
    count: (n) => n,
    percent: (n) => `${n}%`,
  },
  percentagePoints: measured({ other: '个百分点' }),
  percent: (n) => `${n}%`,
  statuses: {
    improved: '改善',
    worsened: '恶化',
    unchanged: '无变化',
    changed: '有变化（中性指标）',
    'not-comparable': '不可比（序列中断）',
    'no-baseline': '无基线',
    'no-current-data': '无当前数据',
    'not-reported': '未报告',
  },
  flags: { estimate: '估计数', provisional: '临时数字', break: '序列中断' },
  allPartners: '所有伙伴',
  yes: '是',
  no: '否',

  fields: {
    baseline: '基线',
    current: '当前数字',
    change: '与基线相比的变化',
    relative_change: '与基线相比的相对变化',
    annualised_change: '年化变化',
    target_progress: '实现目标的进展',
    change_since_previous: '与上一版相比的变化',
    baseline_year: '基线年份',
    current_year: '当前数字所属年份',
    status: '状况',
    coverage: '覆盖面',
    statusCount: (status) => `状况为“${status}”的实体`,
  },

  columns: {
    entity: '报告实体',
    indicator: '指标',
    group: '组别',
    baseline: (year) => `基线（${year}年）`,
    current: (year) => `当前（${year}年）`,
    change: '变化',
    relativeChange: '相对变化',
    status: '状况',
    coverage: '覆盖面',
  },
  coverageNote: '覆盖面：在应报告的实体中，基线和当前数字均已报告的实体。',
  aggregateYearsNote: (edition) =>
    `数字后括号内的年份：伙伴数字所属的年份（如果并非全部属于该栏所示年份；当前数字为${edition}年数字或此前可得的最近数字）。`,
  notReportedNote: (names, edition) => `未报告（截至${edition}年无数字）：${joinWords(names)}。`,

  annexes: {
    partnerCountries: '伙伴国家',
    partnerCountriesIntro: (n) => `巴黎公约倡议的${n}个伙伴国家及其所属区域（联合国 M49 标准）和优先方案。`,
    partnerOrganizations: '伙伴组织',
    partnerOrganizationsIntro: (n) => `巴黎公约倡议的${n}个伙伴组织。`,
    ewgMeetings: '专家工作组会议',
    ewgMeetingsIntro: (n) => `截至本版所属年份举行的${n}次专家工作组会议及其所涉支柱。`,
    methodology: '方法',
    methodologyIntro: '每项指标如何定义、报告、汇总和评判。指标目录为 data/indicators.yaml。',
    dataTables: '数据表',
    dataTablesIntro: '每项指标按其汇总规则，就所有伙伴和每个区域方案的国家，对基线和当前数字均已报告的实体进行汇总的结果。',
    dataTableCaption: (pillar) => `${pillar}：所有伙伴和各区域方案的指标`,
    sources: '数字来源',
    sourcesIntro: '正文中印出的每个数字均链接至此处的相应条目：指标、报告实体、数字及其所属年份，以及计算该数字所依据的每项观测值所在的文件和行。',
    sourcesPrintNote:
      '印刷版略去本列表。本报告的 HTML 版载有完整列表，每个数字均链接至其条目；metrics.json 对每个数字提供同样信息；vdr explain INDICATOR ENTITY 可显示任一数字的计算方法。',
    sourcesFiles: '数字来自以下观测文件：',
    sourcesIllustrative: '本版的观测文件为示例性样本数据，并非伙伴报告的数字。',
  },
  countryColumns: { name: '国家', iso3: 'ISO 代码', region: '区域', subregion: '次区域', partnerSince: '成为伙伴的时间', programme: '优先方案' },
  organizationColumns: { acronym: '简称', name: '名称', partnerSince: '成为伙伴的时间' },
  ewgColumns: { number: '编号', topic: '主题', host: '主办方', city: '城市', country: '国家', date: '日期', trifold: '三合一会议', pillars: '支柱' },
  partnerSince: { original: '创始伙伴', 'third-ministerial-2012': '第三次部长级会议（2012年）' },
  programme: { 'RP ANC': 'RP ANC', 'RP SEE': 'RP SEE', none: '无' },
  pillarTitle: (id, title) => `支柱${id}：${title}`,
  contextTitle: '背景：支柱以外的指标',

  methodology: {
    definition: '定义',
    unit: '单位',
    reportedBy: '报告方',
    direction: '方向',
    aggregation: '汇总方法',
    baselineYear: '基线年份',
    baselineFallback: (years) => `；伙伴在该年份无数字的，采用前后${years}年内最接近的年份，并在表中注明`,
    target: '目标',
    targetValue: (value, year) => `到${year}年达到${value}`,
    noTarget: '未设定',
    tolerance: '容差',
    source: '来源',
    aggregateCurrent: '汇总值采用',
    aggregateCurrentRule: {
      'latest-available': '每个伙伴截至本版所属年份的最近数字',
      'edition-year': '仅本版所属年份的数字',
    },
    breaks: '序列中断',
    breaksCompared: '跨序列中断的变化仍评判为改善或恶化',
    roundingTitle: '四舍五入',
    roundingRule:
      '数字以未经四舍五入的形式储存，仅在印出时按同一规则四舍五入：水平值或变化按其指标规定的小数位数四舍五入，逢五远离零进位（计数不保留小数）；相对变化、年化变化和实现目标的进展为百分比，保留一位小数；实体和年份的计数为整数。变化带有正负号；百分比的变化以百分点表示。无法计算的数字（例如基线为0时的相对变化）显示为“不详”，绝不显示为0。',
    countingTitle: '计算规则',
    countingIntro: '以下规则决定本报告的每个数字。这些规则印自代码中应用规则的同一位置，且每条规则均以一个算例进行测试。',
    countingRules: {
      baseline: {
        title: '基线',
        text: '基线是指标基线年份的数字。如果指标规定了k年的替代窗口而基线年份没有数字，则采用k年内最接近的年份（距离相同时取较早年份），并在报告中注明所用年份。不使用本版所属年份之后的任何数字。',
      },
      current: {
        title: '当前数字',
        text: '当前数字是本版所属年份的数字。没有该数字的，采用基线所属年份之后的最近数字（对于没有基线的伙伴，自基线年份起算），标为“可得的最近数字”并注明年份。',
      },
      'only-baseline': {
        title: '仅有基线',
        text: '唯一数字属于基线年份的伙伴没有当前数字：其基线不向后结转，其状况为“无当前数据”。在基线版本身中，当前数字即为基线，变化为0。',
      },
      'not-reported': {
        title: '未报告',
        text: '截至本版所属年份没有任何数字的伙伴为“未报告”；有数字但基线年份（或其窗口）没有数字的伙伴为“无基线”。表格、图表、地图和状况计数均显示这两种情况。',
      },
      change: {
        title: '变化',
        text: '变化是当前数字减去基线；相对变化是变化除以基线的绝对值。基线为0时相对变化无定义（不详），且任何变化都超出容差，因此对于数值越高越好的指标，从0开始的上升即为“改善”。',
      },
      status: {
        title: '状况',
        text: '变化为0或相对变化在指标的容差之内（含边界值）的，为“无变化”。超出容差的，按指标的方向判定为“改善”或“恶化”；对于哪个方向都不更好的指标，判定为“有变化（中性指标）”。',
      },
      annualised: {
        title: '年化变化',
        text: '年化变化是（当前数字/基线）的（1/两者间隔年数）次方减1，所用年份为两个数字实际所属的年份；仅在两个数字均为正数且属于不同年份时给出。',
      },
      'series-break': {
        title: '序列中断',
        text: '标为序列中断的数字开启一个与之前年份不可比的新序列。从中断之前的基线到中断之时或之后的当前数字的变化，印出时附有该中断的说明，其状况为“不可比（序列中断）”，除非指标规定跨中断的变化仍予评判；汇总值不包括此类伙伴。',
      },
      'aggregate-set': {
        title: '汇总值和覆盖面',
        text: '汇总值（按指标规定，为总和、在每个数字都有分母时按各数字分母加权的平均值，或中位数）根据平衡集合计算：即应报告且基线和当前数字均有、变化可比的伙伴，从而使变化反映的是实际变动，而不是报告情况的变化。覆盖面是该集合在应报告伙伴中所占的数目（由国家报告的指标为所有伙伴国家；由组织报告的指标为有数据行的所有组织）。状况计数涵盖所有应报告的伙伴。',
      },
      'aggregate-years': {
        title: '汇总值所依据的年份',
        text: '汇总值将每个成员的当前数字相加，除非指标只采用本版所属年份的数字，否则采用截至本版所属年份可得的最近数字。成员的数字属于不同年份时，报告在汇总值旁印出年份跨度，例如“2021年或可得的最近年份，2019\u20132021年”，并注明在应报告伙伴中涵盖了多少伙伴。',
      },
      'aggregate-annualised': {
        title: '汇总值的年化变化',
        text: '仅当每个成员的基线都属于基线年份、每个成员的当前数字都属于本版所属年份时，才给出汇总值的年化变化；否则为“不详”，因为其数字跨越多个年份。',
      },
    },
  },
  unitNames: { kg: '公斤', count: '数目', percent: '百分比', days: '天' },
  directions: {
    'higher-is-better': '数值越高越好',
    'lower-is-better': '数值越低越好',
    neutral: '中性：变化无所谓好坏',
  },
  aggregations: {
    sum: '各伙伴数字之和',
    'weighted-mean': '按每个伙伴的分母加权的平均值',
    median: '各伙伴数字的中位数',
  },
  reportedBy: { country: '伙伴国家', organization: '伙伴组织' },

  sourceColumns: { entry: '条目', figure: '数字', where: '所用观测值' },
  sourceLines: (file, lines) => `${file}，第${lines}行`,
  sourceReference: (file) => `${file}（参考数据）`,
  sourceMetricTitle: (what, entry) => `${what}。数字来源，条目${entry}`,
  sourceMetricName: (text, what) => `${text}：${what}，来源`,
  sourceNone: '无观测值：该数字不详',
  sourceTable: (label) => `${label}，按行`,
  sourceFigure: (label) => label,
  facts: {
    'partner-countries': '伙伴国家数目',
    'partner-organizations': '伙伴组织数目',
    pillars: '《维也纳宣言》的支柱数目',
    indicators: '指标目录中的指标数目',
    'ewg-meetings': '专家工作组会议次数',
    'trifold-meetings': '三合一专家工作组会议次数',
    'rp-anc-countries': '阿富汗及邻国区域方案涵盖的伙伴国家数目',
    'rp-see-countries': '东南欧区域方案涵盖的伙伴国家数目',
  },
  factUntil: (what, year) => `截至${year}年的${what}`,
  sourceMetric: (indicator, entity, field, years) => `${indicator}，${entity}：${field}${years ? `（${years}）` : ''}`,

  // A Chinese verb does not agree with its subject, so one form fits every sentence: the chapters
  // write "缉获量:trend，由X变为Y" and "等待时间:trend", which read with each of the three words.
  trends: {
    verb: { rise: '增加', fall: '减少', flat: '变化不大' },
    noun: { rise: '增长', fall: '下降', flat: '变化甚微' },
  },
  trendNotComparable: { verb: '因序列中断而无法比较', noun: '跨序列中断的变化' },
  trendTitle: (what, change) => `${what}，${change}`,

  // Chinese writes no spaces between words: the prose check finds these words inside a run of
  // Chinese text, longest first (pipeline/content/prose.ts).
  brief: {
    kicker: '伙伴简报',
    documentTitle: (name, report, year) => `${name}：伙伴简报，${report}（${year}年）`,
    edition: (report, year) => `${report}，${year}年版`,
    facts: { type: '伙伴', code: '代码' },
    types: { country: '伙伴国家', organization: '伙伴组织' },
    draftNote: '本简报为草稿：在本版发布之前，其中的数字仍可能变化。请勿分发。',
    noFigures: (expected, year) => `该伙伴应报告的指标：${expected}个。截至${year}年，数据中没有其中任何一个指标的数字。下文列出缺失的内容以及数据中给出的原因。`,
    notExpected: '数据中没有该组织的任何行，因此该组织不需要报告本版的任何指标（当数据中有某一指标任何年份的行时，组织才需要报告该指标）。本简报没有数字。',
    chartCaption: (pillar, name) => `${pillar}：${name}的数字`,
    figuresCaption: (pillar, name) => `${pillar}：${name}每年的数字、自基线以来的变化和状况`,
    yearsNote: (noRow, marks) => `数字的单位见各指标名称；基线数字加框，当前数字为粗体。${noRow}：数据中没有该年份的行；没有数字的行给出原因。标记：${marks}。`,
    noRow: '\u2013',
    withUnit: (title, unit) => `${title}（${unit}）`,
    flagMarks: { estimate: '估', provisional: '临', break: '断' },
    flagInYear: (flag, year) => `${flag}（${year}年）`,
    missingReasons: { 'not-reported': '未报告', confidential: '保密', 'not-applicable': '不适用', 'not-collected': '未收集' },
    yearField: '数字',
    comparison: {
      title: '与汇总数字的比较',
      intro: '该伙伴自基线以来的每项变化，与其所属各组汇总数字的变化并列。汇总数字按其平衡集计算（应报告且有可比基线和当前数字的伙伴）；其覆盖面是该集合的规模占应报告伙伴的比例。变化按相对于基线的比例比较；百分比的变化按百分点比较。',
      caption: (name) => `${name}及其汇总数字：自基线以来的变化`,
      coverage: (ofTotal) => `覆盖面：${ofTotal}`,
      note: '汇总数字取自报告的指标计算结果（metrics.json）；报告的来源附件列出了每项汇总所加总的观测值。',
    },
    meetings: {
      title: '主办的专家工作组会议',
      countryIntro: (name, year) => `截至${year}年在${name}举行的会议（按会议清单所列国家），并列出主办组织（如有）。`,
      organizationIntro: (name, year) => `截至${year}年由${name}主办的会议（按会议清单所列主办方）。`,
      none: '无。',
      caption: (name) => `主办的专家工作组会议：${name}`,
    },
    missing: {
      title: '缺失的内容',
      intro: (year) => `该伙伴应报告、但截至${year}年缺少基线或数字的指标。`,
      none: '该伙伴应报告的每项指标均有基线和当前数字。',
      what: {
        'not-reported': (year) => `截至${year}年没有数字。`,
        'no-baseline': () => '没有基线数字。',
        'no-current-data': () => '基线之后没有数字。',
      },
      reasons: '数据中给出的原因：',
      noReason: '数据中没有给出原因。',
    },
    verification: {
      title: '待确认的数字',
      intro: (file) => `本简报中自上一次发布的版本以来新增或变化的数字，并附当时发布的数字。请在工作簿${file}中确认或更正每个数字；该工作簿列出本简报的全部数字。`,
      against: {
        published: '与本版本最后发布的文本比较。',
        'previous-edition': (year) => `与${year}年版比较。`,
        nothing: '没有可供比较的较早版本：所有数字均为新增。',
      },
      none: '所有数字均与此前发布的相同：没有需要确认的新增或变化数字。',
      caption: (name) => `${name}待确认的数字：自上一次发布的版本以来新增或变化`,
    },
    sources: {
      lines: '，行',
      title: '数字的来源',
      intro: '本简报中的每个数字均链接至其所在数据文件的行，列于此处。',
      none: '本简报没有来自数据的数字。',
    },
  },

  prose: {
    rise: '增加 增长 上升 提高 升高 增多 上涨 攀升 扩大 激增 猛增 增至 升至 增加到 增加至 增长到 增长至 上升到 上升至 提高到 提高至 翻番 翻一番 翻了一番 增幅 涨幅'.split(' '),
    fall: '减少 下降 降低 下跌 回落 缩短 缩小 减半 锐减 骤降 减至 降至 减少到 减少至 下降到 下降至 降低到 降低至 缩短到 缩短至 降幅 减幅'.split(' '),
    // 第 makes any number after it an ordinal or a name: 第56/3号决议, 第2274号决议, 第3条, 第9至11段.
    numberedNames: '第 决议 决定 目标 具体目标 编号'.split(' '),
    joiners: ['至', '到', '和', '及', '与', '或'],
    crossReferences: '图 表 章 节 附件 图表'.split(' '),
    // Chinese writes ordinals with 第 before the number, never with letters after it.
    isOrdinal: () => false,
  },
};
