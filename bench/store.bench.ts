// Creating people through Baton's use case (a person row and its first stage event, in one
// transaction) on the embedded in-memory database, against a baseline from the same run: a plain
// INSERT INTO person loop through the same Kysely db. Usage: npm run bench:store -- --n 500
import type { Kysely } from 'kysely'
import type { UseCaseContext } from '../src/app/context.ts'
import type { Storage } from '../src/app/ports.ts'
import { createPerson, type CreatePersonInput } from '../src/app/records/people.ts'
import type { WorkspaceId } from '../src/core/shared/index.ts'
import { migrateToLatest } from '../src/db/migrate.ts'
import { openEmbedded } from '../src/db/open-database.ts'
import type { Database } from '../src/db/schema.ts'
import { createStorage } from '../src/db/storage.ts'
import {
  createRandom,
  finish,
  formatValue,
  measure,
  parseBenchArgs,
  printBaseline,
  reportGoal,
  type BenchArgs,
  type Measurement,
  type Random,
} from './harness.ts'

const seed = 20240611
const warmupCount = 100
const firstNames = ['Ada', 'Bruno', 'Chen', 'Dalia', 'Emeka', 'Freya', 'Goran', 'Hana', 'Ines']
const lastNames = ['Okafor', 'Lindqvist', 'Moreau', 'Tanaka', 'Silva', 'Novak', 'Haddad', 'Kowal']
const companies = [
  { name: 'Northwind Logistics', domain: 'northwind.example' },
  { name: 'Acme Robotics', domain: 'acme-robotics.example' },
  { name: 'Globex Health', domain: 'globex.example' },
  { name: 'Initech Finance', domain: 'initech.example' },
  { name: 'Umbrella Analytics', domain: 'umbrella.example' },
] as const
const sources = ['webinar', 'content', 'paid_search', 'event', 'referral', 'partner'] as const

async function newWorkspace(storage: Storage, slug: string): Promise<WorkspaceId> {
  return (await storage.workspaces.insert({ slug, name: slug })).id
}

type FakePerson = CreatePersonInput & { readonly email: string }

function fakePeople(random: Random, count: number): FakePerson[] {
  return Array.from({ length: count }, (_, index) => {
    const firstName = random.pick(firstNames)
    const lastName = random.pick(lastNames)
    const company = random.pick(companies)
    // The index makes every email unique, whatever names the generator repeats.
    const email = `${firstName}.${lastName}.${index}@${company.domain}`.toLowerCase()
    return { email, firstName, lastName, companyName: company.name, source: random.pick(sources) }
  })
}

async function rawInserts(db: Kysely<Database>, workspaceId: WorkspaceId, people: FakePerson[]) {
  return measure(
    'raw INSERT INTO person',
    async () => {
      for (const person of people) {
        await db
          .insertInto('person')
          .values({
            workspace_id: workspaceId,
            email: person.email,
            email_normalized: person.email,
            first_name: person.firstName,
            last_name: person.lastName,
            company_name: person.companyName,
            source: person.source,
            stage: 'inquiry',
          })
          .execute()
      }
    },
    { items: people.length },
  )
}

async function useCaseCreates(storage: Storage, workspaceId: WorkspaceId, people: FakePerson[]) {
  const ctx: UseCaseContext = {
    store: storage.forWorkspace(workspaceId),
    clock: { now: () => new Date() },
    actor: 'bench',
    role: 'admin',
  }
  const result = await measure(
    'createPerson',
    async () => {
      for (const person of people) await createPerson(ctx, person)
    },
    { items: people.length },
  )
  // A benchmark that silently wrote nothing would report a great number.
  const stored = await ctx.store.people.count()
  if (stored !== people.length)
    throw new Error(`Expected ${people.length} people, found ${stored}.`)
  return result
}

function describeRate(result: Measurement, rows: number): string {
  const perSecond = formatValue(result.perSecond ?? Number.NaN)
  return `${result.label}: ${rows} rows in ${formatValue(result.ms)} ms = ${perSecond} rows/s`
}

async function run({ n }: BenchArgs): Promise<boolean[]> {
  const opened = await openEmbedded('memory://')
  const storage = createStorage(opened)
  try {
    await migrateToLatest(opened.db)
    const people = fakePeople(createRandom(seed), n)
    // Warm both paths (JIT, PGlite caches) so neither pays start-up cost inside its timing.
    const warmup = people.slice(0, Math.min(n, warmupCount))
    await rawInserts(opened.db, await newWorkspace(storage, 'bench-warmup-raw'), warmup)
    await useCaseCreates(storage, await newWorkspace(storage, 'bench-warmup-use-case'), warmup)

    const raw = await rawInserts(opened.db, await newWorkspace(storage, 'bench-raw'), people)
    printBaseline(describeRate(raw, n))
    const useCaseWorkspace = await newWorkspace(storage, 'bench-use-case')
    const created = await useCaseCreates(storage, useCaseWorkspace, people)
    console.log(`measured: ${describeRate(created, n)} (person + stage_event per transaction)`)

    const rawPerSecond = raw.perSecond ?? Number.NaN
    const createdPerSecond = created.perSecond ?? Number.NaN
    return [
      reportGoal({
        name: 'store',
        metric: 'create_person_per_s',
        value: createdPerSecond,
        op: '>=',
        goal: 300,
      }),
      reportGoal({
        name: 'store',
        metric: 'overhead_vs_raw_insert',
        value: rawPerSecond / createdPerSecond,
        op: '<=',
        goal: 6,
      }),
    ]
  } finally {
    await storage.close()
  }
}

let args: BenchArgs | undefined
try {
  args = parseBenchArgs(process.argv.slice(2), { n: 2000 })
} catch (error) {
  console.error(error instanceof Error ? error.message : String(error))
  process.exitCode = 2
}
if (args !== undefined) finish(await run(args))
