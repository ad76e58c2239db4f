import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { computePlan } from './compute-plan.ts'
import { PlanDocumentSchema, type PlanDocument } from './plan.schema.ts'
import { checkPlanDocument } from './check-plan-document.ts'
import type { StoredPlan } from './planning-ports.ts'
import { authorize } from '../access/authorize.ts'

/** Checks a plan document that did not come through parsePlan (e.g. an API body). */
function checked(value: unknown): PlanDocument {
  const parsed = PlanDocumentSchema.safeParse(value)
  if (!parsed.success) {
    const issues = parsed.error.issues.map((i) => `${i.path.join('.') || '(whole)'}: ${i.message}`)
    throw new AppError('plan.invalid', `The plan is invalid: ${issues.join('; ')}.`, {
      details: { issues: parsed.error.issues.map((i) => ({ path: i.path, message: i.message })) },
    })
  }
  const document = parsed.data
  const report = checkPlanDocument(document)
  const [first] = report.errors
  if (first !== undefined) {
    throw new AppError('plan.invalid', `${first.path.join('.')}: ${first.message}; ${first.fix}.`, {
      details: { errors: report.errors },
    })
  }
  return document
}

/** Computes a plan from its file and saves it with its resolved assumptions and result. */
export async function createPlan(ctx: UseCaseContext, input: unknown): Promise<StoredPlan> {
  authorize(ctx, 'plans.manage')
  const document = checked(input)
  const { assumptions, result } = await computePlan(ctx, document)
  const starts = assumptions.targets.map((t) => t.period.start).sort()
  const ends = assumptions.targets.map((t) => t.period.end).sort()
  return ctx.store.plans.insert({
    name: document.name,
    periodStart: starts[0] ?? '',
    periodEnd: ends.at(-1) ?? '',
    document,
    assumptions,
    result,
    createdBy: ctx.actor,
  })
}

/** A saved plan, or `plan.not_found`. */
export async function getPlan(ctx: UseCaseContext, id: string): Promise<StoredPlan> {
  authorize(ctx, 'plans.read')
  const plan = await ctx.store.plans.find(id)
  if (plan === undefined) {
    throw new AppError(
      'plan.not_found',
      `No plan ${id} in this workspace; \`baton plan list\` shows the saved plans.`,
      { details: { id } },
    )
  }
  return plan
}

/** Every saved plan, newest first. */
export function listPlans(ctx: UseCaseContext): Promise<readonly StoredPlan[]> {
  authorize(ctx, 'plans.read')
  return ctx.store.plans.list()
}
