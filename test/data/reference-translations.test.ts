/**
 * The project's own reference data in other languages (data/reference/translations/): each file
 * validates without an error, is marked as made for the sample (no UN translation service edited
 * it), and names every partner itself rather than leaving CLDR to.
 */
import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { datasetInLanguage } from '../../pipeline/edition/reference-language.js';
import type { Language } from '../../pipeline/model.js';
import { openProject } from '../../pipeline/project/index.js';
import { ROOT } from '../metrics/real.js';

const dir = new URL('../../data/reference/translations/', import.meta.url);
const languages = readdirSync(dir)
  .filter((name) => name.endsWith('.yaml'))
  .map((name) => name.slice(0, -'.yaml'.length) as Language);

describe("the project's reference translations", () => {
  const { dataset, messages } = openProject(ROOT).validation();

  it.each(languages)('%s.yaml validates without an error', (language) => {
    const file = `data/reference/translations/${language}.yaml`;
    expect(messages.filter((m) => m.file === file && m.severity === 'error').map((m) => `${m.place?.line}:${m.place?.column} ${m.reason}`)).toEqual([]);
    expect(dataset?.files).toContain(file);
  });

  it.each(languages)('%s.yaml is marked as a sample translation and names every partner', (language) => {
    const view = datasetInLanguage(dataset!, language);
    expect(view.language?.sample).toBe(true);
    expect(view.language?.namesFromCldr).toEqual([]);
  });
});
