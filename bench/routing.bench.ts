// Assignment latency: re-routing one MQL under the waterfall preset (lock, read the lead, users with
// their loads, pool members and cursors, decide, write owner + assignment + cursor + audit + outbox,
// all in one transaction) against a bare `UPDATE person SET owner_id` in its own transaction.
// Usage: npm run bench:routing -- --n 2000 (MQLs; 20 BDRs; DATABASE_URL adds PostgreSQL)
import { sql } from 'kysely'
import { assignPerson } from '../src/app/handoff/assign-person.ts'
import { formatValue, printBaseline, reportGoal } from './harness.ts'
import type { BenchDatabase } from './intake/open-bench-database.ts'
import { onEachBackend, runBench } from './on-each-backend.ts'
import { prepareRouting } from './routing/prepare-routing.ts'

const sdrs = 20

const p99 = (samples: number[]): number => {
  const sorted = [...samples].sort((a, b) => a - b)
  return sorted[Math.min(sorted.length - 1, Math.ceil(sorted.length * 0.99) - 1)] ?? Number.NaN
}

async function timeEach(count: number, work: (i: number) => Promise<unknown>): Promise<number[]> {
  const samples: number[] = []
  for (let i = 0; i < count; i++) {
    const started = performance.now()
    await work(i)
    samples.push(performance.now() - started)
  }
  return samples
}

async function runBackend(database: BenchDatabase, people: number): Promise<boolean[]> {
  const { backend, db } = database
  const started = performance.now()
  const { ctx, ids, workspaceId } = await prepareRouting(database, people, sdrs)
  console.log(
    `loaded: ${backend} ${people} MQLs routed to ${sdrs} BDRs in ${formatValue(performance.now() - started)} ms`,
  )
  const users = await ctx.store.users.list()
  const bare = await timeEach(ids.length, (i) =>
    db.transaction().execute((tx) =>
      sql`UPDATE person SET owner_id = ${users[i % users.length]?.id ?? null}
        WHERE workspace_id = ${workspaceId} AND id = ${ids[i] ?? null}`.execute(tx),
    ),
  )
  printBaseline(
    `${backend} bare owner UPDATE: p99 ${formatValue(p99(bare))} ms over ${bare.length}`,
  )
  const routed = await timeEach(ids.length, (i) => assignPerson(ctx, ids[i] as never, {}))
  console.log(
    `measured: ${backend} assignment: p99 ${formatValue(p99(routed))} ms, mean ${formatValue(routed.reduce((a, b) => a + b, 0) / routed.length)} ms over ${routed.length}`,
  )
  return [
    reportGoal({
      name: 'routing',
      metric: `assignment_p99_${backend}`,
      value: p99(routed),
      op: '<=',
      goal: 200,
      unit: 'ms',
    }),
  ]
}

await runBench({ n: 1_000 }, async ({ n }) => {
  console.log(`MQLs: ${n}, BDRs: ${sdrs}`)
  return onEachBackend((database) => runBackend(database, n))
})
