// The toolkit every Baton benchmark shares: a `--n` argument to scale data, a seeded generator so
// data is the same on every run, a timer, and the output contract: `baseline:` lines for reference
// numbers measured in the same run, and exactly one `bench <name>: ... PASS|FAIL` line per goal.

export type BenchArgs = { readonly n: number }

export type Random = {
  /** A number in [0, 1). */
  next(): number
  /** An integer in [min, max], both ends included. */
  int(min: number, max: number): number
  pick<T>(items: readonly T[]): T
}

export type Measurement = {
  readonly label: string
  readonly ms: number
  readonly perSecond?: number
}

export type MeasureOptions = {
  /** Sequential runs of `fn`; default 1. */
  readonly repeat?: number
  /** Items (rows, requests) one run handles; when given, the result has `perSecond`. */
  readonly items?: number
}

export type Goal = {
  readonly name: string
  readonly metric: string
  readonly value: number
  readonly op: '<=' | '>='
  readonly goal: number
  /** Appended to the value and the goal, e.g. 'ms'; leave it out when the metric name says it. */
  readonly unit?: string
}

function toPositiveInteger(flag: string, raw: string | undefined): number {
  const value = raw !== undefined && /^[0-9]+$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(value) || value <= 0) {
    const got = raw === undefined ? 'nothing' : `"${raw}"`
    throw new Error(
      `${flag} expects a positive integer, as in "${flag} 500" or "${flag}=500"; got ${got}.`,
    )
  }
  return value
}

/** Reads `--n <int>` or `--n=<int>` (how many items to generate) over the caller's defaults. */
export function parseBenchArgs(argv: readonly string[], defaults: BenchArgs): BenchArgs {
  let n = defaults.n
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    if (arg === '--n') {
      index++
      n = toPositiveInteger('--n', argv[index])
    } else if (arg.startsWith('--n=')) {
      n = toPositiveInteger('--n', arg.slice('--n='.length))
    } else {
      throw new Error(`Unknown argument "${arg}"; benchmarks accept only --n <positive integer>.`)
    }
  }
  return { n }
}

/** Returns a mulberry32 generator: the same seed always yields the same sequence. */
export function createRandom(seed: number): Random {
  let state = seed >>> 0
  const next = (): number => {
    state = (state + 0x6d2b79f5) >>> 0
    let t = state
    t = Math.imul(t ^ (t >>> 15), t | 1)
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61)
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296
  }
  return {
    next,
    int(min, max) {
      if (!Number.isSafeInteger(min) || !Number.isSafeInteger(max) || min > max) {
        throw new Error(`int(min, max) needs integers with min <= max; got ${min} and ${max}.`)
      }
      return min + Math.floor(next() * (max - min + 1))
    },
    pick<T>(items: readonly T[]): T {
      if (items.length === 0) throw new Error('pick(items) needs at least one item.')
      // next() < 1, so the index is always inside the array.
      return items[Math.floor(next() * items.length)] as T
    },
  }
}

/** Times sequential runs of `fn`: `ms` is the mean run, `perSecond` is items per run per second. */
export async function measure(
  label: string,
  fn: (run: number) => unknown,
  options: MeasureOptions = {},
): Promise<Measurement> {
  const { repeat = 1, items } = options
  if (!Number.isSafeInteger(repeat) || repeat <= 0) {
    throw new Error(`measure repeat must be a positive integer; got ${repeat}.`)
  }
  const started = performance.now()
  for (let run = 0; run < repeat; run++) await fn(run)
  const ms = (performance.now() - started) / repeat
  return items === undefined ? { label, ms } : { label, ms, perSecond: (items * 1000) / ms }
}

/** Formats a measured number for report lines: at most 2 decimals, no trailing zeros. */
export function formatValue(value: number): string {
  return Number.isFinite(value) ? String(Math.round(value * 100) / 100) : String(value)
}

/** Prints the goal's single `bench` line and returns whether the unrounded value meets the goal. */
export function reportGoal(goal: Goal): boolean {
  const passed = goal.op === '<=' ? goal.value <= goal.goal : goal.value >= goal.goal
  const unit = goal.unit ?? ''
  const value = `${formatValue(goal.value)}${unit}`
  const target = `${formatValue(goal.goal)}${unit}`
  const verdict = passed ? 'PASS' : 'FAIL'
  console.log(`bench ${goal.name}: ${goal.metric}=${value} goal ${goal.op} ${target} ${verdict}`)
  return passed
}

/** Prints a reference measurement taken in the same run, as one `baseline:` line. */
export function printBaseline(text: string): void {
  console.log(`baseline: ${text}`)
}

/** Sets the exit code from the goals reported: 1 when any failed, else 0. */
export function finish(results: readonly boolean[]): void {
  // A missed goal never throws, so every line of the report still prints; the exit code is how a
  // caller (CI, a script) tells that a goal FAILED without parsing the output.
  process.exitCode = results.every((passed) => passed) ? 0 : 1
}
