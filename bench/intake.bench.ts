// Lead intake as the product runs it (ingestLeads: batches of 500, one transaction each, hygiene,
// dedup by canonical email, account matching, a capture activity per lead) against a baseline from
// the same run: the same rows bulk-loaded raw into person_copy in the same database. Also scores
// dedup against planted repeats. Usage: npm run bench:intake -- --n 2000 (DATABASE_URL adds PostgreSQL)
import type { UseCaseContext } from '../src/app/context.ts'
import { ingestLeads } from '../src/app/intake/ingest-leads.ts'
import type { Storage } from '../src/app/ports.ts'
import type { LeadInput } from '../src/core/intake/index.ts'
import type { WorkspaceId } from '../src/core/shared/index.ts'
import {
  createRandom,
  formatValue,
  printBaseline,
  reportGoal,
  type Measurement,
} from './harness.ts'
import { emptyCopyTable, toCopyRow } from './intake/bulk-load.ts'
import { generateLeads, type GeneratedLeads } from './intake/generate-leads.ts'
import { measureDedup, type DedupQuality, type LeadKind } from './intake/measure-dedup.ts'
import type { BenchBackend, BenchDatabase } from './intake/open-bench-database.ts'
import { onEachBackend, runBench } from './on-each-backend.ts'
import { duplicateVariants } from './intake/plant-duplicate.ts'
import { timeBulkLoad, timeIntake } from './intake/time-runs.ts'

const seed = 20240917
const warmupLeads = 500
const companyCount = 3000
const duplicateShare = 0.05

async function newWorkspace(storage: Storage, slug: string): Promise<WorkspaceId> {
  return (await storage.workspaces.insert({ slug, name: slug })).id
}

function describeRate(result: Measurement, rows: number): string {
  const perSecond = formatValue(result.perSecond ?? Number.NaN)
  return `${result.label}: ${rows} rows in ${formatValue(result.ms)} ms = ${perSecond} rows/s`
}

function describeKinds(kinds: readonly LeadKind[]): string {
  const counts = { created: 0, updated: 0, merged: 0, rejected: 0 }
  for (const kind of kinds) counts[kind] += 1
  return Object.entries(counts)
    .map(([kind, count]) => `${kind} ${count}`)
    .join(', ')
}

function contextFor(storage: Storage, workspaceId: WorkspaceId): UseCaseContext {
  return {
    store: storage.forWorkspace(workspaceId),
    clock: { now: () => new Date() },
    actor: 'bench',
    role: 'admin',
  }
}

// JIT, query plans and caches warmed on both paths, so neither pays start-up cost in its timing.
async function warmUp(database: BenchDatabase, leads: readonly LeadInput[]): Promise<void> {
  const warmup = leads.slice(0, warmupLeads)
  const workspaceId = await newWorkspace(database.storage, 'bench-intake-warmup')
  await database.loader.load(warmup.map((lead) => toCopyRow(lead, workspaceId)))
  await emptyCopyTable(database.db)
  await ingestLeads(contextFor(database.storage, workspaceId), warmup, { channel: 'bench' })
}

async function runBackend(database: BenchDatabase, data: GeneratedLeads): Promise<boolean[]> {
  const { backend, storage } = database
  const { leads } = data
  await warmUp(database, leads)
  const workspaceId = await newWorkspace(storage, 'bench-intake')
  const baseline = await timeBulkLoad(database, leads, workspaceId)
  printBaseline(describeRate(baseline, leads.length))
  const ctx = contextFor(storage, workspaceId)
  const { result, resolutions } = await timeIntake(ctx, leads, backend)
  const kinds = describeKinds(resolutions.kinds)
  console.log(`measured: ${describeRate(result, leads.length)} (${kinds})`)
  // A benchmark that silently wrote nothing (or wrote twice) would report a meaningless number.
  const created = resolutions.kinds.filter((kind) => kind === 'created').length
  const people = await ctx.store.people.count()
  if (people !== created) {
    throw new Error(`Intake created ${created} people; the store has ${people}.`)
  }
  const dedup = await measureDedup(ctx.store, resolutions, data.planted)
  console.log(describeDedup(backend, dedup))
  const ratio = (baseline.perSecond ?? Number.NaN) / (result.perSecond ?? Number.NaN)
  const goal = (metric: string, value: number, op: '<=' | '>=', target: number) =>
    reportGoal({ name: 'intake', metric: `${metric}_${backend}`, value, op, goal: target })
  return [
    goal('ratio', ratio, '<=', 3),
    goal('precision', dedup.precision, '>=', 0.99),
    goal('recall', dedup.recall, '>=', 0.95),
  ]
}

function describeDedup(backend: BenchBackend, dedup: DedupQuality): string {
  const missed = Object.entries(dedup.missedByVariant).map(([variant, n]) => `${variant} ${n}`)
  return (
    `dedup: ${backend} ${dedup.planted} planted repeats, ${dedup.found} joined their original's ` +
    `person; ${dedup.merged} leads joined an existing person in all` +
    (missed.length === 0 ? '' : `; missed: ${missed.join(', ')}`)
  )
}

function describeData(data: GeneratedLeads): string {
  const perVariant = duplicateVariants.map(
    (variant) => `${variant} ${data.planted.filter((pair) => pair.variant === variant).length}`,
  )
  return (
    `leads: ${data.leads.length}, of which ${data.planted.length} planted repeats ` +
    `(${perVariant.join(', ')}); ${data.companyCount} company domains; seed ${seed}`
  )
}

await runBench({ n: 1_000_000 }, async ({ n }) => {
  const data = generateLeads(createRandom(seed), { count: n, companyCount, duplicateShare })
  console.log(describeData(data))
  return onEachBackend((database) => runBackend(database, data))
})
