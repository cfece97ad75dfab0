/**
 * The index of published editions, output/editions.json and output/index.html, regenerated from
 * the manifests under output/<edition>/<version>/ every time: the same directories always give
 * the same bytes, and an index lost or damaged is rebuilt by the next publication.
 */
import { join } from 'node:path';
import { nodeFiles, type FileAccess } from '../io/files.js';
import { BRIEFS_DIR, MANIFEST, readManifest, type Manifest, type ManifestFile, type ManifestLanguage } from './manifest.js';
import { sha256 } from '../io/hash.js';
import { compareVersions, isVersion } from './version.js';
import { escapeXml } from '../charts/accessible.js';

/** One published version in editions.json. */
export interface PublishedVersion {
  version: string;
  date: string;
  title: string;
  vdr_version: string;
  inputs_fingerprint: string;
  /** The version's directory, relative to output/, such as 2021/1.0.0. */
  path: string;
  /** manifest.json itself, relative to output/. */
  manifest: ManifestFile;
  /** Every file the manifest lists, relative to output/. */
  files: ManifestFile[];
  /** An edition in several languages: each, the source language first, its reports relative to output/. */
  languages?: ManifestLanguage[];
}

/** One edition in editions.json. */
export interface PublishedEdition {
  edition: number;
  /** The title of its newest version. */
  title: string;
  latest: string;
  /** Newest first. */
  versions: PublishedVersion[];
}

/** output/editions.json (schemas/editions-index.schema.json). */
export interface EditionsIndex {
  /** Newest edition first. */
  editions: PublishedEdition[];
}

/** What a scan of output/ found. */
export interface PublishedScan {
  index: EditionsIndex;
  /** Directories that look like published versions but were left out, and why. */
  skipped: string[];
}

/**
 * Finds every published version under `outputDir`: a directory output/<year>/<X.Y.Z>/ with a
 * readable manifest.json that names that edition and version.
 *
 * @param outputDir
 *   The project's output directory, absolute.
 * @param fs
 *   (optional) The file system (default: the real one).
 */
export function scanPublished(outputDir: string, fs: FileAccess = nodeFiles): PublishedScan {
  const editions: PublishedEdition[] = [];
  const skipped: string[] = [];
  for (const year of fs.listDirectories(outputDir).filter((name) => /^\d{4}$/.test(name))) {
    const versions: PublishedVersion[] = [];
    for (const version of fs.listDirectories(join(outputDir, year)).filter(isVersion)) {
      const at = `${year}/${version}`;
      const manifest = readManifest(join(outputDir, year, version), fs);
      if (typeof manifest === 'string') {
        skipped.push(`${at}: ${manifest}`);
        continue;
      }
      if (String(manifest.edition) !== year || manifest.version !== version) {
        skipped.push(`${at}: its manifest.json says edition ${manifest.edition}, version ${manifest.version}`);
        continue;
      }
      versions.push(publishedVersion(at, manifest, fs.readFile(join(outputDir, year, version, MANIFEST))));
    }
    if (versions.length === 0) continue;
    versions.sort((a, b) => compareVersions(b.version, a.version));
    const latest = versions[0]!;
    editions.push({ edition: Number(year), title: latest.title, latest: latest.version, versions });
  }
  editions.sort((a, b) => b.edition - a.edition);
  return { index: { editions }, skipped };
}

function publishedVersion(at: string, manifest: Manifest, manifestBytes: Uint8Array): PublishedVersion {
  return {
    version: manifest.version,
    date: manifest.date,
    title: manifest.title,
    vdr_version: manifest.vdr_version,
    inputs_fingerprint: manifest.inputs_fingerprint,
    path: at,
    manifest: { path: `${at}/${MANIFEST}`, sha256: sha256(manifestBytes), bytes: manifestBytes.length },
    files: manifest.files.map((f) => ({ path: `${at}/${f.path}`, sha256: f.sha256, bytes: f.bytes })),
    ...(manifest.languages ? { languages: manifest.languages.map((l) => ({ ...l, html: `${at}/${l.html}`, pdf: `${at}/${l.pdf}` })) } : {}),
  };
}

/** editions.json as written. */
export function editionsJson(index: EditionsIndex): string {
  return `${JSON.stringify(index, null, 2)}\n`;
}

/** The links a version row offers, for the files it has, in this order. */
const LINKS: readonly [string, string][] = [
  ['report.html', 'Report (HTML)'],
  ['report.pdf', 'Report (PDF)'],
  ['metrics.csv', 'Metrics (CSV)'],
  ['metrics.json', 'Metrics (JSON)'],
  ['report-data.xlsx', 'Workbook (XLSX)'],
  ['data-package/datapackage.json', 'Data package'],
  ['data-package/README.md', 'Data package README'],
  ['data-package/sdmx/observations.sdmx.csv', 'Observations (SDMX-CSV)'],
  ['data-package/sdmx/metrics.sdmx.csv', 'Metrics (SDMX-CSV)'],
];

function versionRow(edition: number, v: PublishedVersion): string {
  const present = new Set(v.files.map((f) => f.path.slice(v.path.length + 1)));
  // An edition in several languages: each language's reports, named in that language.
  const languages = (v.languages ?? []).map((l) => {
    const name = `lang="${escapeXml(l.language)}" hreflang="${escapeXml(l.language)}"`;
    return `<li><a href="${escapeXml(l.html)}" ${name}>${escapeXml(l.name)} (HTML)</a></li><li><a href="${escapeXml(l.pdf)}" ${name}>${escapeXml(l.name)} (PDF)</a></li>`;
  });
  const links = [
    ...languages,
    ...LINKS.filter(([file]) => present.has(file) && !(languages.length > 0 && file.startsWith('report.'))).map(([file, text]) => `<li><a href="${escapeXml(`${v.path}/${file}`)}">${text}</a></li>`),
  ];
  const briefs = briefLinks(v, present);
  if (briefs) links.push(briefs);
  links.push(`<li><a href="${escapeXml(v.manifest.path)}">Manifest</a></li>`);
  return `<tr>
<th scope="row">${escapeXml(v.version)}</th>
<td><time datetime="${escapeXml(v.date)}">${escapeXml(v.date)}</time></td>
<td><ul class="links" aria-label="Files of the ${edition} edition, version ${escapeXml(v.version)}">${links.join('')}</ul></td>
<td><code>${escapeXml(v.inputs_fingerprint)}</code></td>
<td>${escapeXml(v.vdr_version)}</td>
</tr>`;
}

/**
 * The partner briefs of a version (briefs/CODE.html and CODE.pdf), folded under one entry so that
 * eighty partners do not bury the other files; none when the version has no briefs.
 */
function briefLinks(v: PublishedVersion, present: ReadonlySet<string>): string | undefined {
  const brief = new RegExp(`^${BRIEFS_DIR}/([^/]+)\\.html$`);
  const codes = [...present].flatMap((file) => brief.exec(file)?.slice(1) ?? []);
  if (codes.length === 0) return undefined;
  const link = (code: string, kind: 'html' | 'pdf'): string => {
    const file = `${BRIEFS_DIR}/${code}.${kind}`;
    return present.has(file) ? `<a href="${escapeXml(`${v.path}/${file}`)}">${escapeXml(code)} (${kind.toUpperCase()})</a>` : '';
  };
  const items = codes.map((code) => `<li>${[link(code, 'html'), link(code, 'pdf')].filter(Boolean).join(' ')}</li>`).join('');
  return `<li><details><summary>Partner briefs (${codes.length})</summary><ul class="briefs">${items}</ul></details></li>`;
}

/**
 * output/index.html: one self-contained page (no script, no request leaves it) that lists every
 * published edition and version with links to its files.
 */
export function indexHtml(index: EditionsIndex): string {
  const sections = index.editions.map(
    (e) => `<section aria-labelledby="edition-${e.edition}">
<h2 id="edition-${e.edition}">${e.edition}: ${escapeXml(e.title)}</h2>
<p>Latest version: <a href="${escapeXml(`${e.edition}/${e.latest}/`)}">${escapeXml(e.latest)}</a>.</p>
<table>
<caption>Published versions of the ${e.edition} edition, newest first</caption>
<thead><tr><th scope="col">Version</th><th scope="col">Date</th><th scope="col">Files</th><th scope="col">Fingerprint of the inputs</th><th scope="col">vdr</th></tr></thead>
<tbody>
${e.versions.map((v) => versionRow(e.edition, v)).join('\n')}
</tbody>
</table>
</section>`,
  );
  return `<!DOCTYPE html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>Published editions: annual global report on implementing the Vienna Declaration</title>
<style>
body { font-family: "Noto Sans", Arial, sans-serif; color: #1a1a1a; background: #fff; margin: 0; line-height: 1.5; }
main { max-width: 72rem; margin: 0 auto; padding: 1.5rem; }
h1 { font-size: 1.75rem; margin: 0 0 0.5rem; }
h2 { font-size: 1.35rem; margin: 2rem 0 0.5rem; }
a { color: #0b4f8a; }
a:focus { outline: 3px solid #0b4f8a; outline-offset: 2px; }
table { border-collapse: collapse; width: 100%; }
caption { text-align: left; font-weight: bold; padding: 0.25rem 0; }
th, td { border: 1px solid #767676; padding: 0.4rem 0.6rem; text-align: left; vertical-align: top; }
thead th { background: #eef2f6; }
code { overflow-wrap: anywhere; font-size: 0.85rem; }
ul.links { margin: 0; padding: 0; list-style: none; }
ul.briefs { margin: 0.25rem 0 0; padding: 0; list-style: none; columns: 10rem; }
</style>
</head>
<body>
<main>
<h1>Published editions</h1>
<p>The annual global report on implementing the Vienna Declaration (Paris Pact Initiative, UNODC). A published version never changes: its manifest.json lists every file with its size and sha256, and the fingerprint of the data and text it was built from.</p>
${sections.length > 0 ? sections.join('\n') : '<p>No edition has been published yet.</p>'}
</main>
</body>
</html>
`;
}

/**
 * Rewrites output/editions.json and output/index.html from the published versions found.
 *
 * @param outputDir
 *   The project's output directory, absolute.
 * @param fs
 *   (optional) The file system (default: the real one).
 */
export function writeEditionsIndex(outputDir: string, fs: FileAccess = nodeFiles): PublishedScan {
  const scan = scanPublished(outputDir, fs);
  fs.writeFile(join(outputDir, 'editions.json'), editionsJson(scan.index));
  fs.writeFile(join(outputDir, 'index.html'), indexHtml(scan.index));
  return scan;
}
