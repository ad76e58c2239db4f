import { sql, type Kysely, type Selectable } from 'kysely'
import type {
  ExperimentAssignment,
  ExperimentStore,
  StoredExperiment,
} from '../app/experiments/experiment-ports.ts'
import type { ExperimentDesign } from '../core/experiments/index.ts'
import { isUuid, type PersonId, type WorkspaceId } from '../core/shared/index.ts'
import type { Database, ExperimentAssignmentTable, ExperimentTable } from './schema.ts'
import { toStoreError } from './store-error.ts'

function toStoredExperiment(row: Selectable<ExperimentTable>): StoredExperiment {
  const design = row.design as Omit<ExperimentDesign, 'seed'> & { seed?: string }
  return {
    id: row.id,
    name: row.name,
    design: { ...design, seed: design.seed ?? row.id },
    status: row.status as StoredExperiment['status'],
    startedAt: row.started_at,
    createdBy: row.created_by,
    createdAt: row.created_at,
  }
}

function toAssignment(row: Selectable<ExperimentAssignmentTable>): ExperimentAssignment {
  return {
    experimentId: row.experiment_id,
    personId: row.person_id as PersonId,
    arm: row.arm,
    bucket: row.bucket,
    assignedAt: row.assigned_at,
  }
}

const big = (value: string | number | null) => Number(value ?? 0)

/** Experiments of one workspace and their recorded assignments. */
export function experimentStore(db: Kysely<Database>, workspaceId: WorkspaceId): ExperimentStore {
  const mine = () => db.selectFrom('experiment').selectAll().where('workspace_id', '=', workspaceId)
  return {
    async insert(experiment) {
      const row = await db
        .insertInto('experiment')
        .values({
          workspace_id: workspaceId,
          name: experiment.name,
          design: JSON.stringify(experiment.design),
          status: 'running',
          started_at: experiment.startedAt,
          created_by: experiment.createdBy,
        })
        .returningAll()
        .executeTakeFirstOrThrow()
        .catch((error: unknown) => {
          throw toStoreError(error)
        })
      return toStoredExperiment(row)
    },
    async find(id) {
      if (!isUuid(id)) return undefined
      const row = await mine().where('id', '=', id).executeTakeFirst()
      return row === undefined ? undefined : toStoredExperiment(row)
    },
    async listRunning() {
      const rows = await mine().where('status', '=', 'running').orderBy('created_at').execute()
      return rows.map(toStoredExperiment)
    },
    async armsOf(personId) {
      if (!isUuid(personId)) return []
      const rows = await db
        .selectFrom('experiment_assignment')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where('person_id', '=', personId)
        .execute()
      return rows.map(toAssignment)
    },
    async assign(assignments) {
      if (assignments.length === 0) return []
      await db
        .insertInto('experiment_assignment')
        .values(
          assignments.map((a) => ({
            workspace_id: workspaceId,
            experiment_id: a.experimentId,
            person_id: a.personId,
            arm: a.arm,
            bucket: a.bucket,
            assigned_at: a.assignedAt,
          })),
        )
        .onConflict((oc) => oc.doNothing())
        .execute()
      // Read back: a person assigned before keeps the arm recorded then.
      const rows = await db
        .selectFrom('experiment_assignment')
        .selectAll()
        .where('workspace_id', '=', workspaceId)
        .where((eb) =>
          eb.or(
            assignments.map((a) =>
              eb.and([eb('experiment_id', '=', a.experimentId), eb('person_id', '=', a.personId)]),
            ),
          ),
        )
        .execute()
      return rows.map(toAssignment)
    },
    async outcomes(experimentId, meetingStages) {
      const { rows } = await sql<{
        arm: string
        meeting: boolean
        pipeline: string | number | null
        revenue: string | number | null
      }>`
        SELECT a.arm,
               EXISTS (SELECT 1 FROM stage_event se
                       WHERE se.workspace_id = a.workspace_id AND se.person_id = a.person_id
                         AND se.to_stage IN (${sql.join(meetingStages)})) AS meeting,
               (SELECT sum(o.amount_cents) FROM opportunity o
                WHERE o.workspace_id = a.workspace_id AND o.primary_person_id = a.person_id)::text
                 AS pipeline,
               (SELECT sum(o.amount_cents) FROM opportunity o
                WHERE o.workspace_id = a.workspace_id AND o.primary_person_id = a.person_id
                  AND o.status = 'won')::text AS revenue
        FROM experiment_assignment a
        WHERE a.workspace_id = ${workspaceId} AND a.experiment_id = ${experimentId}
        ORDER BY a.person_id`.execute(db)
      return rows.map((row) => ({
        arm: row.arm,
        meeting: row.meeting,
        pipelineCents: big(row.pipeline),
        revenueCents: big(row.revenue),
      }))
    },
  }
}
