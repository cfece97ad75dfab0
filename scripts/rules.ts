/**
 * Writes the counting rules into README.md between their markers, from the words the methodology
 * annex prints (pipeline/i18n/en.ts). `npm run rules`; test/metrics/rules.test.ts fails while the
 * README differs.
 */
import { readFileSync, writeFileSync } from 'node:fs';
import { en } from '../pipeline/i18n/index.js';
import { COUNTING_RULES_END, COUNTING_RULES_START, countingRulesMarkdown } from '../pipeline/content/annexes/methodology.js';

const path = new URL('../README.md', import.meta.url);
const readme = readFileSync(path, 'utf8');
const start = readme.indexOf(COUNTING_RULES_START);
const end = readme.indexOf(COUNTING_RULES_END);
if (start < 0 || end < start) {
  process.stderr.write(`README.md: the markers ${COUNTING_RULES_START} and ${COUNTING_RULES_END} are missing; add them where the rules belong.\n`);
  process.exit(1);
}
const next = readme.slice(0, start) + countingRulesMarkdown(en) + readme.slice(end + COUNTING_RULES_END.length);
if (next !== readme) writeFileSync(path, next);
process.stdout.write(next === readme ? 'README.md: the counting rules are up to date.\n' : 'README.md: counting rules rewritten.\n');
