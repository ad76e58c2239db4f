// Sustained ingest through a real `baton serve` on loopback: lead batches (POST /v1/leads) and
// scored event batches (POST /v1/events) offered at fixed rates by autocannon at the same time, for
// 5 minutes by default. Goals: no failed request, no lost (or extra) row, counted in the database
// after the server stopped against what the answers acknowledged, and the rates sustained. The
// per-key API rate limit is off for the run (BATON_API_RATE_LIMIT_PER_MINUTE=0).
// Usage: npm run bench:load -- --seconds 30 (embedded database; DATABASE_URL adds PostgreSQL;
// BENCH_BACKENDS=postgres or pglite runs one of them only)
import { finish, formatValue, printBaseline, reportGoal } from './harness.ts'
import { countLoadRows } from './load/count-load-rows.ts'
import { eventStream, leadStream } from './load/load-streams.ts'
import { embeddedTarget, postgresTarget, type LoadTarget } from './load/load-target.ts'
import { measureHealth, offerLoad, type StreamResult } from './load/offer-load.ts'
import { parseLoadArgs } from './load/parse-load-args.ts'
import { chosenBackends } from './on-each-backend.ts'
import { prepareLoadWorkspace } from './load/prepare-load-workspace.ts'
import { startServer } from './load/start-server.ts'

// bench:scoring's rate (issue: latency while ingesting 2,000 events/s). Intake names no rate of its
// own; 100 leads/s is 360,000 an hour, a large import arriving over the API while events stream in.
const eventsPerSecond = 2000
const leadsPerSecond = 100
const eventsPerRequest = 100
const leadsPerRequest = 50
const knownPeople = 10_000
const healthSeconds = 5
// Sustained: the run's rows per second, start-up and the last answers included, within 2% of offered.
const sustainedShare = 0.98

function describe(backend: string, result: StreamResult, offered: number): string {
  const rate =
    (result.rows.created + result.rows.merged + result.rows.updated) / result.elapsedSeconds
  const rows = Object.entries(result.rows)
    .map(([kind, n]) => `${kind} ${String(n)}`)
    .join(', ')
  return `measured: ${backend} ${result.label}: offered ${String(offered)}/s, ${String(result.requests)} requests in ${formatValue(result.elapsedSeconds)} s = ${formatValue(rate)} rows/s (${rows}); latency p50 ${formatValue(result.p50Ms)} ms, p99 ${formatValue(result.p99Ms)} ms; failed requests ${String(result.failedRequests)}`
}

async function runOn(target: LoadTarget, seconds: number): Promise<boolean[]> {
  const { backend } = target
  const workspace = await prepareLoadWorkspace(target, knownPeople)
  const server = await startServer(target.server)
  let leads: StreamResult
  let events: StreamResult
  try {
    const health = await measureHealth(server.url, healthSeconds)
    printBaseline(
      `${backend} GET /health (autocannon, 10 connections, ${String(healthSeconds)} s): ${formatValue(health.perSecond)} req/s, p99 ${formatValue(health.p99Ms)} ms, failed ${String(health.failed)}`,
    )
    const options = { seconds }
    const cpuBefore = await server.mainThreadCpu()
    const started = performance.now()
    ;[leads, events] = await Promise.all([
      offerLoad(
        server.url,
        workspace.apiKey,
        leadStream({ ...options, perSecond: leadsPerSecond, perRequest: leadsPerRequest }),
      ),
      offerLoad(
        server.url,
        workspace.apiKey,
        eventStream(workspace, {
          ...options,
          perSecond: eventsPerSecond,
          perRequest: eventsPerRequest,
        }),
      ),
    ])
    const cpuAfter = await server.mainThreadCpu()
    if (cpuBefore !== undefined && cpuAfter !== undefined) {
      // Whether the one thread that does all the work was saturated, or kept waiting for a core
      // the load generator also needs: steadier than the rates on a machine whose speed drifts.
      const wall = (performance.now() - started) / 1000
      const run = cpuAfter.runSeconds - cpuBefore.runSeconds
      const wait = cpuAfter.waitSeconds - cpuBefore.waitSeconds
      const share = (seconds: number) => `${formatValue((100 * seconds) / wall)}%`
      console.log(
        `measured: ${backend} server main thread over the ${formatValue(wall)} s of load: on a CPU ${formatValue(run)} s (${share(run)}), ready but waiting for one ${formatValue(wait)} s (${share(wait)})`,
      )
    }
  } finally {
    const code = await server.stop()
    if (code !== 0) console.log(`note: ${backend} baton serve exited with ${String(code)}`)
  }
  console.log(describe(backend, leads, leadsPerSecond))
  console.log(describe(backend, events, eventsPerSecond))
  const stored = await countLoadRows(target, workspace)
  console.log(
    `stored: ${backend} ${String(stored.leads)} new people, ${String(stored.captures)} lead captures, ${String(stored.events)} events`,
  )
  const taken = (r: StreamResult) => r.rows.created + r.rows.updated + r.rows.merged
  const lost =
    Math.abs(leads.rows.created - stored.leads) +
    Math.abs(taken(leads) - stored.captures) +
    Math.abs(events.rows.created - stored.events)
  const errors =
    leads.failedRequests + events.failedRequests + leads.rows.rejected + events.rows.rejected
  const goal = (metric: string, value: number, op: '<=' | '>=', target: number) =>
    reportGoal({ name: 'load', metric: `${metric}_${backend}`, value, op, goal: target })
  return [
    goal('errors', errors, '<=', 0),
    goal('lost_rows', lost, '<=', 0),
    goal('leads_per_s', taken(leads) / leads.elapsedSeconds, '>=', leadsPerSecond * sustainedShare),
    goal(
      'events_per_s',
      taken(events) / events.elapsedSeconds,
      '>=',
      eventsPerSecond * sustainedShare,
    ),
  ]
}

async function onTarget(make: () => Promise<LoadTarget>, seconds: number): Promise<boolean[]> {
  const target = await make()
  try {
    return await runOn(target, seconds)
  } finally {
    await target.drop()
  }
}

async function main(): Promise<void> {
  let seconds: number
  try {
    seconds = parseLoadArgs(process.argv.slice(2), { seconds: 300 }).seconds
  } catch (error) {
    console.error(error instanceof Error ? error.message : String(error))
    process.exitCode = 2
    return
  }
  console.log(
    'note: the per-API-key rate limit is off for this run (BATON_API_RATE_LIMIT_PER_MINUTE=0)',
  )
  const backends = chosenBackends()
  const results = backends.has('pglite') ? await onTarget(embeddedTarget, seconds) : []
  const url = process.env['DATABASE_URL']
  if (!backends.has('postgres') || url === undefined || url.trim() === '') {
    if (backends.has('postgres')) {
      console.log('skipped: postgres (set DATABASE_URL to a throwaway database to run it)')
    }
    finish(results)
    return
  }
  finish([...results, ...(await onTarget(() => postgresTarget(url), seconds))])
}

await main()
