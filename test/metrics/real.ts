/** The project's own data, validated and loaded once for the tests that run on it. */
import { fileURLToPath } from 'node:url';
import type { Dataset } from '../../pipeline/model.js';
import { openProject } from '../../pipeline/project/index.js';

export const ROOT = fileURLToPath(new URL('../../', import.meta.url));

let cached: Dataset | undefined;

/** The validated data under data/; throws with the first problems when it does not validate. */
export function realDataset(): Dataset {
  if (cached) return cached;
  const { dataset, messages } = openProject(ROOT).validation();
  if (!dataset) {
    const first = messages.slice(0, 5).map((m) => `${m.file}: ${m.reason}`).join('\n');
    throw new Error(`the project's data does not validate:\n${first}`);
  }
  cached = dataset;
  return dataset;
}
