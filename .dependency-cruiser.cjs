/**
 * The layers of pipeline/, checked by `npm test` (dependency-cruiser): no module imports itself
 * through others, the ground floor (pipeline/io/) imports no stage, and no stage imports the
 * benchmarks (pipeline/bench/), which sit above everything they measure.
 */
module.exports = {
  forbidden: [
    {
      name: 'no-circular',
      severity: 'error',
      comment: 'An import circle: follow the path printed and move what both sides need below them (README, "Project layout").',
      from: {},
      to: { circular: true },
    },
    {
      name: 'io-is-the-ground-floor',
      severity: 'error',
      comment: 'pipeline/io/ holds file and process helpers that every stage may use; it must not import a stage.',
      from: { path: '^pipeline/io/' },
      to: { path: '^pipeline/', pathNot: '^pipeline/io/' },
    },
    {
      name: 'no-stage-imports-a-benchmark',
      severity: 'error',
      comment: 'Benchmark code lives in pipeline/bench/ and is used by npm run bench and the tests only.',
      from: { path: '^pipeline/', pathNot: '^pipeline/bench/' },
      to: { path: '^pipeline/bench/' },
    },
  ],
  options: {
    tsConfig: { fileName: 'tsconfig.json' },
    tsPreCompilationDeps: true,
    doNotFollow: { path: 'node_modules' },
    exclude: { path: 'node_modules' },
  },
};
