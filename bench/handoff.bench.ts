// Hand-off as the product runs it, against a baseline from the same run on the same rows:
// (a) escalation latency: of `--n` open first-response clocks (default 100,000), 1% fall due at one
//     instant; the sweeper (batches of 500, one ladder step per clock per transaction) fires the
//     waterfall ladder's first step; each clock's latency is the time from its due instant to the
//     commit of the batch that escalated it (p99), vs a bare UPDATE ... WHERE due_at <= now() over
//     the same rows. Assignment latency (routing) joins here as its own measurement.
// Usage: npm run bench:handoff -- --n 100000 (DATABASE_URL adds PostgreSQL)
import { sql } from 'kysely'
import { sweepClocks } from '../src/app/sla/sweep-clocks.ts'
import { formatValue, measure, printBaseline, reportGoal } from './harness.ts'
import { loadClocks } from './handoff/load-clocks.ts'
import type { BenchDatabase } from './intake/open-bench-database.ts'
import { onEachBackend, runBench } from './on-each-backend.ts'

const dueAt = new Date('2026-11-23T15:00:00Z')
const batchSize = 500

function percentile(sorted: readonly number[], pct: number): number {
  return sorted[Math.min(sorted.length - 1, Math.ceil((pct / 100) * sorted.length) - 1)] ?? 0
}

async function escalationLatencies(database: BenchDatabase, clock: { now: () => Date }) {
  const latencies: number[] = []
  const started = performance.now()
  for (;;) {
    const summary = await sweepClocks({ storage: database.storage, clock }, { batchSize })
    const elapsed = performance.now() - started
    for (let i = 0; i < summary.steps; i++) latencies.push(elapsed)
    if (summary.checked === 0) break
  }
  return latencies.sort((a, b) => a - b)
}

async function runBackend(database: BenchDatabase, open: number): Promise<boolean[]> {
  const { backend, db } = database
  const due = Math.max(1, Math.round(open / 100))
  const loadStarted = performance.now()
  const { clock } = await loadClocks(database, { open, due, dueAt })
  console.log(
    `loaded: ${backend} ${open} open clocks, ${due} due, in ${formatValue(performance.now() - loadStarted)} ms`,
  )
  const bare = await measure('bare UPDATE', () =>
    db.transaction().execute((tx) =>
      sql`UPDATE sla_clock SET escalation_level = escalation_level
        WHERE stopped_at IS NULL AND next_check_at <= ${dueAt}`.execute(tx),
    ),
  )
  printBaseline(
    `${backend} ${bare.label} of the ${due} due clocks among ${open}: ${formatValue(bare.ms)} ms`,
  )
  const latencies = await escalationLatencies(database, clock)
  const p99 = percentile(latencies, 99)
  console.log(
    `measured: ${backend} ${latencies.length} escalations fired; p50 ${formatValue(percentile(latencies, 50))} ms, p99 ${formatValue(p99)} ms`,
  )
  return [
    reportGoal({
      name: 'handoff',
      metric: `escalation_p99_${backend}`,
      value: p99,
      op: '<=',
      goal: 1000,
      unit: 'ms',
    }),
  ]
}

await runBench({ n: 100_000 }, async ({ n }) => {
  console.log(`open clocks: ${n}, due at once: ${Math.max(1, Math.round(n / 100))}`)
  return onEachBackend((database) => runBackend(database, n))
})
