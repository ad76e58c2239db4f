// Every report on one seeded data set, against a hand-written single-SQL funnel from the same run:
// p95 latency of each report on PGlite and PostgreSQL; goals: the funnel report within 2x the
// baseline, and its p95 within 1 s on PostgreSQL.
// Usage: npm run bench:reports -- --n 1000000 (people; 10 activities and ~2.8 stage events each, as
// the 1M / 10M / 3M; the default is 20,000 so a run takes minutes; DATABASE_URL adds PostgreSQL)
import type { UseCaseContext } from '../src/app/context.ts'
import { attributionReport } from '../src/app/reports/attribution-report.ts'
import { costReport } from '../src/app/reports/cost-report.ts'
import { customerReport } from '../src/app/reports/customer-report.ts'
import { dispositionReport } from '../src/app/reports/disposition-report.ts'
import { funnelReport, velocityReport } from '../src/app/reports/funnel-report.ts'
import { leakReport } from '../src/app/reports/leak-report.ts'
import { pipelineReport } from '../src/app/reports/pipeline-report.ts'
import { formatValue, printBaseline, reportGoal } from './harness.ts'
import type { BenchDatabase } from './intake/open-bench-database.ts'
import { onEachBackend, runBench } from './on-each-backend.ts'
import { funnelBaseline, loadFunnel } from './reports/load-funnel.ts'

const runs = 7
const period = { from: '2024-01-01', to: '2025-01-01' }
const now = new Date('2026-11-23T15:00:00Z')

async function p95(work: () => Promise<unknown>): Promise<number> {
  await work()
  const times: number[] = []
  for (let run = 0; run < runs; run++) {
    const started = performance.now()
    await work()
    times.push(performance.now() - started)
  }
  times.sort((a, b) => a - b)
  return times[Math.ceil(0.95 * times.length) - 1] ?? Number.NaN
}

async function benchReports(database: BenchDatabase, people: number): Promise<boolean[]> {
  const workspace = await database.storage.workspaces.insert({
    slug: 'bench-reports',
    name: 'bench',
  })
  const ctx: UseCaseContext = {
    store: database.storage.forWorkspace(workspace.id),
    clock: { now: () => now },
    actor: 'bench',
    role: 'admin',
  }
  const loadStarted = performance.now()
  const loaded = await loadFunnel(database.db, workspace.id, people, 10)
  console.log(
    `${database.backend}: ${loaded.people} people, ${loaded.activities} activities, ${loaded.stageEvents} stage events, ${loaded.deals} deals loaded in ${formatValue((performance.now() - loadStarted) / 1000)} s`,
  )
  const range = {
    from: new Date(`${period.from}T00:00:00Z`),
    to: new Date(`${period.to}T00:00:00Z`),
  }
  const baseline = await p95(() => funnelBaseline(database.db, workspace.id, range))
  printBaseline(
    `${database.backend} hand-written single-SQL funnel p95 ${formatValue(baseline)} ms`,
  )
  const reports: [string, () => Promise<unknown>][] = [
    ['funnel', () => funnelReport(ctx, period)],
    ['funnel by source', () => funnelReport(ctx, { ...period, by: 'source' })],
    ['velocity', () => velocityReport(ctx, period)],
    ['pipeline', () => pipelineReport(ctx, period)],
    ['cost', () => costReport(ctx, period)],
    ['dispositions', () => dispositionReport(ctx, period)],
    ['customers', () => customerReport(ctx, period)],
    ['attribution', () => attributionReport(ctx, period)],
    ['leaks by source', () => leakReport(ctx, { ...period, by: 'source' })],
  ]
  const latencies = new Map<string, number>()
  for (const [name, work] of reports) {
    const ms = await p95(work)
    latencies.set(name, ms)
    console.log(`${database.backend} ${name}: p95 ${formatValue(ms)} ms`)
  }
  const funnel = latencies.get('funnel') ?? Number.NaN
  const results = [
    reportGoal({
      name: `reports ${database.backend}`,
      metric: 'funnel_p95_vs_single_sql',
      value: funnel / baseline,
      op: '<=',
      goal: 2,
      unit: 'x',
    }),
  ]
  if (database.backend === 'postgres') {
    results.push(
      reportGoal({
        name: 'reports postgres',
        metric: 'funnel_p95',
        value: funnel,
        op: '<=',
        goal: 1000,
        unit: 'ms',
      }),
    )
  }
  return results
}

await runBench({ n: 20_000 }, ({ n }) => onEachBackend((database) => benchReports(database, n)))
