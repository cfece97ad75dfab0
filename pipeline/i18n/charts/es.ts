/**
 * The charts' words in Spanish, in the usage of the United Nations' Spanish documents (UNODC,
 * Iniciativa del Pacto de París, grupo de trabajo de expertos, pilar, base de referencia,
 * asociados). A sample translation, not edited by United Nations translation services.
 */
import { listFor, pluralFor, shortName } from './shared.js';
import type { ChartStrings } from './strings.js';

const list = listFor('es');
const plural = pluralFor('es');

export const es: ChartStrings = {
  units: { kg: 'kg', count: 'número', percent: '%', days: 'días' },
  withUnit: (title, unit) => `${title} (${unit})`,
  list,
  separator: ', ',
  pillarNumber: (id) => `Pilar ${id}:`,
  shortName,

  programmes: { 'RP ANC': 'País prioritario del RP ANC', 'RP SEE': 'País prioritario del RP SEE', none: 'Otro país asociado' },
  nonPartner: 'País no asociado',
  figureReported: 'Comunicada',
  figureAfterBreak: 'Tras una discontinuidad de la serie',

  baselineCurrent: {
    baseline: (year) => `Base de referencia (${year})`,
    figureIn: (year, earliest) => (earliest === undefined ? year : `${year} o último año disponible (${earliest}\u2013${year})`),
    legendTitle: (figureIn) => `Círculo vacío: base de referencia; símbolo: cifra de ${figureIn}, según la situación`,
    caption: (indicator, baselineYear, year) => `${indicator}: base de referencia ${baselineYear} y cifras actuales, ${year}`,
    columns: { entity: 'Entidad', baselineYear: 'Año de referencia', baseline: 'Base de referencia', currentYear: 'Año actual', current: 'Cifra actual', change: 'Variación', status: 'Situación' },
    describe: (d) =>
      `${plural(d.entities, { one: 'entidad', other: 'entidades' })}; ${d.withoutBaseline.text} sin base de referencia` +
      (d.withoutCurrent.n ? `, ${d.withoutCurrent.text} sin cifra actual` : '') +
      (d.notShown.length > 0 ? `; no comunicadas (ninguna cifra hasta ${d.year}), por lo que no se muestran: ${d.notShown.join(', ')}` : '') +
      (d.logarithmic ? '. El eje es logarítmico: cada marca vale diez veces la anterior.' : '.'),
  },

  timeSeries: {
    legendTitle: (unit, baselineYear) => `Cifras (${unit}${baselineYear === undefined ? '' : `; línea discontinua: año de referencia ${baselineYear}`})`,
    caption: (indicator, unit, first, last) => `${indicator} (${unit}), ${first}-${last}`,
    columns: { entity: 'Entidad', flagged: 'Estimaciones o cifras provisionales' },
    flaggedYear: (year, flag) => `${year} (${flag})`,
    describe: (d) =>
      `${plural(d.panels, { one: 'panel', other: 'paneles' })}, de ${d.first} a ${d.last}` +
      (d.shared ? ', todos en la misma escala.' : '; cada panel tiene su propia escala: compárense las formas, no las alturas.'),
  },

  statusByPillar: {
    legendTitle: (year) => `Situación en ${year}`,
    axisIndicators: 'Cifras por entidad (países u organizaciones)',
    axisPillars: 'Cifras por entidad (indicador x país u organización)',
    captionPillar: (id, title, year) => `Situación de las cifras del pilar ${id} (${title}) por indicador, ${year}`,
    captionAll: (year) => `Situación de las cifras por pilar, ${year}`,
    columns: { indicator: 'Indicador', pillar: 'Pilar', total: 'Total' },
    describe: 'Cada barra cuenta las cifras (sexo: total) por situación, en el orden de la leyenda; los segmentos suficientemente anchos muestran el símbolo de su situación y su número.',
    source: 'Métricas calculadas por vdr a partir de las cifras de los indicadores (data/observations)',
  },

  coverageGrid: {
    legend: {
      reported: 'Comunicada',
      estimate: 'Estimación (E)',
      provisional: 'Provisional (P)',
      missing: 'No comunicada, con motivo (?)',
      'not-applicable': 'No se aplica (\u2013)',
      'no-data': 'Sin fila en los datos',
    },
    marks: { estimate: 'E', provisional: 'P', missing: '?', notApplicable: '\u2013' },
    cells: { reported: 'comunicada', notApplicable: 'no se aplica', noRow: 'sin fila', notReportedBecause: (reason) => `no comunicada (${reason})` },
    legendTitle: (year) => `Cifras de ${year}`,
    caption: (year) => `Cobertura de los datos ${year}: cifras por país e indicador`,
    columns: { country: 'País' },
    describe: (d) =>
      `${plural(d.countries, { one: 'país', other: 'países' })} por ${plural(d.indicators, { one: 'indicador', other: 'indicadores' })} para ${d.year}: ` +
      `${plural(d.reported, { one: 'cifra comunicada', other: 'cifras comunicadas' })}, ${plural(d.estimates, { one: 'estimación', other: 'estimaciones' })}, ` +
      `${plural(d.provisional, { one: 'cifra provisional', other: 'cifras provisionales' })}, ${d.missing.text} no comunicadas con motivo, ` +
      `${d.notApplicable.text} que no se aplican y ${d.noRow.text} sin fila.`,
    source: 'Cifras de los indicadores en data/observations',
  },

  ewgTimeline: {
    formats: { trifold: 'Reunión de formato triple (tres GTE en una misma sede)', single: 'Reunión única' },
    caption: (first, last) => `Reuniones de los grupos de trabajo de expertos, ${first}-${last}`,
    columns: { number: 'GTE', topic: 'Tema', host: 'Anfitrión', city: 'Ciudad', country: 'País', month: 'Mes', year: 'Año', pillars: 'Pilares', trifold: 'Formato triple' },
    describe: (d) =>
      `${plural(d.meetings, { one: 'reunión', other: 'reuniones' })} de ${d.from} a ${d.to}, numeradas como en el cuadro; ` +
      d.perPillar.map((p) => `pilar ${p.id}: ${p.count.text}`).join(', ') +
      '.',
    source: 'Iniciativa del Pacto de París: lista de los grupos de trabajo de expertos (data/reference/ewg-meetings.csv)',
  },

  partnerMap: {
    disclaimer:
      'Las fronteras y los nombres que figuran en este mapa y las denominaciones empleadas en él no implican su aprobación o aceptación oficial por las Naciones Unidas',
    overviewRegion: 'De Europa a Asia Oriental',
    overviewTitle: (region) => `Vista general: ${region}`,
    insetTitle: (title) => `Recuadro: ${title}`,
    where: { main: 'mapa principal', overview: 'vista general', inset: (title) => `recuadro ${title}`, notDrawn: 'no representado' },
    legendStatus: (indicator, year) => `${indicator}: situación en ${year}`,
    legendProgramme: 'Países asociados',
    keyTitle: 'Clave: países asociados por código ISO',
    captionStatus: (indicator, year) => `Países asociados: situación del indicador «${indicator}», ${year}`,
    captionProgramme: 'Países asociados por programa prioritario',
    columns: { country: 'País', code: 'Código', programme: 'Programa prioritario', status: (year) => `Situación en ${year}`, drawnIn: 'Representado en', codeShown: 'Código indicado en el mapa' },
    codeShown: { yes: 'sí', no: 'no: falta de espacio' },
    insetWithNames: (title, names) => `${title} (${list(names)})`,
    overviewInset: 'una vista general de los demás asociados, de Europa a Asia Oriental',
    describe: (d) =>
      (d.focus === 'all' ? 'Mapa de los países asociados, de Europa Occidental al Japón y la India' : `Mapa de los países prioritarios del ${d.focus} y sus vecinos`) +
      (d.insets.length ? `, con recuadros enmarcados a otras escalas: ${list(d.insets)}` : '') +
      '; los países no asociados figuran en gris. Cada asociado está representado y señalado con su código ISO donde el código cabe; la clave bajo el mapa da el país de cada código.' +
      (d.byStatus ? ' Cada asociado lleva el símbolo de su situación.' : '') +
      (d.partly.length ? ` El borde del mapa corta una parte de: ${list(d.partly)}.` : '') +
      (d.unlabelled.length ? ` Sin su código en el mapa, por falta de espacio (la clave y el cuadro los nombran): ${list(d.unlabelled)}.` : ''),
    source: (indicatorSource, disclaimer) => `${indicatorSource === undefined ? '' : `${indicatorSource}. `}Mapa: Natural Earth mediante world-atlas. ${disclaimer}`,
  },

  partnerPillar: {
    keyBaseline: 'Base de referencia',
    keyCurrent: 'Cifra actual, según la situación',
    figures: (baseline, current, comparable) =>
      baseline !== undefined && current !== undefined ? (comparable ? `${baseline} a ${current}` : `${baseline}; ${current}`) : (baseline ?? current ?? ''),
    statusLine: (status, from, to) => {
      const years = from !== undefined && to !== undefined && from !== to ? `${from}\u2013${to}` : (from ?? to);
      return years === undefined ? status : `${status}, ${years}`;
    },
    seriesBreak: (year) => `Discontinuidad de la serie en ${year}: no comparable`,
    none: (pillar) => `No se espera de este asociado ningún indicador de este pilar (${pillar}).`,
    caption: (entity, pillar, year) => `Base de referencia y cifras actuales de ${entity}, ${pillar}, ${year}`,
    columns: {
      indicator: 'Indicador',
      unit: 'Unidad',
      baselineYear: 'Año de referencia',
      baseline: 'Base de referencia',
      currentYear: 'Año actual',
      current: 'Cifra actual',
      change: 'Variación',
      status: 'Situación',
      seriesBreak: 'Discontinuidad de la serie',
    },
    title: (entity, pillar) => `Base de referencia y cifras actuales de ${entity}, ${pillar}`,
    description: (entity, pillar) => `Para cada indicador del ${pillar}, la base de referencia y la cifra actual de ${entity}, con la situación de la cifra actual.`,
    describe: (d) =>
      'Una fila por indicador, cada una en su propia escala, de cero a una cifra redonda igual o superior a la mayor de sus dos cifras (los porcentajes de 0 a 100): la longitud compara las dos cifras de una fila, no un indicador con otro. ' +
      `${plural(d.indicators, { one: 'indicador', other: 'indicadores' })}, ${d.withFigures.text} con cifras` +
      (d.notReported.length > 0 ? `; no comunicados: ${list(d.notReported)}` : '') +
      (d.notComparable.length > 0 ? `; no comparables por una discontinuidad de la serie: ${list(d.notComparable)}` : '') +
      '.',
  },

  custom: { source: 'Gráfico definido en el texto del informe; cifras tomadas de los datos y las métricas del proyecto' },
};
