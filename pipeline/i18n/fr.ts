/**
 * The report's words in French, in the usage of the United Nations' French documents: Office des
 * Nations Unies contre la drogue et le crime (ONUDC), Initiative du Pacte de Paris, Déclaration de
 * Vienne, groupes de travail d’experts, partenaires, précurseurs, niveau de référence; « »
 * quotes, a no-break space before : and » and after «, a narrow one before ; ? ! and %.
 * Numbers come printed as Intl writes them for 'fr' ("1 020", "10 020,5", with a narrow no-break
 * space between thousands), and every noun after a count takes the form of French's plural
 * categories (one: 0 to under 2; many: 1 000 000; other) by Intl.PluralRules. A sample
 * translation, not edited by United Nations translation services.
 */
import { pluralCategory } from './plural.js';
import type { UnitWords, Words } from './strings.js';

const NUMBER = new Intl.NumberFormat('fr');

/** No-break space (before : and », after «) and narrow no-break space (before ; ? ! and %). */
const NBSP = '\u00a0';
const NNBSP = '\u202f';

/** The plural category of a count, a number or as Intl printed it for this language (plural.ts). */
export const pluralOf = pluralCategory('fr');

/**
 * A noun's forms after a count: one (0, 1, 1,5: French counts below 2 as singular) and other
 * (2, 1 020). CLDR's 'many' (1 000 000) takes the plural noun when the count is written in digits
 * ("1 000 000 jours"); only the word "million" asks for "de".
 */
type Forms = readonly [one: string, other: string];

/** The form of a noun that goes with a count ("0 erreur", "1 erreur", "2 erreurs"). */
function form(count: string | number, [one, other]: Forms): string {
  return pluralOf(count) === 'one' ? one : other;
}

/** A count as French prints it: numbers through Intl ("1 020"), printed counts as they are. */
const printed = (count: string | number): string => (typeof count === 'number' ? NUMBER.format(count) : count);

/** A count and the noun that goes with it: "3 chapitres". */
const counted = (count: string | number, forms: Forms): string => `${printed(count)} ${form(count, forms)}`;

/** A unit written after a figure, with a no-break space, in the form its plural category asks for. */
const inflected =
  ([one, other]: Forms): UnitWords =>
  (n, plural) =>
    `${n}${NBSP}${plural === 'one' ? one : other}`;

/** "A", "A et B", "A, B et C". */
const joinWords = (words: readonly string[]): string => (words.length <= 1 ? words.join('') : `${words.slice(0, -1).join(', ')} et ${words[words.length - 1]}`);

/** A text in French quotation marks: « text ». */
const quoted = (text: string): string => `«${NBSP}${text}${NBSP}»`;

/**
 * The word forms the prose check reads: each stem with each ending.
 *
 * @param stems
 *   Stems separated by spaces.
 * @param endings
 *   Endings separated by spaces.
 */
const inflect = (stems: string, endings: string): string[] => stems.split(' ').flatMap((stem) => endings.split(' ').map((ending) => stem + ending));

/** Forms of a regular -er verb that a sentence about a figure uses: augmente, augmenté, augmentaient, augmentera... */
const ER = 'er e ent é ée és ées ait aient a èrent era eront ant';

const FIGURES: Forms = ['chiffre', 'chiffres'];

export const fr: Words = {
  lang: 'fr',
  locale: 'fr',
  dir: 'ltr',
  languageName: 'Français',

  otherLanguages: 'Le présent rapport dans d’autres langues',
  notTranslated: (source) => `Ce chapitre n’a pas été traduit${NNBSP}; il est présenté en ${source}.`,
  staleTranslation: `Traduction périmée${NBSP}: le texte original de ce paragraphe a été modifié après sa traduction.`,
  sampleTranslation: 'Traduction établie pour l’exemple, non revue par les services de traduction de l’Organisation des Nations Unies.',
  namesFromCldr:
    'Les noms de pays qui ne figurent pas dans les données de référence du projet sont ceux d’Unicode CLDR, et non ceux de la terminologie de l’Organisation des Nations Unies.',

  chapter: (n) => `Chapitre ${n}`,
  section: (n) => `Section ${n}`,
  figure: (n) => `Figure ${n}`,
  table: (n) => `Tableau ${n}`,
  annex: (n) => `Annexe ${n}`,
  captioned: (label, title) => `${label}. ${title}`,

  // French writes the article with the acronym ("l’ONUDC", "du RP ANC"), and the article fits the
  // written-out name as well ("l’Office des Nations Unies...", "du Programme régional..."): nothing is added.
  acronymLead: () => '',

  // French puts a narrow no-break space before the semicolon, none inside the parentheses.
  parenthesis: { open: ' (', close: ')' },
  listSeparator: `${NNBSP}; `,
  withNotes: (text, notes) => `${text} (${notes.join(`${NNBSP}; `)})`,

  pageNumber: 'Page {page} sur {pages}',

  pageReference: '(p. {page})',

  whatChanged: {
    title: 'Modifications',
    summary: (figures, paragraphs, chapters) =>
      `Différences${NBSP}: ${counted(figures, FIGURES)} et ${counted(paragraphs, ['paragraphe', 'paragraphes'])}, dans ${counted(chapters, ['chapitre', 'chapitres'])}.`,
    nothing: `Aucune modification${NBSP}: tous les chiffres et tous les paragraphes sont inchangés.`,
    allPartnerFigures: 'Chiffres pour l’ensemble des partenaires',
    otherFigures: (figures) => `${counted(figures, ['autre chiffre', 'autres chiffres'])} concernant des pays, des organisations, des régions et des programmes`,
    columns: { field: 'Mesure', old: 'Avant', new: 'Maintenant' },
    added: 'Ajouté',
    removed: 'Supprimé',
    changed: 'Modifié',
    line: (line) => `ligne ${line}`,
    chapterSummary: (added, removed, changed) => `ajoutés${NBSP}: ${added}${NNBSP}; supprimés${NBSP}: ${removed}${NNBSP}; modifiés${NBSP}: ${changed}`,
    measures: {
      baseline: 'Niveau de référence',
      current: 'Chiffre actuel',
      change: 'Variation',
      relative_change: 'Variation relative',
      status: 'Situation',
      coverage: 'Couverture',
    },
    none: 'aucun',
    figureAdded: 'nouveau',
    figureRemoved: 'n’est plus calculé',
    sexed: (entity, sex) => `${entity}, ${sex === 'female' ? 'femmes' : 'hommes'}`,
    coverage: (ofTotal, withBaseline, withCurrent) =>
      `${ofTotal} avec les deux chiffres (${withBaseline} avec un niveau de référence, ${withCurrent} avec un chiffre actuel)`,
    figuresHeading: 'Chiffres',
    textHeading: 'Texte',
    wholeParagraphsShortened: `Dans la version imprimée, un paragraphe ajouté ou supprimé en entier est réduit à ses trois premières lignes${NNBSP}; le rapport HTML le présente en entier.`,
    oldLine: (line) => `anciennement ligne ${line}`,
    chapterAdded: 'nouveau chapitre',
    chapterRemoved: 'chapitre supprimé',
    otherFiguresNotPrinted: (figures) =>
      pluralOf(figures) === 'one'
        ? `${counted(figures, ['autre chiffre', 'autres chiffres'])} concernant des pays, des organisations, des régions et des programmes figure dans le rapport HTML et dans la sortie de vdr diff${NNBSP}; il n’est pas imprimé.`
        : `Les ${figures} autres chiffres concernant des pays, des organisations, des régions et des programmes figurent dans le rapport HTML et dans la sortie de vdr diff${NNBSP}; ils ne sont pas imprimés.`,
    insertedMark: `inséré${NBSP}:`,
    deletedMark: `supprimé${NBSP}:`,
  },

  contents: 'Table des matières',
  listOfFigures: 'Liste des figures',
  listOfTables: 'Liste des tableaux',
  glossary: 'Sigles et abréviations',
  glossaryIntro: 'Sigles et abréviations utilisés dans le présent rapport. Chacun est développé à sa première occurrence dans le rapport.',
  references: 'Références',
  referencesIntro: 'Documents de l’Organisation des Nations Unies cités dans le présent rapport, par cote.',
  footnotes: 'Notes',
  footnoteBack: (reference) => `Retour au texte de la note ${reference}`,
  skipToContent: 'Aller au rapport',
  navigation: 'Contenu du rapport',
  navigationToggle: 'Table des matières',
  figuresBehindChart: 'Données de la figure',
  mapAsList: 'La carte sous forme de liste',
  mapListGroup: (label, count) => `${label} (${printed(count)})`,
  sourceNote: (source) => `Source${NBSP}: ${source}${/[.!?]$/.test(source) ? '' : '.'}`,
  tableSourcesLink: 'Provenance de ces chiffres',
  dataDownload: 'Télécharger les données (CSV)',
  dataDownloadAll: 'Télécharger les données de toutes les figures et de tous les tableaux (CSV)',
  scrollableFigure: (label) => `${label}, graphique`,
  authorTable: 'Tableau',
  onlineDocument: (symbol) => `${symbol} dans le Système de diffusion électronique des documents de l’Organisation des Nations Unies`,

  coverOrganization: 'Office des Nations Unies contre la drogue et le crime',
  coverInitiative: 'Initiative du Pacte de Paris',
  coverEdition: (year, status) =>
    status === 'baseline' ? `${year}${NBSP}: édition de référence` : `${year}${NBSP}: progrès par rapport au niveau de référence`,
  illustrativeNote:
    `Les chiffres des indicateurs de la présente édition sont illustratifs${NBSP}: ils ont été générés à des fins de démonstration et n’ont pas été communiqués par les partenaires. Les données de référence (pays partenaires, organisations partenaires, piliers et réunions des groupes de travail d’experts) sont réelles.`,
  kinds: {
    reported: () => 'communiqués par les partenaires',
    compiled: (source) => `compilés à partir de ${source ?? 'une source publique'}`,
    estimated: () => 'estimés',
    illustrative: () => 'illustratifs (générés à des fins de démonstration, non communiqués par les partenaires)',
  },
  figuresNote: (kinds) =>
    kinds.length === 1
      ? `Les chiffres des indicateurs de la présente édition sont ${kinds[0]}.`
      : `Les chiffres des indicateurs de la présente édition sont de ${kinds.length} types${NBSP}: ${joinWords(kinds)}. Chaque figure et chaque tableau indique le type des chiffres qu’il présente.`,
  figuresAre: (kinds) => `Chiffres ${joinWords(kinds)}.`,
  draftMark: 'Projet',

  draftBannerTitle: `Projet${NBSP}: document non destiné à la diffusion`,
  draftBannerIntro: (errors, warnings) =>
    `Ce projet comporte ${counted(errors, ['erreur', 'erreurs'])} et ${counted(warnings, ['avertissement', 'avertissements'])} dans ses données et son contenu. Aucune version définitive ne peut être produite tant que les erreurs n’ont pas été corrigées.`,
  draftBannerNone: 'Aucun problème n’a été détecté dans les données ni dans le contenu.',
  draftBannerList: (count) =>
    pluralOf(count) === 'one'
      ? 'Le problème, avec son emplacement et la façon de le corriger'
      : `Les ${printed(count)} problèmes, par fichier, avec l’emplacement de chacun et la façon de le corriger`,
  draftChapter: 'Ce chapitre est marqué comme projet.',
  buildStamp: ({ edition, commit, dataFingerprint, buildTime }) =>
    `Édition ${edition}, produite le ${buildTime}${commit ? ` à partir du commit ${commit}` : ''}${NNBSP}; empreinte des données${NBSP}: ${dataFingerprint}.`,
  severity: { error: 'Erreur', warning: 'Avertissement' },
  fixLabel: `Correction${NBSP}:`,
  contentErrorInline: (problem, place) => `[problème${place ? ` à la ligne ${place.line}, colonne ${place.column}` : ''}${NBSP}: ${problem}]`,
  chartMissing: (id) => `[le graphique ${id} n’a pas été dessiné]`,

  chartDescriptions: {
    'baseline-current': (indicator) => `${indicator}${NBSP}: niveau de référence et chiffre actuel de chaque entité déclarante.`,
    'time-series': (indicator) => `${indicator}${NBSP}: chiffres annuels de chaque entité, dans un petit graphique par entité.`,
    'status-by-pillar': () => 'Nombre de chiffres qui se sont améliorés, se sont détériorés ou sont restés inchangés par rapport au niveau de référence.',
    'partner-map': (indicator) =>
      indicator
        ? `Carte des pays partenaires, colorés selon la situation de l’indicateur ${quoted(indicator)}.`
        : 'Carte des pays partenaires, colorés selon le programme prioritaire.',
    'coverage-grid': () => `Pays partenaires ayant communiqué chaque indicateur${NBSP}: communiqué, estimé ou manquant.`,
    'ewg-timeline': () => 'Réunions des groupes de travail d’experts au fil du temps, par pilier.',
  },

  notAvailable: 'n.d.',
  latestAvailable: (year) => `dernière année disponible${NBSP}: ${year}`,
  baselineFrom: (year) => `niveau de référence de ${year}`,
  aggregateYears: (edition, span, includesEdition) =>
    includesEdition ? `${edition} ou dernière année disponible, ${span}` : `dernière année disponible, ${span}`,
  aggregateCoverage: (count, total, reporters) => `${count} sur ${total} ${reporters}`,
  seriesBreak: (year, note) => (note ? `rupture de série en ${year}${NBSP}: ${note}` : `rupture de série en ${year}`),
  ofTotal: (count, total) => `${count} sur ${total}`,
  units: {
    kg: inflected(['kg', 'kg']),
    days: inflected(['jour', 'jours']),
    count: (n) => n,
    percent: (n) => `${n}${NNBSP}%`,
  },
  percentagePoints: inflected(['point de pourcentage', 'points de pourcentage']),
  percent: (n) => `${n}${NNBSP}%`,
  // Nouns, so that a status needs no agreement with what it qualifies (a figure, a country, a share).
  statuses: {
    improved: 'amélioration',
    worsened: 'détérioration',
    unchanged: 'sans changement',
    changed: 'variation (indicateur neutre)',
    'not-comparable': 'non comparable (rupture de série)',
    'no-baseline': 'pas de niveau de référence',
    'no-current-data': 'pas de données actuelles',
    'not-reported': 'non communiqué',
  },
  flags: { estimate: 'estimation', provisional: 'provisoire', break: 'rupture de série' },
  allPartners: 'ensemble des partenaires',
  yes: 'oui',
  no: 'non',

  fields: {
    baseline: 'niveau de référence',
    current: 'chiffre actuel',
    change: 'variation par rapport au niveau de référence',
    relative_change: 'variation relative par rapport au niveau de référence',
    annualised_change: 'variation annualisée',
    target_progress: 'progrès accomplis vers la cible',
    change_since_previous: 'variation depuis l’édition précédente',
    baseline_year: 'année de référence',
    current_year: 'année du chiffre actuel',
    status: 'situation',
    coverage: 'couverture',
    statusCount: (status) => `entités dont la situation est ${quoted(status)}`,
  },

  columns: {
    entity: 'Entité déclarante',
    indicator: 'Indicateur',
    group: 'Groupe',
    baseline: (year) => `Niveau de référence (${year})`,
    current: (year) => `Actuel (${year})`,
    change: 'Variation',
    relativeChange: 'Variation relative',
    status: 'Situation',
    coverage: 'Couverture',
  },
  coverageNote: `Couverture${NBSP}: entités ayant communiqué à la fois un niveau de référence et un chiffre actuel, parmi celles qui devaient les communiquer.`,
  aggregateYearsNote: (edition) =>
    `Années entre parenthèses après un chiffre${NBSP}: années auxquelles se rapportent les chiffres des partenaires, lorsqu’ils ne se rapportent pas tous à l’année de la colonne (un chiffre actuel se rapporte à ${edition} ou à la dernière année disponible avant ${edition}).`,
  notReportedNote: (names, edition) => `Non communiqué (aucun chiffre jusqu’en ${edition})${NBSP}: ${joinWords(names)}.`,

  annexes: {
    partnerCountries: 'Pays partenaires',
    partnerCountriesIntro: (n) =>
      pluralOf(n) === 'one'
        ? `Le pays partenaire de l’Initiative du Pacte de Paris, avec sa région (M49 de l’ONU) et son programme prioritaire.`
        : `Les ${n} pays partenaires de l’Initiative du Pacte de Paris, avec leur région (M49 de l’ONU) et leur programme prioritaire.`,
    partnerOrganizations: 'Organisations partenaires',
    partnerOrganizationsIntro: (n) =>
      pluralOf(n) === 'one' ? 'L’organisation partenaire de l’Initiative du Pacte de Paris.' : `Les ${n} organisations partenaires de l’Initiative du Pacte de Paris.`,
    ewgMeetings: 'Réunions des groupes de travail d’experts',
    ewgMeetingsIntro: (n) =>
      pluralOf(n) === 'one'
        ? 'La réunion de groupe de travail d’experts tenue jusqu’à l’année de la présente édition, et le pilier auquel elle se rapportait.'
        : `Les ${n} réunions des groupes de travail d’experts tenues jusqu’à l’année de la présente édition, et les piliers auxquels elles se rapportaient.`,
    methodology: 'Méthodologie',
    methodologyIntro: 'Comment chaque indicateur est défini, communiqué, agrégé et évalué. Le catalogue figure dans data/indicators.yaml.',
    dataTables: 'Tableaux de données',
    dataTablesIntro:
      'Chaque indicateur agrégé pour l’ensemble des partenaires et pour les pays de chaque programme régional, selon la règle d’agrégation de l’indicateur, sur les entités ayant communiqué à la fois un niveau de référence et un chiffre actuel.',
    dataTableCaption: (pillar) => `${pillar}${NBSP}: indicateurs pour l’ensemble des partenaires et les programmes régionaux`,
    sources: 'Sources des chiffres',
    sourcesIntro:
      `Chaque chiffre figurant dans le texte renvoie à son entrée dans la présente liste${NBSP}: l’indicateur, l’entité déclarante, le chiffre et ses années, ainsi que le fichier et la ligne de chaque observation à partir de laquelle il a été calculé.`,
    sourcesPrintNote:
      `L’édition imprimée ne comporte pas cette liste. L’édition HTML du présent rapport la présente en entier, chaque chiffre étant relié à son entrée, et metrics.json fournit les mêmes informations pour tous les chiffres${NNBSP}; vdr explain INDICATOR ENTITY indique comment un chiffre donné a été calculé.`,
    sourcesFiles: `Les chiffres proviennent des fichiers d’observations suivants${NBSP}:`,
    sourcesIllustrative: 'Les fichiers d’observations de la présente édition contiennent des données d’exemple illustratives, et non des chiffres communiqués par les partenaires.',
  },
  countryColumns: { name: 'Pays', iso3: 'Code ISO', region: 'Région', subregion: 'Sous-région', partnerSince: 'Partenaire depuis', programme: 'Programme prioritaire' },
  organizationColumns: { acronym: 'Sigle', name: 'Nom', partnerSince: 'Partenaire depuis' },
  ewgColumns: { number: 'No', topic: 'Thème', host: 'Hôte', city: 'Ville', country: 'Pays', date: 'Date', trifold: 'Réunion triple', pillars: 'Piliers' },
  partnerSince: { original: 'partenaire d’origine', 'third-ministerial-2012': 'troisième Conférence ministérielle (2012)' },
  programme: { 'RP ANC': 'RP ANC', 'RP SEE': 'RP SEE', none: 'aucun' },
  pillarTitle: (id, title) => `Pilier ${id}${NBSP}: ${title}`,
  contextTitle: `Contexte${NBSP}: indicateurs ne relevant d’aucun pilier`,

  methodology: {
    definition: 'Définition',
    unit: 'Unité',
    reportedBy: 'Communiqué par',
    direction: 'Sens',
    aggregation: 'Agrégation',
    baselineYear: 'Année de référence',
    baselineFallback: (years) =>
      `${NNBSP}; lorsqu’un partenaire n’a pas de chiffre pour cette année, l’année la plus proche dans un intervalle de ${counted(years, ['an', 'ans'])}, signalée dans les tableaux`,
    target: 'Cible',
    targetValue: (value, year) => `${value} d’ici à ${year}`,
    noTarget: 'aucune cible fixée',
    tolerance: 'Marge de tolérance',
    source: 'Source',
    aggregateCurrent: 'Les agrégats retiennent',
    aggregateCurrentRule: {
      'latest-available': 'le dernier chiffre de chaque partenaire jusqu’à l’année de l’édition',
      'edition-year': 'uniquement les chiffres de l’année de l’édition elle-même',
    },
    breaks: 'Ruptures de série',
    breaksCompared: 'une variation de part et d’autre d’une rupture de série est tout de même évaluée comme une amélioration ou une détérioration',
    roundingTitle: 'Arrondi',
    roundingRule:
      `Les chiffres sont conservés sans arrondi et ne sont arrondis qu’à l’impression, selon une règle unique${NBSP}: un niveau ou une variation est arrondi, en cas d’égalité à l’écart de zéro, au nombre de décimales fixé par son indicateur (aucune pour les dénombrements)${NNBSP}; les variations relatives et annualisées et les progrès vers une cible sont des pourcentages à une décimale${NNBSP}; les nombres d’entités et d’années sont des nombres entiers. Une variation porte son signe${NNBSP}; la variation d’un pourcentage est exprimée en points de pourcentage. Un chiffre qui ne peut être calculé (par exemple une variation relative à partir d’un niveau de référence égal à 0) est indiqué comme n.d., jamais comme 0.`,
    countingTitle: 'Règles de calcul',
    countingIntro:
      'Ces règles déterminent tous les chiffres du rapport. Elles sont imprimées à partir de l’endroit même du code qui les applique, et chacune est vérifiée à l’aide d’un exemple détaillé.',
    countingRules: {
      baseline: {
        title: 'Niveau de référence',
        text: `Le niveau de référence est le chiffre de l’année de référence de l’indicateur. Lorsque l’indicateur fixe un intervalle de remplacement de k années et que l’année de référence n’a pas de chiffre, le chiffre de l’année la plus proche dans cet intervalle de k années est retenu (l’année antérieure en cas d’égalité), et le rapport indique de quelle année il s’agit. Aucun chiffre postérieur à l’année de l’édition n’est utilisé.`,
      },
      current: {
        title: 'Chiffre actuel',
        text: `Le chiffre actuel est celui de l’année de l’édition. À défaut, il s’agit du dernier chiffre postérieur à l’année du niveau de référence (à partir de l’année de référence, pour un partenaire sans niveau de référence), signalé comme ${quoted('dernière année disponible')} avec son année.`,
      },
      'only-baseline': {
        title: 'Niveau de référence seul',
        text: `Un partenaire dont le seul chiffre se rapporte à l’année de référence n’a pas de chiffre actuel${NBSP}: son niveau de référence n’est pas reporté, et sa situation est ${quoted('pas de données actuelles')}. Dans l’édition de référence elle-même, le chiffre actuel est le niveau de référence et la variation est égale à 0.`,
      },
      'not-reported': {
        title: 'Non communiqué',
        text: `Un partenaire qui n’a aucun chiffre jusqu’à l’année de l’édition est ${quoted('non communiqué')}${NNBSP}; un partenaire qui a des chiffres, mais aucun pour l’année de référence (ou son intervalle), est classé ${quoted('pas de niveau de référence')}. Les tableaux, les graphiques, les cartes et les décomptes par situation présentent les deux cas.`,
      },
      change: {
        title: 'Variation',
        text: `La variation est le chiffre actuel moins le niveau de référence${NNBSP}; la variation relative est la variation divisée par la valeur absolue du niveau de référence. À partir d’un niveau de référence égal à 0, la variation relative n’est pas définie (n.d.) et toute variation dépasse la marge de tolérance, de sorte qu’une hausse à partir de 0 est classée ${quoted('amélioration')} pour un indicateur dont une valeur plus élevée est préférable.`,
      },
      status: {
        title: 'Situation',
        text: `Une variation égale à 0, ou une variation relative comprise dans la marge de tolérance de l’indicateur (bornes incluses), est classée ${quoted('sans changement')}. Au-delà, la variation est classée ${quoted('amélioration')} ou ${quoted('détérioration')} selon le sens de l’indicateur, ou ${quoted('variation (indicateur neutre)')} pour un indicateur dont aucun sens n’est préférable.`,
      },
      annualised: {
        title: 'Variation annualisée',
        text: `La variation annualisée est égale à (chiffre actuel / niveau de référence) à la puissance 1 / (nombre d’années qui les séparent), moins 1, compte tenu des années auxquelles les deux chiffres se rapportent effectivement${NNBSP}; elle est indiquée lorsque les deux chiffres sont positifs et se rapportent à des années différentes.`,
      },
      'series-break': {
        title: 'Ruptures de série',
        text: `Un chiffre signalé comme rupture de série ouvre une série qui n’est pas comparable aux années précédentes. Une variation entre un niveau de référence antérieur à la rupture et un chiffre actuel de l’année de la rupture ou d’une année ultérieure est imprimée avec la note relative à la rupture et se voit attribuer la situation ${quoted('non comparable (rupture de série)')}, à moins que l’indicateur ne prévoie que les variations de part et d’autre d’une rupture sont tout de même évaluées${NNBSP}; les agrégats excluent ces partenaires.`,
      },
      'aggregate-set': {
        title: 'Agrégats et couverture',
        text: `Les agrégats (une somme, une moyenne pondérée par le dénominateur de chaque chiffre lorsque chaque chiffre en a un, ou une médiane, selon l’indicateur) sont calculés sur l’ensemble équilibré${NBSP}: les partenaires censés communiquer l’indicateur qui ont à la fois un niveau de référence et un chiffre actuel dont la variation est comparable, de sorte qu’une variation traduise une évolution réelle et non un changement dans la communication des données. La couverture est la taille de cet ensemble rapportée au nombre de partenaires censés communiquer l’indicateur (tous les pays partenaires pour les indicateurs communiqués par les pays${NNBSP}; pour ceux qui sont communiqués par les organisations, toutes les organisations qui ont une ligne). Les décomptes par situation portent sur tous les partenaires censés communiquer l’indicateur.`,
      },
      'aggregate-years': {
        title: 'Années sur lesquelles repose un agrégat',
        text: `Un agrégat additionne le chiffre actuel de chaque membre, c’est-à-dire le dernier chiffre disponible jusqu’à l’année de l’édition, à moins que l’indicateur ne retienne que celui de l’année de l’édition. Lorsque les chiffres de ses membres se rapportent à plusieurs années, le rapport imprime l’intervalle avec l’agrégat, par exemple ${quoted('2021 ou dernière année disponible, 2019\u20132021')}, ainsi que le nombre de partenaires censés communiquer l’indicateur qu’il couvre.`,
      },
      'aggregate-annualised': {
        title: 'Variation annualisée d’un agrégat',
        text: `La variation annualisée d’un agrégat n’est indiquée que lorsque le niveau de référence de chaque membre se rapporte à l’année de référence et le chiffre actuel de chaque membre à l’année de l’édition${NNBSP}; dans le cas contraire, elle est n.d., car ses chiffres couvrent plusieurs années.`,
      },
    },
  },
  unitNames: { kg: 'kilogrammes', count: 'nombre', percent: 'pourcentage', days: 'jours' },
  directions: {
    'higher-is-better': 'une valeur plus élevée est préférable',
    'lower-is-better': 'une valeur plus faible est préférable',
    neutral: `neutre${NBSP}: une variation n’est ni favorable ni défavorable`,
  },
  aggregations: {
    sum: 'somme des partenaires',
    'weighted-mean': 'moyenne pondérée par le dénominateur de chaque partenaire',
    median: 'médiane des partenaires',
  },
  reportedBy: { country: 'pays partenaires', organization: 'organisations partenaires' },

  sourceColumns: { entry: 'Entrée', figure: 'Chiffre', where: 'Observations utilisées' },
  sourceLines: (file, lines, count) => `${file}, ${form(count, ['ligne', 'lignes'])} ${lines}`,
  sourceReference: (file) => `${file} (données de référence)`,
  sourceMetricTitle: (what, entry) => `${what}. Sources des chiffres, entrée ${entry}`,
  sourceMetricName: (text, what) => `${text}${NBSP}: ${what}, source`,
  sourceNone: `aucune observation${NBSP}: le chiffre n’est pas disponible`,
  sourceTable: (label) => `${label}, par ligne`,
  sourceFigure: (label) => label,
  facts: {
    'partner-countries': 'Nombre de pays partenaires',
    'partner-organizations': 'Nombre d’organisations partenaires',
    pillars: 'Nombre de piliers de la Déclaration de Vienne',
    indicators: 'Nombre d’indicateurs du catalogue',
    'ewg-meetings': 'Nombre de réunions des groupes de travail d’experts',
    'trifold-meetings': 'Nombre de réunions triples des groupes de travail d’experts',
    'rp-anc-countries': 'Nombre de pays partenaires relevant du Programme régional pour l’Afghanistan et les pays voisins',
    'rp-see-countries': 'Nombre de pays partenaires relevant du Programme régional pour l’Europe du Sud-Est',
  },
  factUntil: (what, year) => `${what} jusqu’en ${year}`,
  sourceMetric: (indicator, entity, field, years) => `${indicator}, ${entity}${NBSP}: ${field}${years ? ` (${years})` : ''}`,

  // The passé composé with avoir agrees with no subject in gender, and the chapters give each verb
  // a singular subject ("le nombre", "le volume", "la couverture", "le délai d’attente médian"):
  // "le volume des saisies a augmenté, passant de ... à ...". The nouns take an article, for
  // "ont enregistré une hausse".
  trends: {
    verb: { rise: 'a augmenté', fall: 'a diminué', flat: 'a peu varié' },
    noun: { rise: 'une hausse', fall: 'une baisse', flat: 'une faible variation' },
  },
  trendNotComparable: {
    verb: 'n’est pas comparable en raison d’une rupture de série',
    noun: 'une variation non comparable en raison d’une rupture de série',
  },
  trendTitle: (what, change) => `${what}, ${change}`,

  // Like the English list, which leaves out "reduce" and "reduction" ("drug demand reduction"),
  // this leaves out "réduire", "réduction" and "réduit", "élever" ("s’élève à": amounts to),
  // "montant" (an amount), "progrès" and "progression" (progress towards a target), and "bas",
  // "faible", "élevé": words that name a field or a level, not a direction.
  brief: {
    kicker: 'Fiche partenaire',
    documentTitle: (name, report, year) => `${name}${NBSP}: fiche partenaire, ${report} ${year}`,
    edition: (report, year) => `${report}, édition ${year}`,
    facts: { type: 'Partenaire', code: 'Code' },
    types: { country: 'pays partenaire', organization: 'organisation partenaire' },
    draftNote: `Cette fiche est un projet${NBSP}: ses chiffres peuvent encore changer avant la publication de l’édition. Ne pas la diffuser.`,
    noFigures: (expected, year) =>
      `Indicateurs que ce partenaire doit communiquer${NBSP}: ${expected}. Les données ne contiennent aucun chiffre pour aucun d’entre eux jusqu’en ${year}. Ce qui manque, et la raison éventuellement donnée dans les données, figure ci-dessous.`,
    notExpected:
      `Les données ne contiennent aucune ligne pour cette organisation${NBSP}; elle n’est donc tenue de communiquer aucun indicateur de cette édition (une organisation doit communiquer un indicateur lorsque les données en contiennent une ligne, pour une année quelconque). Cette fiche ne présente aucun chiffre.`,
    chartCaption: (pillar, name) => `${pillar}${NBSP}: les chiffres de ${name}`,
    figuresCaption: (pillar, name) => `${pillar}${NBSP}: chiffres annuels, variation depuis la référence et situation – ${name}`,
    yearsNote: (noRow, marks) => `Chiffres exprimés dans l’unité indiquée pour chaque indicateur${NBSP}; la référence est encadrée et le chiffre actuel en gras. ${noRow}${NBSP}: aucune ligne dans les données pour l’année${NBSP}; une ligne sans chiffre en donne la raison. Signes${NBSP}: ${marks}.`,
    noRow: '\u2013',
    withUnit: (title, unit) => `${title} (${unit})`,
    flagMarks: { estimate: 'e', provisional: 'p', break: 'r' },
    flagInYear: (flag, year) => `${flag} (${year})`,
    missingReasons: { 'not-reported': 'non communiqué', confidential: 'confidentiel', 'not-applicable': 'sans objet', 'not-collected': 'non collecté' },
    yearField: 'chiffre',
    comparison: {
      title: 'Comparaison avec les agrégats',
      intro:
        `Chaque variation depuis la référence, à côté de celle des agrégats auxquels appartient ce partenaire. Un agrégat est calculé sur son ensemble équilibré (les partenaires tenus de communiquer qui ont une référence et un chiffre actuel comparables)${NBSP}; sa couverture est la taille de cet ensemble rapportée au nombre de partenaires tenus de communiquer. Les variations sont comparées en valeur relative${NBSP}; celles des pourcentages, en points de pourcentage.`,
      caption: (name) => `${name} et ses agrégats${NBSP}: variation depuis la référence`,
      coverage: (ofTotal) => `couverture${NBSP}: ${ofTotal}`,
      note: `Les agrégats sont ceux des indicateurs calculés du rapport (metrics.json)${NBSP}; l’annexe des sources du rapport énumère les observations que chacun additionne.`,
    },
    meetings: {
      title: 'Réunions des groupes de travail d’experts accueillies',
      countryIntro: (name, year) => `Réunions tenues dans le pays (${name}) jusqu’en ${year}, selon le pays indiqué dans la liste des réunions, avec l’organisation hôte le cas échéant.`,
      organizationIntro: (name, year) => `Réunions accueillies par ${name} jusqu’en ${year}, selon l’hôte indiqué dans la liste des réunions.`,
      none: 'Aucune.',
      caption: (name) => `Réunions des groupes de travail d’experts accueillies${NBSP}: ${name}`,
    },
    missing: {
      title: 'Données manquantes',
      intro: (year) => `Indicateurs que ce partenaire doit communiquer et pour lesquels il manque une référence ou un chiffre jusqu’en ${year}.`,
      none: 'Chaque indicateur que ce partenaire doit communiquer a une référence et un chiffre actuel.',
      what: {
        'not-reported': (year) => `aucun chiffre jusqu’en ${year}.`,
        'no-baseline': () => 'aucun chiffre de référence.',
        'no-current-data': () => 'aucun chiffre après la référence.',
      },
      reasons: `Raisons données dans les données${NBSP}:`,
      noReason: 'Les données n’en donnent pas la raison.',
    },
    verification: {
      title: 'Chiffres à confirmer',
      intro: (file) => `Les chiffres de cette fiche qui sont nouveaux ou ont changé depuis la dernière édition publiée, avec le chiffre alors publié. Merci de confirmer ou de corriger chacun dans le classeur ${file}, qui reprend tous les chiffres de cette fiche.`,
      against: {
        published: 'Comparaison avec la dernière version publiée de cette édition.',
        'previous-edition': (year) => `Comparaison avec l’édition ${year}.`,
        nothing: `Aucune édition antérieure ne permet la comparaison${NBSP}: tous les chiffres sont nouveaux.`,
      },
      none: `Tous les chiffres sont tels que publiés auparavant${NBSP}: rien de nouveau ni de modifié à confirmer.`,
      caption: (name) => `Chiffres à confirmer – ${name}${NBSP}: nouveaux ou modifiés depuis la dernière édition publiée`,
    },
    sources: {
      lines: ', lignes',
      title: 'Sources des chiffres',
      intro: 'Chaque chiffre de cette fiche renvoie à la ligne du fichier de données dont il provient, énumérée ici.',
      none: 'Cette fiche ne présente aucun chiffre tiré des données.',
    },
  },

  prose: {
    rise: [
      ...inflect('augment progress doubl tripl grimp', ER),
      ...'augmentation augmentations hausse hausses accroissement accroissements croissance'.split(' '),
      ...'croître croît croissent crû croissait croissaient croîtra croîtront'.split(' '),
      ...'accroître accroît accroissent accru accrue accrus accrues accroissait accroissaient accroîtra accroîtront'.split(' '),
      ...'monte montent monté montée montés montées montait montaient'.split(' '),
    ],
    fall: [
      ...inflect('diminu baiss recul chut', ER),
      ...inflect('fléch', 'ir it issent i ie is ies issait issaient ira iront issant'),
      ...'diminution diminutions baisses recul reculs chute chutes repli replis fléchissement'.split(' '),
      ...'décroître décroît décroissent décru décrue décrus décrues décroissait décroissaient décroissance'.split(' '),
      ...'régresse régressent régressé régressait régressaient'.split(' '),
    ],
    numberedNames: [
      ...'résolution résolutions décision décisions article articles paragraphe paragraphes alinéa alinéas'.split(' '),
      ...'règle règles point points objectif objectifs cible cibles volume vol no nº n° numéro séance séances'.split(' '),
    ],
    // "à", "au" and "et" join numbers ("paragraphes 9 à 11", "du 9 au 11 juin", "les 21 et 22 mai").
    joiners: ['à', 'au', 'et', 'ou', 'jusqu’à', "jusqu'à"],
    crossReferences: 'figure figures fig tableau tableaux chapitre chapitres section sections annexe annexes'.split(' '),
    // 1er, 1re, 1ère, 2e, 2nd, 2nde, 56e, 1ers, 2es.
    isOrdinal: (token) => /^\d+(?:er|ers|re|res|ère|ères|e|es|ème|èmes|nd|nds|nde|ndes)$/i.test(token),
  },
};
