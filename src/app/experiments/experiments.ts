import { leadPath } from '../../core/analytics/index.ts'
import {
  assignArm,
  buildExperimentReport,
  checkDesign,
  type ExperimentArm,
  type ExperimentReport,
} from '../../core/experiments/index.ts'
import type { CanonicalStage } from '../../core/funnel/index.ts'
import { AppError, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import { ExperimentDocumentSchema } from './experiment.schema.ts'
import type { StoredExperiment } from './experiment-ports.ts'
import { authorize } from '../access/authorize.ts'

/** Starts an experiment from its design; its arms take leads from now on. */
export async function createExperiment(
  ctx: UseCaseContext,
  input: unknown,
): Promise<StoredExperiment> {
  authorize(ctx, 'routing.manage')
  const parsed = ExperimentDocumentSchema.safeParse(input)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(whole)'}: ${i.message}`)
    throw new AppError('experiment.invalid', `The experiment is invalid: ${issues.join('; ')}.`, {
      details: { issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })) },
    })
  }
  const { name, ...design } = parsed.data
  checkDesign({ ...design, seed: design.seed ?? '' })
  return ctx.store.experiments.insert({
    name,
    design,
    startedAt: ctx.clock.now(),
    createdBy: ctx.actor,
  })
}

/** An experiment, or `experiment.not_found`. */
export async function getExperiment(ctx: UseCaseContext, id: string): Promise<StoredExperiment> {
  authorize(ctx, 'reports.read')
  const experiment = await ctx.store.experiments.find(id)
  if (experiment === undefined) {
    throw new AppError('experiment.not_found', `No experiment ${id} in this workspace.`, {
      details: { id },
    })
  }
  return experiment
}

/** A person's arm in one running experiment, as routing needs it (with every arm, to bar the others'). */
export type ArmAssignment = {
  readonly experimentId: string
  readonly experiment: string
  readonly arm: string
  readonly arms: readonly ExperimentArm[]
  readonly repGroup?: string
  readonly routingRule?: string
}

/**
 * Puts a person in an arm of every running experiment whose stage they are entering (every running
 * experiment when no stage is given), inside the caller's transaction `tx`: the arm is the seeded hash
 * of the experiment seed and the person id, recorded once; a person already assigned keeps the arm
 * recorded first. Returns the person's arms in every running experiment, recorded now or before.
 */
export async function assignToExperiment(
  tx: Stores,
  ctx: UseCaseContext,
  personId: PersonId,
  entering?: string,
): Promise<readonly ArmAssignment[]> {
  const running = await tx.experiments.listRunning()
  if (running.length === 0) return []
  const assignedAt = ctx.clock.now()
  await tx.experiments.assign(
    running
      .filter((e) => entering === undefined || e.design.stage === entering)
      .map((e) => ({
        experimentId: e.id,
        personId,
        assignedAt,
        ...assignArm(e.design.arms, e.design.seed, personId),
      })),
  )
  const recorded = await tx.experiments.armsOf(personId)
  return running.flatMap((e) => {
    const arms = e.design.arms
    const arm = arms.find((a) => a.name === recorded.find((r) => r.experimentId === e.id)?.arm)
    if (arm === undefined) return []
    const extra = {
      ...(arm.repGroup === undefined ? {} : { repGroup: arm.repGroup }),
      ...(arm.routingRule === undefined ? {} : { routingRule: arm.routingRule }),
    }
    return [{ experimentId: e.id, experiment: e.name, arm: arm.name, arms, ...extra }]
  })
}

export type ExperimentReportView = ExperimentReport & { readonly experiment: StoredExperiment }

/** Lift per arm in meetings, pipeline and revenue with confidence intervals, and the sample size needed. */
export async function experimentReport(
  ctx: UseCaseContext,
  id: string,
): Promise<ExperimentReportView> {
  const experiment = await getExperiment(ctx, id)
  const from = leadPath.indexOf(experiment.design.meetingStage as CanonicalStage)
  const meetingStages =
    from < 0 ? [experiment.design.meetingStage] : [...leadPath.slice(from), 'customer']
  const outcomes = await ctx.store.experiments.outcomes(experiment.id, meetingStages)
  return { experiment, ...buildExperimentReport(experiment.design, outcomes) }
}
