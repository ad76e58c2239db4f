import { readFile } from 'node:fs/promises'
import { sql } from 'kysely'
import { parse } from 'yaml'
import { issueApiKey } from '../../src/app/access/api-keys.ts'
import type { UseCaseContext } from '../../src/app/context.ts'
import { readScoreModel } from '../../src/app/scoring/read-score-model.ts'
import { addScoreModel, publishScoreModel } from '../../src/app/scoring/score-models.ts'
import type { WorkspaceId } from '../../src/core/shared/index.ts'
import { loadPeople, scoredTypes } from '../scoring/load-history.ts'
import type { LoadTarget } from './load-target.ts'

export type LoadWorkspace = {
  readonly workspaceId: WorkspaceId
  readonly apiKey: string
  /** People p1..pN@bench.example that events name. */
  readonly knownPeople: number
  /** Event types the published score model scores, so each event is scored as it lands. */
  readonly eventTypes: readonly string[]
}

/**
 * A workspace with an admin key, the hand-raiser score model published (events are scored in real
 * time, as in bench:scoring) and `knownPeople` people for events to name; the database is closed.
 */
export async function prepareLoadWorkspace(
  target: LoadTarget,
  knownPeople: number,
): Promise<LoadWorkspace> {
  const { db, storage } = await target.open()
  try {
    const workspace = await storage.workspaces.insert({ slug: 'bench-load', name: 'bench load' })
    const { key } = await issueApiKey(storage.apiKeys, workspace.id, {
      name: 'bench',
      role: 'admin',
    })
    const ctx: UseCaseContext = {
      store: storage.forWorkspace(workspace.id),
      clock: { now: () => new Date() },
      actor: 'bench',
      role: 'admin',
    }
    const document: unknown = parse(await readFile('presets/score-models/hand-raiser.yaml', 'utf8'))
    await publishScoreModel(ctx, (await addScoreModel(ctx, document)).version)
    await loadPeople(db, workspace.id, knownPeople)
    // As an import through Baton leaves it (intake analyzes tables as they grow): the embedded
    // database has no autovacuum to gather the planner's statistics on its own.
    await sql`ANALYZE person`.execute(db)
    const eventTypes = scoredTypes(readScoreModel(document)).map((t) => t.type)
    return { workspaceId: workspace.id, apiKey: key, knownPeople, eventTypes }
  } finally {
    await storage.close()
  }
}
