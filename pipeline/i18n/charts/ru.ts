/**
 * The charts' words in Russian, in the usage of the United Nations' Russian documents and of the
 * report's Russian words (pipeline/i18n/ru.ts): УНП ООН, Инициатива «Парижский пакт», рабочая
 * группа экспертов (РГЭ), компонент, исходный уровень; е for ё. Nouns after a count take the form
 * of Russian's plural categories (Intl.PluralRules). A sample translation, not edited by United
 * Nations translation services.
 */
import { listFor, pluralFor, shortName } from './shared.js';
import type { ChartStrings } from './strings.js';

const list = listFor('ru');
const plural = pluralFor('ru');

export const ru: ChartStrings = {
  units: { kg: 'кг', count: 'число', percent: '%', days: 'дни' },
  withUnit: (title, unit) => `${title} (${unit})`,
  list,
  separator: ', ',
  pillarNumber: (id) => `Компонент ${id}:`,
  shortName,

  programmes: { 'RP ANC': 'Приоритетная страна RP ANC', 'RP SEE': 'Приоритетная страна RP SEE', none: 'Другая страна-партнер' },
  nonPartner: 'Не партнер',
  figureReported: 'Представленные данные',
  figureAfterBreak: 'После разрыва ряда',

  baselineCurrent: {
    baseline: (year) => `Исходный уровень (${year})`,
    figureIn: (year, earliest) => (earliest === undefined ? `${year} год` : `${year} год или последний имеющийся год (${earliest}\u2013${year})`),
    legendTitle: (figureIn) => `Пустой кружок: исходный уровень; символ: данные за ${figureIn}, по оценке изменения`,
    caption: (indicator, baselineYear, year) => `${indicator}: исходный уровень ${baselineYear} года и текущие данные, ${year} год`,
    columns: { entity: 'Субъект', baselineYear: 'Год исходного уровня', baseline: 'Исходный уровень', currentYear: 'Текущий год', current: 'Текущее значение', change: 'Изменение', status: 'Оценка' },
    describe: (d) =>
      `${plural(d.entities, { one: 'субъект', few: 'субъекта', many: 'субъектов', other: 'субъекта' })}; без исходного уровня: ${d.withoutBaseline.text}` +
      (d.withoutCurrent.n ? `, без текущих данных: ${d.withoutCurrent.text}` : '') +
      (d.notShown.length > 0 ? `; данные не представлены (нет данных до ${d.year} года) и поэтому не показаны: ${d.notShown.join(', ')}` : '') +
      (d.logarithmic ? '. Шкала логарифмическая: каждое деление в десять раз больше предыдущего.' : '.'),
  },

  timeSeries: {
    legendTitle: (unit, baselineYear) => `Данные (${unit}${baselineYear === undefined ? '' : `; пунктир: год исходного уровня, ${baselineYear}`})`,
    caption: (indicator, unit, first, last) => `${indicator} (${unit}), ${first}\u2013${last} годы`,
    columns: { entity: 'Субъект', flagged: 'Оценочные или предварительные данные' },
    flaggedYear: (year, flag) => `${year} (${flag})`,
    describe: (d) =>
      `${plural(d.panels, { one: 'панель', few: 'панели', many: 'панелей', other: 'панели' })}, ${d.first}\u2013${d.last} годы` +
      (d.shared ? ', все в одной шкале.' : '; у каждой панели своя шкала, поэтому сравнивайте форму кривых, а не высоту.'),
  },

  statusByPillar: {
    legendTitle: (year) => `Оценка изменения, ${year} год`,
    axisIndicators: 'Значения по субъектам (страны или организации)',
    axisPillars: 'Значения по субъектам (показатель x страна или организация)',
    captionPillar: (id, title, year) => `Оценка изменения значений компонента ${id} («${title}») по показателям, ${year} год`,
    captionAll: (year) => `Оценка изменения значений по компонентам, ${year} год`,
    columns: { indicator: 'Показатель', pillar: 'Компонент', total: 'Всего' },
    describe: 'Каждый столбец показывает число значений (пол: всего) по оценке изменения в порядке легенды; на достаточно широких сегментах указаны символ оценки и число.',
    source: 'Показатели, рассчитанные vdr на основе данных по индикаторам (data/observations)',
  },

  coverageGrid: {
    legend: {
      reported: 'Представлены',
      estimate: 'Оценка (О)',
      provisional: 'Предварительные (П)',
      missing: 'Не представлены, причина указана (?)',
      'not-applicable': 'Неприменимо (\u2013)',
      'no-data': 'Нет строки в данных',
    },
    marks: { estimate: 'О', provisional: 'П', missing: '?', notApplicable: '\u2013' },
    cells: { reported: 'представлены', notApplicable: 'неприменимо', noRow: 'нет строки', notReportedBecause: (reason) => `не представлены (${reason})` },
    legendTitle: (year) => `Данные за ${year} год`,
    caption: (year) => `Охват данных, ${year} год: значения по странам и показателям`,
    columns: { country: 'Страна' },
    describe: (d) =>
      `${plural(d.countries, { one: 'страна', few: 'страны', many: 'стран', other: 'страны' })} и ${plural(d.indicators, { one: 'показатель', few: 'показателя', many: 'показателей', other: 'показателя' })}, ${d.year} год: ` +
      `представлено значений: ${d.reported.text}, оценок: ${d.estimates.text}, предварительных: ${d.provisional.text}, ` +
      `не представлено с указанием причины: ${d.missing.text}, неприменимо: ${d.notApplicable.text}, без строки: ${d.noRow.text}.`,
    source: 'Данные по показателям в data/observations',
  },

  ewgTimeline: {
    formats: { trifold: 'Тройное совещание (три РГЭ в одном месте)', single: 'Отдельное совещание' },
    caption: (first, last) => `Совещания рабочих групп экспертов, ${first}\u2013${last} годы`,
    columns: { number: 'РГЭ', topic: 'Тема', host: 'Принимающая сторона', city: 'Город', country: 'Страна', month: 'Месяц', year: 'Год', pillars: 'Компоненты', trifold: 'Тройное совещание' },
    describe: (d) =>
      `${plural(d.meetings, { one: 'совещание', few: 'совещания', many: 'совещаний', other: 'совещания' })} с ${d.from} по ${d.to} год, пронумерованы как в таблице; ` +
      d.perPillar.map((p) => `компонент ${p.id}: ${p.count.text}`).join(', ') +
      '.',
    source: 'Инициатива «Парижский пакт»: перечень рабочих групп экспертов (data/reference/ewg-meetings.csv)',
  },

  partnerMap: {
    disclaimer:
      'Границы и названия, показанные на этой карте, и обозначения, использованные на ней, не подразумевают официального одобрения или признания со стороны Организации Объединенных Наций',
    overviewRegion: 'От Европы до Восточной Азии',
    overviewTitle: (region) => `Общий вид: ${region}`,
    insetTitle: (title) => `Врезка: ${title}`,
    where: { main: 'основная карта', overview: 'общий вид', inset: (title) => `врезка «${title}»`, notDrawn: 'не показана' },
    legendStatus: (indicator, year) => `${indicator}: оценка изменения, ${year} год`,
    legendProgramme: 'Страны-партнеры',
    keyTitle: 'Ключ: страны-партнеры по кодам ISO',
    captionStatus: (indicator, year) => `Страны-партнеры: оценка изменения показателя «${indicator}», ${year} год`,
    captionProgramme: 'Страны-партнеры по приоритетным программам',
    columns: { country: 'Страна', code: 'Код', programme: 'Приоритетная программа', status: (year) => `Оценка, ${year} год`, drawnIn: 'Где показана', codeShown: 'Код на карте' },
    codeShown: { yes: 'да', no: 'нет: не хватает места' },
    insetWithNames: (title, names) => `${title} (${list(names)})`,
    overviewInset: 'общий вид других партнеров от Европы до Восточной Азии',
    describe: (d) =>
      (d.focus === 'all' ? 'Карта стран-партнеров от Западной Европы до Японии и Индии' : `Карта приоритетных стран ${d.focus} и их соседей`) +
      (d.insets.length ? `, с врезками в рамках в другом масштабе: ${list(d.insets)}` : '') +
      '; страны, не являющиеся партнерами, показаны серым. Каждый партнер показан и обозначен кодом ISO, где код помещается; ключ под картой называет страну каждого кода.' +
      (d.byStatus ? ' У каждого партнера стоит символ его оценки изменения.' : '') +
      (d.partly.length ? ` Край карты обрезает часть территории: ${list(d.partly)}.` : '') +
      (d.unlabelled.length ? ` Без кода на карте из-за нехватки места (их называют ключ и таблица): ${list(d.unlabelled)}.` : ''),
    source: (indicatorSource, disclaimer) => `${indicatorSource === undefined ? '' : `${indicatorSource}. `}Карта: Natural Earth, world-atlas. ${disclaimer}`,
  },

  partnerPillar: {
    keyBaseline: 'Исходный уровень',
    keyCurrent: 'Текущее значение, по оценке изменения',
    figures: (baseline, current, comparable) =>
      baseline !== undefined && current !== undefined ? (comparable ? `с ${baseline} до ${current}` : `${baseline}; ${current}`) : (baseline ?? current ?? ''),
    statusLine: (status, from, to) => {
      const years = from !== undefined && to !== undefined && from !== to ? `${from}\u2013${to}` : (from ?? to);
      return years === undefined ? status : `${status}, ${years}`;
    },
    seriesBreak: (year) => `Разрыв ряда в ${year} году: несопоставимо`,
    none: (pillar) => `От этого партнера не ожидается данных ни по одному показателю этого компонента (${pillar}).`,
    caption: (entity, pillar, year) => `Исходный уровень и текущие значения, ${entity}, ${pillar}, ${year} год`,
    columns: {
      indicator: 'Показатель',
      unit: 'Единица',
      baselineYear: 'Год исходного уровня',
      baseline: 'Исходный уровень',
      currentYear: 'Текущий год',
      current: 'Текущее значение',
      change: 'Изменение',
      status: 'Оценка',
      seriesBreak: 'Разрыв ряда',
    },
    title: (entity, pillar) => `Исходный уровень и текущие значения, ${entity}, ${pillar}`,
    description: (entity, pillar) => `${pillar}. Исходный уровень и текущее значение по каждому показателю, ${entity}, с оценкой изменения.`,
    describe: (d) =>
      'Одна строка на показатель, у каждой своя шкала: от нуля до круглого числа, не меньшего, чем большее из двух значений (проценты от 0 до 100), поэтому длина сравнивает два значения одной строки, а не показатели между собой. ' +
      `Показателей: ${d.indicators.text}, из них с данными: ${d.withFigures.text}` +
      (d.notReported.length > 0 ? `; данные не представлены: ${list(d.notReported)}` : '') +
      (d.notComparable.length > 0 ? `; несопоставимо из-за разрыва ряда: ${list(d.notComparable)}` : '') +
      '.',
  },

  custom: { source: 'Диаграмма задана в тексте доклада; данные и показатели проекта' },
};
