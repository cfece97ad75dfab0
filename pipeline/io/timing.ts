/** Timing the stages of a command, for progress on a terminal, `--json` and the benchmark. */
/** Told of each stage as it ends, with the seconds it took. */
export type StageObserver = (stage: string, seconds: number) => void;

/** Seconds since `start`, a `process.hrtime.bigint()` reading. */
export function secondsSince(start: bigint): number {
  return Number(process.hrtime.bigint() - start) / 1e9;
}

/** Milliseconds `work` takes. */
export function millisecondsOf(work: () => void): number {
  const start = process.hrtime.bigint();
  work();
  return secondsSince(start) * 1000;
}

/** The stages of a piece of work, timed in the order they end, each told to an observer as it ends. */
export class StageTimes {
  /** Each stage with its seconds, in order. */
  readonly timings: [string, number][] = [];

  /**
   * @param observer
   *   (optional) Told of each stage as it ends, such as the progress lines of `vdr build` on a terminal.
   */
  constructor(private readonly observer?: StageObserver) {}

  /** Records a stage that took `seconds`. */
  record(stage: string, seconds: number): void {
    this.timings.push([stage, seconds]);
    this.observer?.(stage, seconds);
  }

  /** Runs `work` as the stage `stage` and records its time. */
  time<T>(stage: string, work: () => T): T {
    const start = process.hrtime.bigint();
    const value = work();
    this.record(stage, secondsSince(start));
    return value;
  }

  /** Runs `work`, which may be asynchronous, as the stage `stage` and records its time once it settles. */
  async timeAsync<T>(stage: string, work: () => Promise<T> | T): Promise<T> {
    const start = process.hrtime.bigint();
    const value = await work();
    this.record(stage, secondsSince(start));
    return value;
  }
}
