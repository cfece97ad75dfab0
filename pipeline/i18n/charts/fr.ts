/**
 * The charts' words in French, in the usage of the United Nations' French documents (ONUDC,
 * Initiative du Pacte de Paris, groupe de travail d'experts, pilier, niveau de référence). A
 * sample translation, not edited by United Nations translation services.
 */
import { listFor, pluralFor, shortName } from './shared.js';
import type { ChartStrings } from './strings.js';

const list = listFor('fr');
const plural = pluralFor('fr');

export const fr: ChartStrings = {
  units: { kg: 'kg', count: 'nombre', percent: '%', days: 'jours' },
  withUnit: (title, unit) => `${title} (${unit})`,
  list,
  separator: ', ',
  pillarNumber: (id) => `Pilier ${id}\u00a0:`,
  shortName,

  programmes: { 'RP ANC': 'Pays prioritaire du RP ANC', 'RP SEE': 'Pays prioritaire du RP SEE', none: 'Autre pays partenaire' },
  nonPartner: 'Pays non partenaire',
  figureReported: 'Communiqué',
  figureAfterBreak: 'Après une rupture de série',

  baselineCurrent: {
    baseline: (year) => `Niveau de référence (${year})`,
    figureIn: (year, earliest) => (earliest === undefined ? year : `${year} ou dernière année disponible (${earliest}\u2013${year})`),
    legendTitle: (figureIn) => `Cercle vide\u00a0: niveau de référence\u202f; symbole\u00a0: chiffre de ${figureIn}, selon la situation`,
    caption: (indicator, baselineYear, year) => `${indicator}\u00a0: niveau de référence ${baselineYear} et chiffres actuels, ${year}`,
    columns: { entity: 'Entité', baselineYear: 'Année de référence', baseline: 'Niveau de référence', currentYear: 'Année actuelle', current: 'Chiffre actuel', change: 'Variation', status: 'Situation' },
    describe: (d) =>
      `${plural(d.entities, { one: 'entité', other: 'entités' })}\u202f; ${d.withoutBaseline.text} sans niveau de référence` +
      (d.withoutCurrent.n ? `, ${d.withoutCurrent.text} sans chiffre actuel` : '') +
      (d.notShown.length > 0 ? `\u202f; non communiqué (aucun chiffre jusqu'en ${d.year}), donc non représenté\u00a0: ${d.notShown.join(', ')}` : '') +
      (d.logarithmic ? '. L\u2019axe est logarithmique\u00a0: chaque graduation vaut dix fois la précédente.' : '.'),
  },

  timeSeries: {
    legendTitle: (unit, baselineYear) => `Chiffres (${unit}${baselineYear === undefined ? '' : `\u202f; ligne en tirets\u00a0: année de référence ${baselineYear}`})`,
    caption: (indicator, unit, first, last) => `${indicator} (${unit}), ${first}-${last}`,
    columns: { entity: 'Entité', flagged: 'Estimations ou chiffres provisoires' },
    flaggedYear: (year, flag) => `${year} (${flag})`,
    describe: (d) =>
      `${plural(d.panels, { one: 'panneau', other: 'panneaux' })}, de ${d.first} à ${d.last}` +
      (d.shared ? ', tous à la même échelle.' : '\u202f; chaque panneau a sa propre échelle\u00a0: comparer les formes, non les hauteurs.'),
  },

  statusByPillar: {
    legendTitle: (year) => `Situation en ${year}`,
    axisIndicators: 'Chiffres par entité (pays ou organisations)',
    axisPillars: 'Chiffres par entité (indicateur x pays ou organisation)',
    captionPillar: (id, title, year) => `Situation des chiffres du pilier ${id} (${title}) par indicateur, ${year}`,
    captionAll: (year) => `Situation des chiffres par pilier, ${year}`,
    columns: { indicator: 'Indicateur', pillar: 'Pilier', total: 'Total' },
    describe: 'Chaque barre compte les chiffres (sexe\u00a0: total) par situation, dans l\u2019ordre de la légende\u202f; les segments assez larges portent le symbole de leur situation et leur nombre.',
    source: 'Mesures calculées par vdr à partir des chiffres des indicateurs (data/observations)',
  },

  coverageGrid: {
    legend: {
      reported: 'Communiqué',
      estimate: 'Estimation (E)',
      provisional: 'Provisoire (P)',
      missing: 'Non communiqué, motif indiqué (?)',
      'not-applicable': 'Sans objet (\u2013)',
      'no-data': 'Aucune ligne dans les données',
    },
    marks: { estimate: 'E', provisional: 'P', missing: '?', notApplicable: '\u2013' },
    cells: { reported: 'communiqué', notApplicable: 'sans objet', noRow: 'aucune ligne', notReportedBecause: (reason) => `non communiqué (${reason})` },
    legendTitle: (year) => `Chiffres de ${year}`,
    caption: (year) => `Couverture des données ${year}\u00a0: chiffres par pays et par indicateur`,
    columns: { country: 'Pays' },
    describe: (d) =>
      `${d.countries.text} pays et ${plural(d.indicators, { one: 'indicateur', other: 'indicateurs' })} pour ${d.year}\u00a0: ` +
      `${plural(d.reported, { one: 'chiffre communiqué', other: 'chiffres communiqués' })}, ${plural(d.estimates, { one: 'estimation', other: 'estimations' })}, ` +
      `${plural(d.provisional, { one: 'chiffre provisoire', other: 'chiffres provisoires' })}, ${d.missing.text} non communiqués avec motif, ` +
      `${d.notApplicable.text} sans objet et ${d.noRow.text} sans ligne.`,
    source: 'Chiffres des indicateurs dans data/observations',
  },

  ewgTimeline: {
    formats: { trifold: 'Réunion triple (trois GTE en un même lieu)', single: 'Réunion simple' },
    caption: (first, last) => `Réunions des groupes de travail d\u2019experts, ${first}-${last}`,
    columns: { number: 'GTE', topic: 'Thème', host: 'Hôte', city: 'Ville', country: 'Pays', month: 'Mois', year: 'Année', pillars: 'Piliers', trifold: 'Réunion triple' },
    describe: (d) =>
      `${plural(d.meetings, { one: 'réunion', other: 'réunions' })} de ${d.from} à ${d.to}, numérotées comme dans le tableau\u202f; ` +
      d.perPillar.map((p) => `pilier ${p.id}\u00a0: ${p.count.text}`).join(', ') +
      '.',
    source: 'Initiative du Pacte de Paris\u00a0: liste des groupes de travail d\u2019experts (data/reference/ewg-meetings.csv)',
  },

  partnerMap: {
    disclaimer:
      'Les frontières et les noms indiqués et les désignations employées sur cette carte n\u2019impliquent ni reconnaissance ni acceptation officielle de la part de l\u2019Organisation des Nations Unies',
    overviewRegion: 'De l\u2019Europe à l\u2019Asie de l\u2019Est',
    overviewTitle: (region) => `Vue d\u2019ensemble\u00a0: ${region}`,
    insetTitle: (title) => `Cartouche\u00a0: ${title}`,
    where: { main: 'carte principale', overview: 'vue d\u2019ensemble', inset: (title) => `cartouche ${title}`, notDrawn: 'non représenté' },
    legendStatus: (indicator, year) => `${indicator}\u00a0: situation en ${year}`,
    legendProgramme: 'Pays partenaires',
    keyTitle: 'Légende\u00a0: pays partenaires par code ISO',
    captionStatus: (indicator, year) => `Pays partenaires\u00a0: situation de l\u2019indicateur «\u00a0${indicator}\u00a0», ${year}`,
    captionProgramme: 'Pays partenaires par programme prioritaire',
    columns: { country: 'Pays', code: 'Code', programme: 'Programme prioritaire', status: (year) => `Situation en ${year}`, drawnIn: 'Représenté dans', codeShown: 'Code indiqué sur la carte' },
    codeShown: { yes: 'oui', no: 'non\u00a0: manque de place' },
    insetWithNames: (title, names) => `${title} (${list(names)})`,
    overviewInset: 'une vue d\u2019ensemble des autres partenaires, de l\u2019Europe à l\u2019Asie de l\u2019Est',
    describe: (d) =>
      (d.focus === 'all' ? 'Carte des pays partenaires, de l\u2019Europe occidentale au Japon et à l\u2019Inde' : `Carte des pays prioritaires du ${d.focus} et de leurs voisins`) +
      (d.insets.length ? `, avec des cartouches encadrés à d\u2019autres échelles\u00a0: ${list(d.insets)}` : '') +
      '\u202f; les pays non partenaires sont en gris. Chaque partenaire est représenté et désigné par son code ISO là où le code tient\u202f; la légende sous la carte donne le pays de chaque code.' +
      (d.byStatus ? ' Chaque partenaire porte le symbole de sa situation.' : '') +
      (d.partly.length ? ` Le bord de la carte coupe une partie de\u00a0: ${list(d.partly)}.` : '') +
      (d.unlabelled.length ? ` Sans leur code sur la carte, faute de place (la légende et le tableau les nomment)\u00a0: ${list(d.unlabelled)}.` : ''),
    source: (indicatorSource, disclaimer) => `${indicatorSource === undefined ? '' : `${indicatorSource}. `}Carte\u00a0: Natural Earth par world-atlas. ${disclaimer}`,
  },

  partnerPillar: {
    keyBaseline: 'Niveau de référence',
    keyCurrent: 'Chiffre actuel, selon la situation',
    figures: (baseline, current, comparable) =>
      baseline !== undefined && current !== undefined ? (comparable ? `${baseline} à ${current}` : `${baseline}\u202f; ${current}`) : (baseline ?? current ?? ''),
    statusLine: (status, from, to) => {
      const years = from !== undefined && to !== undefined && from !== to ? `${from}\u2013${to}` : (from ?? to);
      return years === undefined ? status : `${status}, ${years}`;
    },
    seriesBreak: (year) => `Rupture de série en ${year}\u00a0: non comparable`,
    none: (pillar) => `Aucun indicateur de ce pilier (${pillar}) n\u2019est attendu de ce partenaire.`,
    caption: (entity, pillar, year) => `Niveau de référence et chiffres actuels de ${entity}, ${pillar}, ${year}`,
    columns: {
      indicator: 'Indicateur',
      unit: 'Unité',
      baselineYear: 'Année de référence',
      baseline: 'Niveau de référence',
      currentYear: 'Année actuelle',
      current: 'Chiffre actuel',
      change: 'Variation',
      status: 'Situation',
      seriesBreak: 'Rupture de série',
    },
    title: (entity, pillar) => `Niveau de référence et chiffres actuels de ${entity}, ${pillar}`,
    description: (entity, pillar) => `Pour chaque indicateur du ${pillar}, le niveau de référence et le chiffre actuel de ${entity}, avec la situation du chiffre actuel.`,
    describe: (d) =>
      'Une ligne par indicateur, chacune à sa propre échelle, de zéro à un chiffre rond égal ou supérieur au plus grand de ses deux chiffres (les pourcentages de 0 à 100)\u00a0: la longueur compare les deux chiffres d\u2019une ligne, non un indicateur à un autre. ' +
      `${plural(d.indicators, { one: 'indicateur', other: 'indicateurs' })}, dont ${d.withFigures.text} avec des chiffres` +
      (d.notReported.length > 0 ? `\u202f; non communiqué\u00a0: ${list(d.notReported)}` : '') +
      (d.notComparable.length > 0 ? `\u202f; non comparable en raison d\u2019une rupture de série\u00a0: ${list(d.notComparable)}` : '') +
      '.',
  },

  custom: { source: 'Graphique défini dans le texte du rapport\u202f; chiffres tirés des données et des mesures du projet' },
};
