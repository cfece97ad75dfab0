/** Partners named as in the edition's year: the names since the seed apply from their first year, codes and figures untouched. */
import { describe, expect, it } from 'vitest';
import { datasetOfYear, nameInYear } from '../../pipeline/edition/names.js';
import { openProject } from '../../pipeline/project/index.js';
import { prepare } from '../../pipeline/project/prepare.js';
import { realDataset, ROOT } from '../metrics/real.js';

describe('names by date', () => {
  const names = [
    { iso3: 'MKD', name: 'North Macedonia', from: 2019 },
    { iso3: 'TUR', name: 'Türkiye', from: 2022 },
    { iso3: 'TUR', name: 'Turkiye (interim)', from: 2020 },
  ];

  it('gives the newest name from the year or before, else the seed name', () => {
    const tur = { iso3: 'TUR', name: 'Turkey' };
    expect(nameInYear(tur, names, 2014)).toBe('Turkey');
    expect(nameInYear(tur, names, 2020)).toBe('Turkiye (interim)');
    expect(nameInYear(tur, names, 2022)).toBe('Türkiye');
    expect(nameInYear({ iso3: 'MKD', name: 'Macedonia (The former Yugoslav Republic of)' }, names, 2018)).toBe('Macedonia (The former Yugoslav Republic of)');
    expect(nameInYear({ iso3: 'MKD', name: 'x' }, names, 2019)).toBe('North Macedonia');
    expect(nameInYear({ iso3: 'AFG', name: 'Afghanistan (Islamic Republic of)' }, names, 2030)).toBe('Afghanistan (Islamic Republic of)');
  });

  it("shows the project's data as each edition names it, one view per year, figures shared", () => {
    const dataset = realDataset();
    const of = (year: number, iso3: string): string | undefined => datasetOfYear(dataset, year).reference.countries.find((c) => c.iso3 === iso3)?.name;
    expect([of(2014, 'CZE'), of(2014, 'MKD'), of(2014, 'TUR')]).toEqual(['Czech Republic', 'Macedonia (The former Yugoslav Republic of)', 'Turkey']);
    expect([of(2021, 'CZE'), of(2021, 'MKD'), of(2021, 'TUR')]).toEqual(['Czechia', 'North Macedonia', 'Turkey']);
    expect(of(2023, 'TUR')).toBe('Türkiye');
    expect(datasetOfYear(dataset, 2021)).toBe(datasetOfYear(dataset, 2021));
    expect(datasetOfYear(dataset, 2014)).toBe(dataset);
    expect(datasetOfYear(dataset, 2021).observations).toBe(dataset.observations);
    // The 2021 edition of the project gets its partners under their 2021 names.
    expect(prepare(openProject(ROOT), 2021).dataset?.reference.countries.find((c) => c.iso3 === 'CZE')?.name).toBe('Czechia');
  });
});
