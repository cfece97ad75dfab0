/**
 * The report's words in Spanish, in the usage of the United Nations' Spanish documents: UNODC
 * (la UNODC) for the Office, Iniciativa del Pacto de París, Declaración de Viena, grupos de
 * trabajo de expertos, asociados, precursores, base de referencia; “” quotes; % written after the
 * figure without a space. Numbers come printed as Intl writes them for 'es' ("1020", "10.020,5"),
 * and every noun after a count takes the form of Spanish's plural categories (one, many, other)
 * by Intl.PluralRules. A sample translation, not edited by United Nations translation services.
 */
import { pluralCategory } from './plural.js';
import type { UnitWords, Words } from './strings.js';

/** The plural category of a count, a number or as Intl printed it for this language (plural.ts). */
export const pluralOf = pluralCategory('es');

/**
 * A noun's forms after a count: one (1), other (0, 2, 1,5). CLDR's 'many' (1.000.000) takes the
 * plural noun when the count is written in digits ("1.000.000 días", as Intl writes units); only
 * the word "millón" asks for "de".
 */
type Forms = readonly [one: string, other: string];

/** The form of a noun that goes with a count ("1 error", "2 errores", "1.000.000 errores"). */
function form(count: string | number, [one, other]: Forms): string {
  switch (pluralOf(count)) {
    case 'one':
      return one;
    case 'many':
    default:
      return other;
  }
}

/** A count and the noun that goes with it: "3 capítulos". */
const counted = (count: string | number, forms: Forms): string => `${count} ${form(count, forms)}`;

/** A unit written after a figure in the form its plural category asks for. */
const inflected =
  ([one, other]: Forms): UnitWords =>
  (n, plural) =>
    `${n} ${plural === 'one' ? one : other}`;

/** "y" becomes "e" before a word that starts with the sound i ("Francia e Italia", but "y hierro"). */
const and = (next: string): string => (/^h?[iíIÍ](?![aeouáéóú])/u.test(next) ? 'e' : 'y');

/** "A", "A y B", "A, B y C". */
const joinWords = (words: readonly string[]): string => {
  if (words.length <= 1) return words.join('');
  const last = words[words.length - 1]!;
  return `${words.slice(0, -1).join(', ')} ${and(last)} ${last}`;
};

/**
 * The word forms the prose check reads: each stem with each ending.
 *
 * @param stems
 *   Stems separated by spaces.
 * @param endings
 *   Endings separated by spaces.
 */
const inflect = (stems: string, endings: string): string[] => stems.split(' ').flatMap((stem) => endings.split(' ').map((ending) => stem + ending));

/** Forms of a regular -ar verb that a sentence about a figure uses: aumenta, aumentó, aumentaron, aumentado... */
const AR = 'ar a an ó aron ado ada ados adas ando aba aban ará arán e en ara aran';

const FIGURES: Forms = ['cifra', 'cifras'];

export const es: Words = {
  lang: 'es',
  locale: 'es',
  dir: 'ltr',
  languageName: 'Español',

  otherLanguages: 'Este informe en otros idiomas',
  notTranslated: (source) => `Este capítulo no se ha traducido; se presenta en ${source}.`,
  staleTranslation: 'Traducción desactualizada: el texto original de este párrafo se modificó después de su traducción.',
  sampleTranslation: 'Traducción de muestra, no revisada por los servicios de traducción de las Naciones Unidas.',
  namesFromCldr:
    'Los nombres de países que no figuran en los datos de referencia del proyecto son los de Unicode CLDR, no los de la terminología de las Naciones Unidas.',

  chapter: (n) => `Capítulo ${n}`,
  section: (n) => `Sección ${n}`,
  figure: (n) => `Figura ${n}`,
  table: (n) => `Cuadro ${n}`,
  annex: (n) => `Anexo ${n}`,
  captioned: (label, title) => `${label}. ${title}`,

  // Spanish writes the article with the acronym ("la UNODC", "los ODS"), and the article stays
  // before the written-out name: nothing is added.
  acronymLead: () => '',

  // Spanish writes the English marks.
  parenthesis: { open: ' (', close: ')' },
  listSeparator: '; ',
  withNotes: (text, notes) => `${text} (${notes.join('; ')})`,

  pageNumber: 'Página {page} de {pages}',

  pageReference: '(pág. {page})',

  whatChanged: {
    title: 'Cambios',
    summary: (figures, paragraphs, chapters) =>
      `Hay diferencias en ${counted(figures, FIGURES)} y ${counted(paragraphs, ['párrafo', 'párrafos'])} de ${counted(chapters, ['capítulo', 'capítulos'])}.`,
    nothing: 'No hay cambios: todas las cifras y todos los párrafos siguen igual.',
    allPartnerFigures: 'Cifras del conjunto de los asociados',
    otherFigures: (figures) => `${counted(figures, ['cifra más', 'cifras más'])} de países, organizaciones, regiones y programas`,
    columns: { field: 'Medida', old: 'Antes', new: 'Ahora' },
    added: 'Añadido',
    removed: 'Suprimido',
    changed: 'Modificado',
    line: (line) => `línea ${line}`,
    chapterSummary: (added, removed, changed) => `añadidos: ${added}; suprimidos: ${removed}; modificados: ${changed}`,
    measures: {
      baseline: 'Base de referencia',
      current: 'Cifra actual',
      change: 'Variación',
      relative_change: 'Variación relativa',
      status: 'Estado',
      coverage: 'Cobertura',
    },
    none: 'ninguna',
    figureAdded: 'nueva',
    figureRemoved: 'ya no se calcula',
    sexed: (entity, sex) => `${entity}, ${sex === 'female' ? 'mujeres' : 'hombres'}`,
    coverage: (ofTotal, withBaseline, withCurrent) =>
      `${ofTotal} con ambas cifras (${withBaseline} con base de referencia, ${withCurrent} con cifra actual)`,
    figuresHeading: 'Cifras',
    textHeading: 'Texto',
    wholeParagraphsShortened:
      'En la versión impresa, de cada párrafo añadido o suprimido en su totalidad se muestran las tres primeras líneas; el informe en HTML lo muestra completo.',
    oldLine: (line) => `antes línea ${line}`,
    chapterAdded: 'capítulo nuevo',
    chapterRemoved: 'capítulo suprimido',
    otherFiguresNotPrinted: (figures) =>
      pluralOf(figures) === 'one'
        ? 'La otra cifra de países, organizaciones, regiones y programas figura en el informe en HTML y en la salida de vdr diff; no se imprime.'
        : `Las otras ${figures} cifras de países, organizaciones, regiones y programas figuran en el informe en HTML y en la salida de vdr diff; no se imprimen.`,
    insertedMark: 'insertado:',
    deletedMark: 'suprimido:',
  },

  contents: 'Índice',
  listOfFigures: 'Lista de figuras',
  listOfTables: 'Lista de cuadros',
  glossary: 'Siglas',
  glossaryIntro: 'Siglas utilizadas en el presente informe. Cada una se desarrolla la primera vez que aparece en el informe.',
  references: 'Referencias',
  referencesIntro: 'Documentos de las Naciones Unidas citados en el presente informe, por signatura.',
  footnotes: 'Notas',
  footnoteBack: (reference) => `Volver al texto de la nota ${reference}`,
  skipToContent: 'Ir al informe',
  navigation: 'Contenido del informe',
  navigationToggle: 'Índice',
  figuresBehindChart: 'Datos de la figura',
  mapAsList: 'El mapa en forma de lista',
  mapListGroup: (label, count) => `${label} (${count})`,
  sourceNote: (source) => `Fuente: ${source}${/[.!?]$/.test(source) ? '' : '.'}`,
  tableSourcesLink: 'Origen de estas cifras',
  dataDownload: 'Descargar los datos (CSV)',
  dataDownloadAll: 'Descargar los datos de todas las figuras y cuadros (CSV)',
  scrollableFigure: (label) => `${label}, gráfico`,
  authorTable: 'Cuadro',
  onlineDocument: (symbol) => `${symbol} en el Sistema de Archivo de Documentos de las Naciones Unidas`,

  coverOrganization: 'Oficina de las Naciones Unidas contra la Droga y el Delito',
  coverInitiative: 'Iniciativa del Pacto de París',
  coverEdition: (year, status) => (status === 'baseline' ? `${year}: edición de referencia` : `${year}: avances respecto de la base de referencia`),
  illustrativeNote:
    'Las cifras de los indicadores de la presente edición son ilustrativas: se generaron con fines de demostración y no fueron comunicadas por los asociados. Los datos de referencia (países asociados, organizaciones asociadas, pilares y reuniones de los grupos de trabajo de expertos) son reales.',
  kinds: {
    reported: () => 'comunicadas por los asociados',
    compiled: (source) => `recopiladas a partir de ${source ?? 'una fuente pública'}`,
    estimated: () => 'estimadas',
    illustrative: () => 'ilustrativas (generadas con fines de demostración, no comunicadas por los asociados)',
  },
  figuresNote: (kinds) =>
    kinds.length === 1
      ? `Las cifras de los indicadores de la presente edición son ${kinds[0]}.`
      : `Las cifras de los indicadores de la presente edición son de ${kinds.length} tipos: ${joinWords(kinds)}. Cada figura y cada cuadro indica a cuál de ellos corresponden las cifras que muestra.`,
  figuresAre: (kinds) => `Cifras ${joinWords(kinds)}.`,
  draftMark: 'Borrador',

  draftBannerTitle: 'Borrador: no destinado a la distribución',
  draftBannerIntro: (errors, warnings) =>
    `Este borrador contiene ${counted(errors, ['error', 'errores'])} y ${counted(warnings, ['advertencia', 'advertencias'])} en sus datos y su contenido. No podrá generarse una versión final hasta que se corrijan los errores.`,
  draftBannerNone: 'No se encontraron problemas en los datos ni en el contenido.',
  draftBannerList: (count) =>
    pluralOf(count) === 'one'
      ? 'El problema, con su ubicación y la forma de corregirlo'
      : `Los ${count} problemas, por archivo, con la ubicación de cada uno y la forma de corregirlo`,
  draftChapter: 'Este capítulo está marcado como borrador.',
  buildStamp: ({ edition, commit, dataFingerprint, buildTime }) =>
    `Edición ${edition}, generada el ${buildTime}${commit ? ` a partir del commit ${commit}` : ''}; huella digital de los datos: ${dataFingerprint}.`,
  severity: { error: 'Error', warning: 'Advertencia' },
  fixLabel: 'Corrección:',
  contentErrorInline: (problem, place) => `[problema${place ? ` en la línea ${place.line}, columna ${place.column}` : ''}: ${problem}]`,
  chartMissing: (id) => `[no se dibujó el gráfico ${id}]`,

  chartDescriptions: {
    'baseline-current': (indicator) => `${indicator}: base de referencia y cifra actual de cada entidad informante.`,
    'time-series': (indicator) => `${indicator}: cifras anuales de cada entidad, en un pequeño gráfico por entidad.`,
    'status-by-pillar': () => 'Número de cifras que mejoraron, empeoraron o no variaron respecto de la base de referencia.',
    'partner-map': (indicator) =>
      indicator ? `Mapa de los países asociados, coloreados según el estado de “${indicator}”.` : 'Mapa de los países asociados, coloreados según el programa prioritario.',
    'coverage-grid': () => 'Países asociados que comunicaron cada indicador: comunicado, estimado o sin datos.',
    'ewg-timeline': () => 'Reuniones de los grupos de trabajo de expertos a lo largo del tiempo, por pilar.',
  },

  notAvailable: 'n.\u00a0d.',
  latestAvailable: (year) => `último dato disponible: ${year}`,
  baselineFrom: (year) => `base de referencia de ${year}`,
  aggregateYears: (edition, span, includesEdition) => (includesEdition ? `${edition} o último año disponible, ${span}` : `último año disponible, ${span}`),
  aggregateCoverage: (count, total, reporters) => `${count} de ${total} ${reporters}`,
  seriesBreak: (year, note) => (note ? `discontinuidad de la serie en ${year}: ${note}` : `discontinuidad de la serie en ${year}`),
  ofTotal: (count, total) => `${count} de ${total}`,
  units: {
    kg: inflected(['kg', 'kg']),
    days: inflected(['día', 'días']),
    count: (n) => n,
    percent: (n) => `${n}%`,
  },
  percentagePoints: inflected(['punto porcentual', 'puntos porcentuales']),
  percent: (n) => `${n}%`,
  statuses: {
    improved: 'mejoró',
    worsened: 'empeoró',
    unchanged: 'sin cambios',
    changed: 'cambió (indicador neutro)',
    'not-comparable': 'no comparable (discontinuidad de la serie)',
    'no-baseline': 'sin base de referencia',
    'no-current-data': 'sin datos actuales',
    'not-reported': 'no comunicado',
  },
  flags: { estimate: 'estimación', provisional: 'provisional', break: 'discontinuidad de la serie' },
  allPartners: 'todos los asociados',
  yes: 'sí',
  no: 'no',

  fields: {
    baseline: 'base de referencia',
    current: 'cifra actual',
    change: 'variación respecto de la base de referencia',
    relative_change: 'variación relativa respecto de la base de referencia',
    annualised_change: 'variación anualizada',
    target_progress: 'avance hacia la meta',
    change_since_previous: 'variación respecto de la edición anterior',
    baseline_year: 'año de referencia',
    current_year: 'año de la cifra actual',
    status: 'estado',
    coverage: 'cobertura',
    statusCount: (status) => `entidades con el estado “${status}”`,
  },

  columns: {
    entity: 'Entidad informante',
    indicator: 'Indicador',
    group: 'Grupo',
    baseline: (year) => `Base de referencia (${year})`,
    current: (year) => `Actual (${year})`,
    change: 'Variación',
    relativeChange: 'Variación relativa',
    status: 'Estado',
    coverage: 'Cobertura',
  },
  coverageNote: 'Cobertura: entidades que comunicaron tanto una base de referencia como una cifra actual, de las que debían comunicarlas.',
  aggregateYearsNote: (edition) =>
    `Años entre paréntesis después de una cifra: años a los que corresponden las cifras de los asociados, cuando no todas corresponden al año de la columna (una cifra actual corresponde a ${edition} o al último año disponible anterior).`,
  notReportedNote: (names, edition) => `No comunicado (ninguna cifra hasta ${edition}): ${joinWords(names)}.`,

  annexes: {
    partnerCountries: 'Países asociados',
    partnerCountriesIntro: (n) =>
      pluralOf(n) === 'one'
        ? 'El país asociado de la Iniciativa del Pacto de París, con su región (M49 de las Naciones Unidas) y su programa prioritario.'
        : `Los ${n} países asociados de la Iniciativa del Pacto de París, con sus regiones (M49 de las Naciones Unidas) y sus programas prioritarios.`,
    partnerOrganizations: 'Organizaciones asociadas',
    partnerOrganizationsIntro: (n) =>
      pluralOf(n) === 'one' ? 'La organización asociada de la Iniciativa del Pacto de París.' : `Las ${n} organizaciones asociadas de la Iniciativa del Pacto de París.`,
    ewgMeetings: 'Reuniones de los grupos de trabajo de expertos',
    ewgMeetingsIntro: (n) =>
      pluralOf(n) === 'one'
        ? 'La reunión de un grupo de trabajo de expertos celebrada hasta el año de la presente edición, y el pilar al que correspondió.'
        : `Las ${n} reuniones de los grupos de trabajo de expertos celebradas hasta el año de la presente edición, y los pilares a los que correspondieron.`,
    methodology: 'Metodología',
    methodologyIntro: 'Cómo se define, comunica, agrega y evalúa cada indicador. El catálogo figura en data/indicators.yaml.',
    dataTables: 'Cuadros de datos',
    dataTablesIntro:
      'Cada indicador agregado para el conjunto de los asociados y para los países de cada programa regional, según la regla de agregación del indicador, respecto de las entidades que comunicaron tanto una base de referencia como una cifra actual.',
    dataTableCaption: (pillar) => `${pillar}: indicadores del conjunto de los asociados y de los programas regionales`,
    sources: 'Fuentes de las cifras',
    sourcesIntro:
      'Cada cifra que figura en el texto remite a su entrada en esta lista: el indicador, la entidad informante, la cifra y sus años, y el archivo y la línea de cada observación a partir de la cual se calculó.',
    sourcesPrintNote:
      'La edición impresa no incluye esta lista. La edición en HTML del presente informe la presenta completa, con cada cifra vinculada a su entrada, y metrics.json ofrece la misma información para todas las cifras; vdr explain INDICATOR ENTITY muestra cómo se calculó cualquiera de ellas.',
    sourcesFiles: 'Las cifras proceden de los siguientes archivos de observaciones:',
    sourcesIllustrative: 'Los archivos de observaciones de la presente edición contienen datos de muestra ilustrativos, no cifras comunicadas por los asociados.',
  },
  countryColumns: { name: 'País', iso3: 'Código ISO', region: 'Región', subregion: 'Subregión', partnerSince: 'Asociado desde', programme: 'Programa prioritario' },
  organizationColumns: { acronym: 'Sigla', name: 'Nombre', partnerSince: 'Asociada desde' },
  ewgColumns: { number: 'N.º', topic: 'Tema', host: 'Anfitrión', city: 'Ciudad', country: 'País', date: 'Fecha', trifold: 'Formato triple', pillars: 'Pilares' },
  partnerSince: { original: 'asociado original', 'third-ministerial-2012': 'Tercera Conferencia Ministerial (2012)' },
  programme: { 'RP ANC': 'RP ANC', 'RP SEE': 'RP SEE', none: 'ninguno' },
  pillarTitle: (id, title) => `Pilar ${id}: ${title}`,
  contextTitle: 'Contexto: indicadores no incluidos en los pilares',

  methodology: {
    definition: 'Definición',
    unit: 'Unidad',
    reportedBy: 'Comunicado por',
    direction: 'Sentido',
    aggregation: 'Agregación',
    baselineYear: 'Año de referencia',
    baselineFallback: (years) =>
      `; cuando un asociado no tiene cifra para ese año, se toma el año más próximo dentro de un margen de ${counted(years, ['año', 'años'])}, lo que se indica en los cuadros`,
    target: 'Meta',
    targetValue: (value, year) => `${value} para ${year}`,
    noTarget: 'no se ha fijado',
    tolerance: 'Tolerancia',
    source: 'Fuente',
    aggregateCurrent: 'Los agregados toman',
    aggregateCurrentRule: {
      'latest-available': 'la última cifra de cada asociado hasta el año de la edición',
      'edition-year': 'solo las cifras del propio año de la edición',
    },
    breaks: 'Discontinuidades de la serie',
    breaksCompared: 'una variación que atraviesa una discontinuidad de la serie se sigue evaluando como mejora o empeoramiento',
    roundingTitle: 'Redondeo',
    roundingRule:
      'Las cifras se almacenan sin redondear y solo se redondean al imprimirse, conforme a una única regla: un nivel o una variación se redondea, alejándose de cero en caso de empate, al número de decimales que fija su indicador (ninguno en el caso de los recuentos); las variaciones relativas y anualizadas y el avance hacia una meta son porcentajes con un decimal; los recuentos de entidades y de años son números enteros. Una variación lleva su signo; la variación de un porcentaje se expresa en puntos porcentuales. Una cifra que no puede calcularse (por ejemplo, una variación relativa a partir de una base de referencia de 0) se indica como n.\u00a0d., nunca como 0.',
    countingTitle: 'Reglas de cálculo',
    countingIntro:
      'Estas reglas determinan todas las cifras del informe. Se imprimen a partir del mismo lugar del código que las aplica, y cada una se verifica con un ejemplo resuelto.',
    countingRules: {
      baseline: {
        title: 'Base de referencia',
        text: 'La base de referencia es la cifra del año de referencia del indicador. Cuando el indicador fija un margen de sustitución de k años y no hay cifra para el año de referencia, se toma la del año más próximo dentro de ese margen de k años (el año anterior en caso de empate), y el informe indica de qué año se trata. No se utiliza ninguna cifra posterior al año de la edición.',
      },
      current: {
        title: 'Cifra actual',
        text: 'La cifra actual es la del año de la edición. A falta de ella, es la última cifra posterior al año de la base de referencia (a partir del año de referencia, en el caso de un asociado sin base de referencia), marcada como “último dato disponible” con su año.',
      },
      'only-baseline': {
        title: 'Solo una base de referencia',
        text: 'Un asociado cuya única cifra corresponde al año de referencia no tiene cifra actual: su base de referencia no se traslada, y su estado es “sin datos actuales”. En la propia edición de referencia, la cifra actual es la base de referencia y la variación es 0.',
      },
      'not-reported': {
        title: 'No comunicado',
        text: 'Un asociado que no tiene ninguna cifra hasta el año de la edición figura como “no comunicado”; uno que tiene cifras, pero ninguna del año de referencia (o de su margen), figura “sin base de referencia”. Los cuadros, los gráficos, los mapas y los recuentos de estados muestran ambos casos.',
      },
      change: {
        title: 'Variación',
        text: 'La variación es la cifra actual menos la base de referencia; la variación relativa es la variación dividida por el valor absoluto de la base de referencia. A partir de una base de referencia de 0, la variación relativa no está definida (n.\u00a0d.) y cualquier variación supera la tolerancia, de modo que un aumento a partir de 0 se considera “mejoró” en un indicador en el que un valor más alto es mejor.',
      },
      status: {
        title: 'Estado',
        text: 'Una variación de 0, o una variación relativa dentro de la tolerancia del indicador (inclusive), se considera “sin cambios”. Más allá de ella, la variación se considera “mejoró” o “empeoró” según el sentido del indicador, o “cambió (indicador neutro)” en el caso de un indicador en el que ningún sentido es mejor.',
      },
      annualised: {
        title: 'Variación anualizada',
        text: 'La variación anualizada es (actual / base de referencia) elevado a 1 / (años transcurridos entre ambas), menos 1, utilizando los años a los que corresponden efectivamente las dos cifras; se indica cuando ambas cifras son positivas y corresponden a años distintos.',
      },
      'series-break': {
        title: 'Discontinuidades de la serie',
        text: 'Una cifra marcada como discontinuidad de la serie inicia una serie que no es comparable con los años anteriores. Una variación entre una base de referencia anterior a la discontinuidad y una cifra actual de ese año o de uno posterior se imprime con la nota de la discontinuidad y tiene el estado “no comparable (discontinuidad de la serie)”, salvo que el indicador disponga que las variaciones que atraviesan discontinuidades se sigan evaluando; los agregados excluyen a esos asociados.',
      },
      'aggregate-set': {
        title: 'Agregados y cobertura',
        text: 'Los agregados (una suma, una media ponderada por el denominador de cada cifra cuando todas lo tienen, o una mediana, según fije el indicador) se calculan sobre el conjunto equilibrado: los asociados que deben comunicar el indicador y que tienen tanto una base de referencia como una cifra actual cuya variación es comparable, de modo que una variación refleje una evolución real y no cambios en la comunicación de datos. La cobertura es el tamaño de ese conjunto respecto del total de asociados que deben comunicar el indicador (todos los países asociados en el caso de los indicadores comunicados por países; en el de los comunicados por organizaciones, todas las organizaciones que tienen una fila). Los recuentos de estados abarcan a todos los asociados que deben comunicar el indicador.',
      },
      'aggregate-years': {
        title: 'Años en que se basa un agregado',
        text: 'Un agregado suma la cifra actual de cada miembro, la última disponible hasta el año de la edición, salvo que el indicador tome solo la del año de la edición. Cuando las cifras de sus miembros corresponden a varios años, el informe indica el intervalo junto al agregado, por ejemplo “2021 o último año disponible, 2019\u20132021”, y cuántos de los asociados que deben comunicar el indicador abarca.',
      },
      'aggregate-annualised': {
        title: 'Variación anualizada de un agregado',
        text: 'La variación anualizada de un agregado solo se indica cuando la base de referencia de cada miembro corresponde al año de referencia y la cifra actual de cada miembro al año de la edición; en caso contrario, es n.\u00a0d., ya que sus cifras abarcan varios años.',
      },
    },
  },
  unitNames: { kg: 'kilogramos', count: 'número', percent: 'porcentaje', days: 'días' },
  directions: {
    'higher-is-better': 'cuanto más alto, mejor',
    'lower-is-better': 'cuanto más bajo, mejor',
    neutral: 'neutro: una variación no es ni positiva ni negativa',
  },
  aggregations: {
    sum: 'suma de los asociados',
    'weighted-mean': 'media ponderada por el denominador de cada asociado',
    median: 'mediana de los asociados',
  },
  reportedBy: { country: 'países asociados', organization: 'organizaciones asociadas' },

  sourceColumns: { entry: 'Entrada', figure: 'Cifra', where: 'Observaciones utilizadas' },
  sourceLines: (file, lines, count) => `${file}, ${form(count, ['línea', 'líneas'])} ${lines}`,
  sourceReference: (file) => `${file} (datos de referencia)`,
  sourceMetricTitle: (what, entry) => `${what}. Fuentes de las cifras, entrada ${entry}`,
  sourceMetricName: (text, what) => `${text}: ${what}, fuente`,
  sourceNone: 'ninguna observación: la cifra no está disponible',
  sourceTable: (label) => `${label}, por fila`,
  sourceFigure: (label) => label,
  facts: {
    'partner-countries': 'Número de países asociados',
    'partner-organizations': 'Número de organizaciones asociadas',
    pillars: 'Número de pilares de la Declaración de Viena',
    indicators: 'Número de indicadores del catálogo',
    'ewg-meetings': 'Número de reuniones de los grupos de trabajo de expertos',
    'trifold-meetings': 'Número de reuniones de los grupos de trabajo de expertos en formato triple',
    'rp-anc-countries': 'Número de países asociados del Programa Regional para el Afganistán y los Países Vecinos',
    'rp-see-countries': 'Número de países asociados del Programa Regional para Europa Sudoriental',
  },
  factUntil: (what, year) => `${what} hasta ${year}`,
  sourceMetric: (indicator, entity, field, years) => `${indicator}, ${entity}: ${field}${years ? ` (${years})` : ''}`,

  // A Spanish verb agrees with its subject in number, and :trend writes one form: the singular,
  // which the chapters pair with "la cantidad", "el número", "la cobertura", "la mediana"
  // ("el número de operaciones aumentó", "la mediana del tiempo de espera disminuyó").
  trends: {
    verb: { rise: 'aumentó', fall: 'disminuyó', flat: 'varió poco' },
    noun: { rise: 'un aumento', fall: 'una disminución', flat: 'poca variación' },
  },
  trendNotComparable: {
    verb: 'no puede compararse debido a una discontinuidad de la serie',
    noun: 'una variación que atraviesa una discontinuidad de la serie',
  },
  trendTitle: (what, change) => `${what}, ${change}`,

  // Like the English list, which leaves out "reduce" and "reduction" ("drug demand reduction"),
  // this leaves out "reducción" and the present of "reducir", "bajo", "baja" (under, low) and
  // "elevado" (high): words that name a field, a place or a level, not a direction.
  brief: {
    kicker: 'Ficha del asociado',
    documentTitle: (name, report, year) => `${name}: ficha del asociado, ${report} ${year}`,
    edition: (report, year) => `${report}, edición de ${year}`,
    facts: { type: 'Asociado', code: 'Código' },
    types: { country: 'país asociado', organization: 'organización asociada' },
    draftNote: 'Esta ficha es un borrador: sus cifras aún pueden cambiar antes de que se publique la edición. No la distribuya.',
    noFigures: (expected, year) =>
      `Indicadores que este asociado debe comunicar: ${expected}. Los datos no contienen ninguna cifra de ninguno de ellos hasta ${year}. Lo que falta, y el motivo que den los datos, se enumera más abajo.`,
    notExpected:
      'Los datos no contienen ninguna fila de esta organización, por lo que no se espera que comunique ningún indicador de esta edición (se espera que una organización comunique un indicador cuando los datos contienen una fila de él, de cualquier año). Esta ficha no contiene cifras.',
    chartCaption: (pillar, name) => `${pillar}: las cifras de ${name}`,
    figuresCaption: (pillar, name) => `${pillar}: cifras de cada año de ${name}, su variación desde la base de referencia y su situación`,
    yearsNote: (noRow, marks) => `Cifras en la unidad indicada con cada indicador; la base de referencia va enmarcada y la cifra actual en negrita. ${noRow}: los datos no contienen ninguna fila para ese año; una fila sin cifra indica el motivo. Signos: ${marks}.`,
    noRow: '\u2013',
    withUnit: (title, unit) => `${title} (${unit})`,
    flagMarks: { estimate: 'e', provisional: 'p', break: 'r' },
    flagInYear: (flag, year) => `${flag} (${year})`,
    missingReasons: { 'not-reported': 'no comunicada', confidential: 'confidencial', 'not-applicable': 'no se aplica', 'not-collected': 'no recopilada' },
    yearField: 'cifra',
    comparison: {
      title: 'Comparación con los agregados',
      intro:
        'Cada variación desde la base de referencia junto a la de los agregados a los que pertenece este asociado. Un agregado se calcula sobre su conjunto equilibrado (los asociados que deben comunicar y tienen una base de referencia y una cifra actual comparables); su cobertura es el tamaño de ese conjunto respecto de los asociados que deben comunicar. Las variaciones se comparan en términos relativos; las de los porcentajes, en puntos porcentuales.',
      caption: (name) => `${name} y sus agregados: variación desde la base de referencia`,
      coverage: (ofTotal) => `cobertura: ${ofTotal}`,
      note: 'Los agregados son los de las métricas del informe (metrics.json); el anexo de fuentes del informe enumera las observaciones que suma cada uno.',
    },
    meetings: {
      title: 'Reuniones de los grupos de trabajo de expertos acogidas',
      countryIntro: (name, year) => `Reuniones celebradas en ${name} hasta ${year} (el país que indica la lista de reuniones), con la organización anfitriona, si la hubo.`,
      organizationIntro: (name, year) => `Reuniones acogidas por ${name} hasta ${year} (el anfitrión que indica la lista de reuniones).`,
      none: 'Ninguna.',
      caption: (name) => `Reuniones de los grupos de trabajo de expertos acogidas: ${name}`,
    },
    missing: {
      title: 'Lo que falta',
      intro: (year) => `Indicadores que este asociado debe comunicar y que carecen de base de referencia o de cifra hasta ${year}.`,
      none: 'Todos los indicadores que este asociado debe comunicar tienen una base de referencia y una cifra actual.',
      what: {
        'not-reported': (year) => `ninguna cifra hasta ${year}.`,
        'no-baseline': () => 'ninguna cifra de base de referencia.',
        'no-current-data': () => 'ninguna cifra después de la base de referencia.',
      },
      reasons: 'Motivos indicados en los datos:',
      noReason: 'Los datos no indican el motivo.',
    },
    verification: {
      title: 'Cifras que deben confirmarse',
      intro: (file) => `Las cifras de esta ficha que son nuevas o han cambiado desde la última edición publicada, con la cifra publicada entonces. Se ruega confirmar o corregir cada una en el libro ${file}, que recoge todas las cifras de esta ficha.`,
      against: {
        published: 'Comparación con la última versión publicada de esta edición.',
        'previous-edition': (year) => `Comparación con la edición de ${year}.`,
        nothing: 'No hay ninguna edición anterior con la que comparar: todas las cifras son nuevas.',
      },
      none: 'Todas las cifras son las publicadas anteriormente: no hay nada nuevo ni modificado que confirmar.',
      caption: (name) => `Cifras de ${name} que deben confirmarse: nuevas o modificadas desde la última edición publicada`,
    },
    sources: {
      lines: ', líneas',
      title: 'Fuentes de las cifras',
      intro: 'Cada cifra de esta ficha enlaza con la línea del archivo de datos de la que procede, enumerada aquí.',
      none: 'Esta ficha no contiene ninguna cifra de los datos.',
    },
  },

  prose: {
    rise: [
      ...inflect('aument increment duplic triplic', AR),
      ...'elevó elevaron aumento aumentos incremento incrementos crecimiento subida subidas alza alzas'.split(' '),
      ...'crecer crece crecen creció crecieron crecido creciendo crecía crecían crecerá crecerán crezca crezcan'.split(' '),
      ...'subir sube suben subió subieron subido subiendo subía subían subirá subirán'.split(' '),
    ],
    fall: [
      ...inflect('disminu', 'ir ye yen yó yeron ido ida idos idas yendo ía ían irá irán ya yan'),
      ...'disminución disminuciones descenso descensos caída caídas retroceso retrocesos'.split(' '),
      ...'descender desciende descienden descendió descendieron descendido descendiendo descendía descendían'.split(' '),
      ...'caer cae caen cayó cayeron caído cayendo caía caían'.split(' '),
      ...'bajó bajaron bajado redujo redujeron retrocedió retrocedieron'.split(' '),
    ],
    numberedNames: [
      ...'resolución resoluciones decisión decisiones artículo artículos párrafo párrafos párr apartado apartados inciso incisos'.split(' '),
      ...'regla reglas tema temas objetivo objetivos meta metas volumen vol núm n.º nº sesión sesiones'.split(' '),
    ],
    // "de" and "del" join a day to its month ("21 de mayo", "del 9 al 11 de junio").
    joiners: ['a', 'al', 'y', 'e', 'o', 'u', 'hasta', 'de', 'del'],
    crossReferences: 'figura figuras cuadro cuadros gráfico gráficos capítulo capítulos sección secciones anexo anexos'.split(' '),
    // 1.º, 2.ª, 56º, 1.er, 3er.
    isOrdinal: (token) => /^\d+\.?(?:[ºª]|er)$/i.test(token),
  },
};
