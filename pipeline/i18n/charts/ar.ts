/**
 * The charts' words in Arabic, in the usage of the United Nations' Arabic documents (مكتب الأمم
 * المتحدة المعني بالمخدرات والجريمة، مبادرة ميثاق باريس، فريق الخبراء العامل، الركيزة، خط
 * الأساس). Counts are written after a noun and a colon ("الكيانات: 58"), so that no noun has to
 * agree with a number in Arabic's six plural forms. Charts in Arabic are mirrored (language.ts in
 * pipeline/charts). A sample translation, not edited by United Nations translation services.
 */
import { listFor, shortName } from './shared.js';
import type { ChartStrings } from './strings.js';

const list = listFor('ar');

export const ar: ChartStrings = {
  units: { kg: 'كغ', count: 'العدد', percent: '%', days: 'الأيام' },
  withUnit: (title, unit) => `${title} (${unit})`,
  list,
  separator: '، ',
  pillarNumber: (id) => `الركيزة ${id}:`,
  shortName,

  programmes: { 'RP ANC': 'بلد ذو أولوية في RP ANC', 'RP SEE': 'بلد ذو أولوية في RP SEE', none: 'بلد شريك آخر' },
  nonPartner: 'بلد غير شريك',
  figureReported: 'أرقام مبلَّغ عنها',
  figureAfterBreak: 'بعد انقطاع في السلسلة',

  baselineCurrent: {
    baseline: (year) => `خط الأساس (${year})`,
    figureIn: (year, earliest) => (earliest === undefined ? year : `${year} أو آخر سنة متاحة (${earliest}\u2013${year})`),
    legendTitle: (figureIn) => `الدائرة المفرغة: خط الأساس؛ الرمز: رقم ${figureIn}، حسب الحالة`,
    caption: (indicator, baselineYear, year) => `${indicator}: خط الأساس لعام ${baselineYear} والأرقام الحالية، ${year}`,
    columns: { entity: 'الكيان', baselineYear: 'سنة خط الأساس', baseline: 'خط الأساس', currentYear: 'السنة الحالية', current: 'الرقم الحالي', change: 'التغير', status: 'الحالة' },
    describe: (d) =>
      `الكيانات: ${d.entities.text}؛ من دون خط أساس: ${d.withoutBaseline.text}` +
      (d.withoutCurrent.n ? `، من دون رقم حالي: ${d.withoutCurrent.text}` : '') +
      (d.notShown.length > 0 ? `؛ لم يُبلَّغ عنها (لا رقم حتى عام ${d.year}) ولذلك لا تظهر: ${d.notShown.join('، ')}` : '') +
      (d.logarithmic ? '. المحور لوغاريتمي: كل علامة تساوي عشرة أضعاف العلامة السابقة.' : '.'),
  },

  timeSeries: {
    legendTitle: (unit, baselineYear) => `الأرقام (${unit}${baselineYear === undefined ? '' : `؛ الخط المتقطع: سنة خط الأساس ${baselineYear}`})`,
    caption: (indicator, unit, first, last) => `${indicator} (${unit})، ${first}-${last}`,
    columns: { entity: 'الكيان', flagged: 'أرقام تقديرية أو مؤقتة' },
    flaggedYear: (year, flag) => `${year} (${flag})`,
    describe: (d) =>
      `عدد الأشكال الصغيرة: ${d.panels.text}، من ${d.first} إلى ${d.last}` +
      (d.shared ? '، وكلها على مقياس واحد.' : '؛ لكل شكل مقياسه الخاص، فتُقارَن الأنماط لا الارتفاعات.'),
  },

  statusByPillar: {
    legendTitle: (year) => `الحالة في عام ${year}`,
    axisIndicators: 'أرقام الكيانات (البلدان أو المنظمات)',
    axisPillars: 'أرقام الكيانات (المؤشر × البلد أو المنظمة)',
    captionPillar: (id, title, year) => `حالة أرقام الركيزة ${id} (${title}) حسب المؤشر، ${year}`,
    captionAll: (year) => `حالة الأرقام حسب الركيزة، ${year}`,
    columns: { indicator: 'المؤشر', pillar: 'الركيزة', total: 'المجموع' },
    describe: 'يعدّ كل عمود الأرقام (الجنس: المجموع) حسب الحالة، بترتيب المفتاح؛ وتحمل الأجزاء العريضة بما يكفي رمز حالتها وعددها.',
    source: 'مقاييس حسبها vdr من أرقام المؤشرات (data/observations)',
  },

  coverageGrid: {
    legend: {
      reported: 'مبلَّغ عنه',
      estimate: 'تقدير (ت)',
      provisional: 'مؤقت (م)',
      missing: 'لم يُبلَّغ عنه، مع ذكر السبب (؟)',
      'not-applicable': 'لا ينطبق (\u2013)',
      'no-data': 'لا يوجد سطر في البيانات',
    },
    marks: { estimate: 'ت', provisional: 'م', missing: '؟', notApplicable: '\u2013' },
    cells: { reported: 'مبلَّغ عنه', notApplicable: 'لا ينطبق', noRow: 'لا يوجد سطر', notReportedBecause: (reason) => `لم يُبلَّغ عنه (${reason})` },
    legendTitle: (year) => `أرقام عام ${year}`,
    caption: (year) => `تغطية البيانات في عام ${year}: الأرقام حسب البلد والمؤشر`,
    columns: { country: 'البلد' },
    describe: (d) =>
      `البلدان: ${d.countries.text}، والمؤشرات: ${d.indicators.text}، لعام ${d.year}: ` +
      `أرقام مبلَّغ عنها: ${d.reported.text}، تقديرات: ${d.estimates.text}، أرقام مؤقتة: ${d.provisional.text}، ` +
      `لم يُبلَّغ عنها مع ذكر السبب: ${d.missing.text}، لا ينطبق: ${d.notApplicable.text}، من دون سطر: ${d.noRow.text}.`,
    source: 'أرقام المؤشرات في data/observations',
  },

  ewgTimeline: {
    formats: { trifold: 'اجتماع ثلاثي (ثلاثة أفرقة خبراء عاملة في مكان واحد)', single: 'اجتماع منفرد' },
    caption: (first, last) => `اجتماعات أفرقة الخبراء العاملة، ${first}-${last}`,
    columns: { number: 'الفريق', topic: 'الموضوع', host: 'الجهة المضيفة', city: 'المدينة', country: 'البلد', month: 'الشهر', year: 'السنة', pillars: 'الركائز', trifold: 'اجتماع ثلاثي' },
    describe: (d) =>
      `عدد الاجتماعات: ${d.meetings.text}، من ${d.from} إلى ${d.to}، مرقمة كما في الجدول؛ ` +
      d.perPillar.map((p) => `الركيزة ${p.id}: ${p.count.text}`).join('، ') +
      '.',
    source: 'مبادرة ميثاق باريس: قائمة أفرقة الخبراء العاملة (data/reference/ewg-meetings.csv)',
  },

  partnerMap: {
    disclaimer: 'الحدود والأسماء المبيَّنة في هذه الخريطة والتسميات المستخدمة فيها لا تعني أن الأمم المتحدة تقرّها أو تقبلها رسمياً',
    overviewRegion: 'من أوروبا إلى شرق آسيا',
    overviewTitle: (region) => `نظرة عامة: ${region}`,
    insetTitle: (title) => `خريطة فرعية: ${title}`,
    where: { main: 'الخريطة الرئيسية', overview: 'النظرة العامة', inset: (title) => `الخريطة الفرعية ${title}`, notDrawn: 'غير مرسوم' },
    legendStatus: (indicator, year) => `${indicator}: الحالة في عام ${year}`,
    legendProgramme: 'البلدان الشريكة',
    keyTitle: 'المفتاح: البلدان الشريكة حسب رمز ISO',
    captionStatus: (indicator, year) => `البلدان الشريكة: حالة مؤشر "${indicator}"، ${year}`,
    captionProgramme: 'البلدان الشريكة حسب البرنامج ذي الأولوية',
    columns: { country: 'البلد', code: 'الرمز', programme: 'البرنامج ذو الأولوية', status: (year) => `الحالة في عام ${year}`, drawnIn: 'مرسوم في', codeShown: 'الرمز ظاهر على الخريطة' },
    codeShown: { yes: 'نعم', no: 'لا: لا يوجد متسع' },
    insetWithNames: (title, names) => `${title} (${list(names)})`,
    overviewInset: 'نظرة عامة على الشركاء الآخرين من أوروبا إلى شرق آسيا',
    describe: (d) =>
      (d.focus === 'all' ? 'خريطة البلدان الشريكة من أوروبا الغربية إلى اليابان والهند' : `خريطة البلدان ذات الأولوية في ${d.focus} وجيرانها`) +
      (d.insets.length ? `، مع خرائط فرعية مؤطرة بمقاييس أخرى: ${list(d.insets)}` : '') +
      '؛ والبلدان غير الشريكة باللون الرمادي. كل شريك مرسوم ومعلَّم برمز ISO الخاص به حيث يتسع الرمز؛ ويبيّن المفتاح تحت الخريطة بلد كل رمز.' +
      (d.byStatus ? ' ويحمل كل شريك رمز حالته.' : '') +
      (d.partly.length ? ` ويقطع حد الخريطة جزءاً من: ${list(d.partly)}.` : '') +
      (d.unlabelled.length ? ` ومن دون رمز على الخريطة لضيق المكان (يذكرها المفتاح والجدول): ${list(d.unlabelled)}.` : ''),
    source: (indicatorSource, disclaimer) => `${indicatorSource === undefined ? '' : `${indicatorSource}. `}الخريطة: Natural Earth عبر world-atlas. ${disclaimer}`,
  },

  partnerPillar: {
    keyBaseline: 'خط الأساس',
    keyCurrent: 'الرقم الحالي، حسب الحالة',
    figures: (baseline, current, comparable) =>
      baseline !== undefined && current !== undefined ? (comparable ? `من ${baseline} إلى ${current}` : `${baseline}؛ ${current}`) : (baseline ?? current ?? ''),
    statusLine: (status, from, to) => {
      const years = from !== undefined && to !== undefined && from !== to ? `${from}\u2013${to}` : (from ?? to);
      return years === undefined ? status : `${status}، ${years}`;
    },
    seriesBreak: (year) => `انقطاع في السلسلة في عام ${year}: غير قابل للمقارنة`,
    none: (pillar) => `لا يُنتظر من هذا الشريك الإبلاغ عن أي مؤشر من مؤشرات هذه الركيزة (${pillar}).`,
    caption: (entity, pillar, year) => `خط الأساس والأرقام الحالية لـ${entity}، ${pillar}، ${year}`,
    columns: {
      indicator: 'المؤشر',
      unit: 'الوحدة',
      baselineYear: 'سنة خط الأساس',
      baseline: 'خط الأساس',
      currentYear: 'السنة الحالية',
      current: 'الرقم الحالي',
      change: 'التغير',
      status: 'الحالة',
      seriesBreak: 'انقطاع في السلسلة',
    },
    title: (entity, pillar) => `خط الأساس والأرقام الحالية لـ${entity}، ${pillar}`,
    description: (entity, pillar) => `${pillar}: خط الأساس والرقم الحالي لـ${entity} لكل مؤشر، مع حالة الرقم الحالي.`,
    describe: (d) =>
      'صف لكل مؤشر، ولكل صف مقياسه الخاص من الصفر إلى رقم مُقرَّب يساوي أكبر رقميه أو يزيد عليه (النسب المئوية من 0 إلى 100)، فيقارن الطول بين رقمي الصف الواحد لا بين مؤشر وآخر. ' +
      `المؤشرات: ${d.indicators.text}؛ منها بأرقام: ${d.withFigures.text}` +
      (d.notReported.length > 0 ? `؛ لم يُبلَّغ عنها: ${list(d.notReported)}` : '') +
      (d.notComparable.length > 0 ? `؛ غير قابلة للمقارنة بسبب انقطاع في السلسلة: ${list(d.notComparable)}` : '') +
      '.',
  },

  custom: { source: 'رسم بياني محدد في نص التقرير؛ الأرقام من بيانات المشروع ومقاييسه' },
};
