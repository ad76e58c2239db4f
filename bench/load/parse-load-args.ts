export type LoadArgs = { readonly seconds: number }

function toSeconds(raw: string | undefined): number {
  const value = raw !== undefined && /^[0-9]+$/.test(raw) ? Number(raw) : Number.NaN
  if (!Number.isSafeInteger(value) || value <= 0) {
    const got = raw === undefined ? 'nothing' : `"${raw}"`
    throw new Error(
      `--seconds expects a positive whole number of seconds, as in "--seconds 30"; got ${got}.`,
    )
  }
  return value
}

/** Reads `--seconds <int>` or `--seconds=<int>` (how long the load runs) over the default. */
export function parseLoadArgs(argv: readonly string[], defaults: LoadArgs): LoadArgs {
  let seconds = defaults.seconds
  for (let index = 0; index < argv.length; index++) {
    const arg = argv[index] ?? ''
    if (arg === '--seconds') {
      index++
      seconds = toSeconds(argv[index])
    } else if (arg.startsWith('--seconds=')) {
      seconds = toSeconds(arg.slice('--seconds='.length))
    } else {
      throw new Error(`Unknown argument "${arg}"; the load benchmark accepts only --seconds <n>.`)
    }
  }
  return { seconds }
}
