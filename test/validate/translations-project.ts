/**
 * A small project for the tests of the reference data in other languages: the valid project of
 * test/fixtures/validate/_base/ in a temporary folder, with the translation files a test gives
 * under data/reference/translations/, validated as `vdr validate` does.
 */
import { cpSync, mkdirSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { resolveProject } from '../../pipeline/project/index.js';
import { SchemaRegistry } from '../../pipeline/schema/registry.js';
import { validateProject, type ValidationResult } from '../../pipeline/validate/index.js';

const repo = fileURLToPath(new URL('../..', import.meta.url));
const schemasDir = join(repo, 'schemas');
let registry: SchemaRegistry | undefined;

/** A French translation of the whole base project but Austria's name (CLDR's then) and one EWG meeting's city. */
export const FRENCH = `sample: true
countries:
  AFG: Afghanistan
  IRN: Iran (République islamique d’)
  KAZ: Kazakhstan
  PAK: Pakistan
  SRB: Serbie
regions:
  Asia: Asie
  Europe: Europe
  Southern Asia: Asie du Sud
  Western Europe: Europe de l’Ouest
  Central Asia: Asie centrale
  Southern Europe: Europe du Sud
organizations:
  CARICC: { name: Centre régional d’information et de coordination pour l’Asie centrale }
  SELEC: { name: Centre de l’Europe du Sud-Est pour l’application des lois }
  UNODC: { name: Office des Nations Unies contre la drogue et le crime, acronym: ONUDC }
pillars:
  I:
    title: Renforcement et mise en œuvre des initiatives régionales
    short_title: Initiatives régionales
    aims:
      - faciliter les opérations transfrontalières entre les services de détection et de répression
  II:
    title: Détection et blocage des flux financiers liés au trafic illicite d’opiacés
    short_title: Flux financiers illicites
    aims: [renforcement de l’échange d’informations]
  III:
    title: Prévention du détournement des précurseurs chimiques
    short_title: Précurseurs
    aims: [renforcement du système de notification préalable à l’exportation des envois]
  IV:
    title: Réduction de l’abus de drogues et de la toxicomanie grâce à une approche globale
    short_title: Prévention de l’usage de drogues et santé
    aims: [prévention, traitement]
glossary:
  CARICC:
    expansion: Centre régional d’information et de coordination pour l’Asie centrale
    description: Organisation partenaire du Pacte de Paris.
  EWG:
    acronym: GTE
    expansion: groupe de travail d’experts
  SELEC:
    expansion: Centre de l’Europe du Sud-Est pour l’application des lois
  UNODC:
    acronym: ONUDC
    expansion: Office des Nations Unies contre la drogue et le crime
indicators:
  heroin-seizures: { title: Héroïne saisie, definition: Quantité d’héroïne saisie., source: Chiffres illustratifs }
  regional-centre-operations: { title: Opérations coordonnées par les centres régionaux, definition: Nombre d’opérations., source: Chiffres illustratifs }
  mla-answered: { title: Demandes d’entraide judiciaire satisfaites, definition: Part des demandes., source: Chiffres illustratifs }
  acetic-anhydride-seizures: { title: Anhydride acétique saisi, definition: Quantité saisie., source: Chiffres illustratifs }
  people-in-treatment: { title: Personnes en traitement pour usage d’opioïdes, definition: Nombre de personnes., source: Chiffres illustratifs }
ewg_meetings:
  1: { topic: Prévention de l’abus d’opiacés afghans, city: Vienne }
  9: { topic: Flux financiers illicites, city: Almaty }
  13: { topic: Intégration du traitement de la toxicodépendance et de la prise en charge dans la santé publique }
`;

/** Made projects, to remove after the tests (`removeProjects`). */
const made: string[] = [];

/**
 * Makes the base project with `files` (name to text) in data/reference/translations/ (none: no
 * folder) and validates it; with `withoutSchema`, against schemas that lack
 * reference-translations.schema.json, as a project made before it may.
 */
export function validateWith(files: Record<string, string> | undefined, withoutSchema = false): ValidationResult & { root: string } {
  const root = mkdtempSync(join(tmpdir(), 'vdr-translations-'));
  made.push(root);
  cpSync(join(repo, 'test', 'fixtures', 'validate', '_base'), root, { recursive: true });
  if (files) {
    const dir = join(root, 'data', 'reference', 'translations');
    mkdirSync(dir, { recursive: true });
    for (const [name, text] of Object.entries(files)) writeFileSync(join(dir, name), text);
  }
  if (withoutSchema) {
    const own = join(root, 'schemas');
    cpSync(schemasDir, own, { recursive: true });
    rmSync(join(own, 'reference-translations.schema.json'));
    return { ...validateProject({ ...resolveProject(root), schemasDir: own }, SchemaRegistry.load(own)), root };
  }
  registry ??= SchemaRegistry.load(schemasDir);
  return { ...validateProject({ ...resolveProject(root), schemasDir }, registry), root };
}

/** Removes the projects made. */
export function removeProjects(): void {
  for (const root of made.splice(0)) rmSync(root, { recursive: true, force: true });
}
