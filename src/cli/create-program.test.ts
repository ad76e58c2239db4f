import { describe, expect, it } from 'vitest'
import type { StageEvent } from '../core/funnel/index.ts'
import type { Person } from '../core/records/index.ts'
import { AppError, type PersonId } from '../core/shared/index.ts'
import type { AnalyticsBackend } from './analytics-backend.ts'
import type { CliBackend } from './cli-backend.ts'
import type { HandoffBackend } from './handoff-backend.ts'
import { runCli } from './create-program.ts'
import type { ProgramDeps } from './program-deps.ts'

const at = new Date('2026-11-23T15:00:00.000Z')

function personOf(id: string, email: string, stage = 'inquiry'): Person {
  return {
    id: id as PersonId,
    email,
    emailNormalized: email.toLowerCase(),
    firstName: 'Ana',
    lastName: null,
    title: null,
    phone: null,
    companyName: 'Acme',
    country: null,
    accountId: null,
    ownerId: null,
    source: null,
    stage,
    doNotContact: false,
    mergedInto: null,
    createdAt: at,
    updatedAt: at,
  }
}

// An in-memory backend: the CLI cannot tell it from the database or a running server.
function memoryBackend(calls: string[]): CliBackend {
  const people = new Map<string, Person>()
  return {
    description: 'memory',
    createPerson(input) {
      calls.push(`create ${input.email ?? ''} ${input.stage ?? ''}`)
      if ([...people.values()].some((p) => p.email === input.email)) {
        return Promise.reject(
          new AppError('person.email_taken', 'A person with this email already exists.'),
        )
      }
      const person = personOf(`p${people.size + 1}`, input.email ?? '', input.stage)
      people.set(person.id, person)
      return Promise.resolve(person)
    },
    getPerson(id) {
      const person = people.get(id)
      return person
        ? Promise.resolve(person)
        : Promise.reject(new AppError('person.not_found', `No person ${id}.`))
    },
    listPeople(page) {
      calls.push(`list ${page.limit} ${page.stage ?? '-'}`)
      return Promise.resolve({ items: [...people.values()], nextCursor: 'next-1' })
    },
    changePersonStage(id, change) {
      calls.push(`stage ${id} ${change.toStage} ${change.reasonCode ?? '-'}`)
      const event: StageEvent = {
        id: '1',
        subject: { type: 'person', id: id as PersonId },
        fromStage: 'inquiry',
        toStage: change.toStage,
        occurredAt: at,
        recordedAt: at,
        actor: 'cli',
        reasonCode: change.reasonCode ?? null,
        note: change.note ?? null,
        agreementVersion: null,
      }
      return Promise.resolve(event)
    },
    draftAgreement: () => Promise.reject(new AppError('agreement.invalid', 'not in this test')),
    signAgreement: () => Promise.reject(new AppError('agreement.not_found', 'not in this test')),
    listAgreements: () => Promise.resolve([]),
    getAgreement: (version) =>
      Promise.reject(
        new AppError('agreement.not_found', `There is no agreement version ${version}.`),
      ),
    addUser: () => Promise.reject(new AppError('user.email_taken', 'not in this test')),
    listUsers: () => Promise.resolve([]),
    ingestLeads: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    importBatch: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    qualityReport: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    funnelReport: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    velocityReport: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    pipelineReport: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    costReport: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    dispositionReport: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    listDuplicates: () => Promise.resolve({ items: [] }),
    mergeDuplicates: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    dismissDuplicate: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    unmergePerson: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    recordImportRun: () => Promise.resolve(),
    refreshStatistics: () => Promise.resolve(),
    scoring: {
      addScoreModel: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
      publishScoreModel: () =>
        Promise.reject(new AppError('store.unavailable', 'not in this test')),
      listScoreModels: () => Promise.resolve([]),
      getScoreModel: () => Promise.reject(new AppError('score_model.not_found', 'not here')),
      explainScore: () => Promise.reject(new AppError('person.not_found', 'not in this test')),
      rebuildScores: () => Promise.reject(new AppError('score_model.none_live', 'not here')),
    },
    // Every analytics call fails here: these tests never reach a report.
    analytics: new Proxy({} as AnalyticsBackend, {
      get: () => () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    }),
    tracking: {
      site: () => Promise.resolve({ siteKey: 'site_test', origins: [] }),
      addOrigin: () => Promise.reject(new AppError('track.invalid_origin', 'not in this test')),
      removeOrigin: () => Promise.reject(new AppError('track.origin_not_found', 'not here')),
      listIpRanges: () => Promise.resolve([]),
      addIpRange: () => Promise.reject(new AppError('account.not_found', 'not in this test')),
      removeIpRange: () => Promise.reject(new AppError('track.ip_range_not_found', 'not here')),
      timeline: () => Promise.reject(new AppError('person.not_found', 'not in this test')),
    },
    predictive: {
      trainFromOutcomes: () => Promise.reject(new AppError('store.unavailable', 'not here')),
      registerModel: () => Promise.reject(new AppError('store.unavailable', 'not here')),
      promoteModel: () => Promise.reject(new AppError('score_model.not_found', 'not here')),
      rollbackModel: () => Promise.reject(new AppError('score_model.no_previous', 'not here')),
      listModels: () => Promise.resolve([]),
      getModel: () => Promise.reject(new AppError('score_model.not_found', 'not here')),
      lookalikes: () => Promise.reject(new AppError('store.unavailable', 'not here')),
    },
    access: {
      disableUser: () => Promise.reject(new AppError('user.not_found', 'not in this test')),
      setWorkingTime: () => Promise.reject(new AppError('user.not_found', 'not in this test')),
      createApiKey: () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
      listApiKeys: () => Promise.resolve([]),
      revokeApiKey: () => Promise.reject(new AppError('api_key.not_found', 'not in this test')),
      exportPersonData: () =>
        Promise.reject(new AppError('privacy.person_not_found', 'not in this test')),
      erasePersonData: () =>
        Promise.reject(new AppError('privacy.person_not_found', 'not in this test')),
    },
    planning: new Proxy({} as CliBackend['planning'], {
      get: () => () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    }),
    // Every hand-off call fails here; the hand-off commands have their own tests.
    handoff: new Proxy({} as HandoffBackend, {
      get: () => () => Promise.reject(new AppError('store.unavailable', 'not in this test')),
    }),
    close() {
      calls.push('close')
      return Promise.resolve()
    },
  }
}

function harness() {
  const stdout: string[] = []
  const stderr: string[] = []
  const calls: string[] = []
  const backend = memoryBackend(calls)
  const deps: ProgramDeps = {
    out: { stdout: (t) => stdout.push(t), stderr: (t) => stderr.push(t) },
    version: '9.9.9',
    openBackend: () => Promise.resolve(backend),
    serve: () =>
      Promise.reject(
        new AppError('store.locked', 'The embedded database is in use by process 42.'),
      ),
    migrate: () =>
      Promise.resolve({
        location: '/tmp/db',
        applied: ['0001-data-model'],
        current: '0001-data-model',
      }),
  }
  const run = async (...argv: string[]) => {
    stdout.length = 0
    stderr.length = 0
    const code = await runCli(argv, deps)
    return { code, out: stdout.join(''), err: stderr.join('') }
  }
  return { run, calls }
}

describe('baton CLI', () => {
  it('prints help and version and exits 0', async () => {
    const { run } = harness()
    expect(await run('--help')).toMatchObject({ code: 0, out: expect.stringContaining('person') })
    expect(await run('--version')).toMatchObject({ code: 0, out: '9.9.9\n' })
  })

  it('adds a person and prints a sentence, or JSON with --json', async () => {
    const { run, calls } = harness()
    expect(await run('person', 'add', '--email', 'ana@acme.com')).toMatchObject({
      code: 0,
      out: 'created person p1 (ana@acme.com) in stage inquiry\n',
    })
    const json = await run('person', 'add', '--email', 'bo@acme.com', '--stage', 'mql', '--json')
    expect(JSON.parse(json.out)).toMatchObject({
      email: 'bo@acme.com',
      stage: 'mql',
      createdAt: at.toISOString(),
    })
    expect(calls).toEqual([
      'create ana@acme.com inquiry',
      'close',
      'create bo@acme.com mql',
      'close',
    ])
  })

  it('lists people as an aligned table with the next-page hint', async () => {
    const { run, calls } = harness()
    await run('person', 'add', '--email', 'ana@acme.com')
    const listed = await run('person', 'list', '--limit', '10', '--stage', 'inquiry')
    expect(listed.out.split('\n').slice(0, 3)).toEqual([
      'id  email         name  company  stage    created',
      '--  ------------  ----  -------  -------  ----------------',
      'p1  ana@acme.com  Ana   Acme     inquiry  2026-11-23 15:00',
    ])
    expect(listed.out).toContain('more: --cursor next-1')
    expect(calls).toContain('list 10 inquiry')
  })

  it('moves a person to another stage with a reason', async () => {
    const { run, calls } = harness()
    const moved = await run('person', 'stage', 'p1', 'sal', '--reason', 'score')
    expect(moved).toMatchObject({ code: 0, out: 'moved person p1 from inquiry to sal\n' })
    expect(calls).toContain('stage p1 sal score')
  })

  it.each([
    [['person', 'add'], 'required option'],
    [['person', 'list', '--limit', '0'], '--limit takes a whole number'],
    [['person', 'list', '--limit', 'lots'], '--limit takes a whole number'],
    [['person', 'show'], 'missing required argument'],
    [['nonsense'], 'unknown command'],
    [['person', 'add', '--email', 'a@b.com', '--colour', 'red'], 'unknown option'],
  ])('exits 2 with a message for bad usage: %j', async (argv, message) => {
    const { run } = harness()
    const result = await run(...argv)
    expect(result.code).toBe(2)
    expect(result.err).toContain(message)
  })

  it('maps domain errors to their exit codes and says what is wrong', async () => {
    const { run, calls } = harness()
    await run('person', 'add', '--email', 'ana@acme.com')
    expect(await run('person', 'add', '--email', 'ana@acme.com')).toMatchObject({
      code: 5,
      err: 'error: A person with this email already exists. [person.email_taken]\n',
    })
    expect(await run('person', 'show', 'p9')).toMatchObject({
      code: 4,
      err: expect.stringContaining('No person p9'),
    })
    const json = await run('person', 'show', 'p9', '--json')
    expect(JSON.parse(json.err)).toEqual({
      error: { code: 'person.not_found', message: 'No person p9.', details: {} },
    })
    expect(calls.filter((c) => c === 'close')).toHaveLength(4)
  })

  it('reports a locked database with exit 75 and migrations as a summary', async () => {
    const { run } = harness()
    expect(await run('serve', '--port', '0')).toMatchObject({
      code: 75,
      err: expect.stringContaining('in use by process 42'),
    })
    expect(await run('migrate')).toMatchObject({
      code: 0,
      out: '/tmp/db: applied 0001-data-model\n',
    })
    expect(JSON.parse((await run('migrate', '--json')).out)).toMatchObject({
      applied: ['0001-data-model'],
    })
  })
})
