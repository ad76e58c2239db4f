// Scoring as the product runs it, against baselines from the same run on the same data:
// (b) `rebuildScores` (every person, chunks of 1,000, each its own transaction, scores written) vs one
//     SQL SUM(points * exp(-lambda * age)) GROUP BY person that only reads; it runs first, so the
//     loaded history is scored as in a running workspace;
// (a) event batches through ingestEvents with real-time scoring (people locked, the new events
//     folded into each person's kept score state, or the whole history read where they cannot be,
//     scores and accounts saved) vs plain multi-row INSERTs of the same events;
// (c) event -> visible score latency p50/p99 while 2,000 events/s are offered (batches every 100 ms).
// Usage: npm run bench:scoring -- --n 1000000 (people; 20 past events each; DATABASE_URL adds PostgreSQL)
import { readFile } from 'node:fs/promises'
import { parse } from 'yaml'
import type { UseCaseContext } from '../src/app/context.ts'
import { ingestEvents } from '../src/app/intake/ingest-event.ts'
import { readScoreModel } from '../src/app/scoring/read-score-model.ts'
import { rebuildScores } from '../src/app/scoring/rebuild-scores.ts'
import { addScoreModel, publishScoreModel } from '../src/app/scoring/score-models.ts'
import { withRealTimeScoring } from '../src/app/scoring/with-real-time-scoring.ts'
import type { EventInput } from '../src/core/imports/index.ts'
import { createRandom, formatValue, measure, printBaseline, reportGoal } from './harness.ts'
import type { BenchDatabase } from './intake/open-bench-database.ts'
import { onEachBackend, runBench } from './on-each-backend.ts'
import { insertPlain, removePlain, sumDecayed } from './scoring/baselines.ts'
import { loadHistory, loadPeople, newEvents, scoredTypes } from './scoring/load-history.ts'
import { measureLatency } from './scoring/measure-latency.ts'

const seed = 20261123
const eventsPerPerson = 20
const batchSize = 1000
const now = new Date('2026-11-23T15:00:00Z')
const offeredPerSecond = 2000
const latencySeconds = 10

const chunks = <T>(items: readonly T[], size: number) =>
  Array.from({ length: Math.ceil(items.length / size) }, (_, i) =>
    items.slice(i * size, (i + 1) * size),
  )

async function prepare(database: BenchDatabase, people: number) {
  const document: unknown = parse(await readFile('presets/score-models/hand-raiser.yaml', 'utf8'))
  const model = readScoreModel(document)
  const workspace = await database.storage.workspaces.insert({
    slug: 'bench-scoring',
    name: 'bench',
  })
  const ctx: UseCaseContext = {
    store: database.storage.forWorkspace(workspace.id),
    clock: { now: () => now },
    actor: 'bench',
    role: 'admin',
  }
  await publishScoreModel(ctx, (await addScoreModel(ctx, document)).version)
  const types = scoredTypes(model)
  const started = performance.now()
  await loadPeople(database.db, workspace.id, people)
  await loadHistory(database.db, workspace.id, {
    types: types.map((t) => t.type),
    perPerson: eventsPerPerson,
    now,
  })
  const loadMs = performance.now() - started
  console.log(
    `loaded: ${people} people, ${people * eventsPerPerson} events in ${formatValue(loadMs)} ms`,
  )
  return { ctx, workspaceId: workspace.id, types }
}

async function runBackend(database: BenchDatabase, people: number): Promise<boolean[]> {
  const { backend, db } = database
  const { ctx, workspaceId, types } = await prepare(database, people)
  const ingestCount = Math.min(100_000, Math.max(2_000, Math.round(people / 2)))
  const events = newEvents(
    createRandom(seed),
    ingestCount,
    people,
    types.map((t) => t.type),
    now,
  )
  const batches: EventInput[][] = chunks(events, batchSize)
  const plain = await measure('plain INSERT', () => insertPlain(db, workspaceId, batches), {
    items: ingestCount,
  })
  await removePlain(db, workspaceId)
  printBaseline(
    `${backend} ${plain.label}: ${ingestCount} events in ${formatValue(plain.ms)} ms = ${formatValue(plain.perSecond ?? 0)} events/s`,
  )
  const sum = await measure('SQL SUM decayed', () => sumDecayed(db, workspaceId, types, now))
  printBaseline(
    `${backend} ${sum.label} over ${people * eventsPerPerson} events: ${formatValue(sum.ms)} ms`,
  )
  const rebuild = await measure('rebuild', () => rebuildScores(ctx, { chunkSize: 1000 }))
  console.log(
    `measured: ${backend} rebuild of ${people} people in chunks of 1000: ${formatValue(rebuild.ms)} ms`,
  )
  const scoring = withRealTimeScoring(ctx)
  const ingest = await measure(
    'ingest with scoring',
    async () => {
      for (const batch of batches) await ingestEvents(scoring, batch, 'bench')
    },
    { items: ingestCount },
  )
  console.log(
    `measured: ${backend} ${ingest.label}: ${ingestCount} events in ${formatValue(ingest.ms)} ms = ${formatValue(ingest.perSecond ?? 0)} events/s`,
  )
  const live = newEvents(
    createRandom(seed + 1),
    offeredPerSecond * latencySeconds,
    people,
    types.map((t) => t.type),
    now,
  ).map((e, k) => ({ ...e, idempotencyKey: `live-${k}` }))
  const latency = await measureLatency(scoring, live, { perSecond: offeredPerSecond })
  console.log(
    `measured: ${backend} ${latency.events} events offered at ${offeredPerSecond}/s took ${formatValue(latency.seconds)} s; latency p50 ${formatValue(latency.p50Ms)} ms, p99 ${formatValue(latency.p99Ms)} ms`,
  )
  const goal = (metric: string, value: number, op: '<=' | '>=', target: number, unit = '') =>
    reportGoal({ name: 'scoring', metric: `${metric}_${backend}`, value, op, goal: target, unit })
  return [
    goal('ingest_vs_insert', (ingest.perSecond ?? 0) / (plain.perSecond ?? 1), '>=', 0.5),
    goal('rebuild_vs_sql_sum', rebuild.ms / sum.ms, '<=', 2),
    goal('latency_p99_at_2000_per_s', latency.p99Ms, '<=', 1000, 'ms'),
  ]
}

await runBench({ n: 5_000 }, async ({ n }) => {
  console.log(`people: ${n}, past events: ${n * eventsPerPerson}; seed ${seed}`)
  return onEachBackend((database) => runBackend(database, n))
})
