import { finish, parseBenchArgs, type BenchArgs } from './harness.ts'
import {
  openPgliteBench,
  openPostgresBench,
  type BenchBackend,
  type BenchDatabase,
} from './intake/open-bench-database.ts'

async function onBackend(
  backend: BenchBackend,
  url: string,
  run: (database: BenchDatabase) => Promise<boolean[]>,
): Promise<boolean[]> {
  const database = backend === 'pglite' ? await openPgliteBench() : await openPostgresBench(url)
  try {
    return await run(database)
  } finally {
    await database.close()
  }
}

/** The backends BENCH_BACKENDS names (comma-separated), by default both. */
export function chosenBackends(): ReadonlySet<BenchBackend> {
  const named = (process.env['BENCH_BACKENDS'] ?? 'pglite,postgres').split(',').map((b) => b.trim())
  const unknown = named.filter((b) => b !== 'pglite' && b !== 'postgres')
  if (unknown.length > 0) {
    throw new Error(`BENCH_BACKENDS names ${unknown.join(', ')}; use pglite, postgres or both.`)
  }
  return new Set(named as BenchBackend[])
}

/**
 * Runs a benchmark on a fresh PGlite, then on PostgreSQL when DATABASE_URL names a throwaway one;
 * BENCH_BACKENDS=postgres (or pglite) runs one of them only.
 */
export async function onEachBackend(
  run: (database: BenchDatabase) => Promise<boolean[]>,
): Promise<boolean[]> {
  const backends = chosenBackends()
  const results = backends.has('pglite') ? await onBackend('pglite', '', run) : []
  if (!backends.has('postgres')) return results
  const url = process.env['DATABASE_URL']
  if (url === undefined || url.trim() === '') {
    console.log('skipped: postgres (set DATABASE_URL to a throwaway database to run it)')
    return results
  }
  return [...results, ...(await onBackend('postgres', url, run))]
}

/** Parses `--n` over the defaults, runs the benchmark and sets the exit code from its goals. */
export async function runBench(
  defaults: BenchArgs,
  run: (args: BenchArgs) => Promise<boolean[]>,
): Promise<void> {
  let args: BenchArgs | undefined
  try {
    args = parseBenchArgs(process.argv.slice(2), defaults)
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 2
  }
  if (args !== undefined) finish(await run(args))
}
