import {
  buildPlan,
  checkCapacity,
  compareSalesModels,
  type PlanChannel,
  type PlanTarget,
} from '../../core/planning/index.ts'
import type { UseCaseContext } from '../context.ts'
import { targetMix } from './check-plan-document.ts'
import type { PlanDocument } from './plan.schema.ts'
import type { PlanAssumptions, PlanOutcome } from './planning-ports.ts'
import { ratesFromHistory } from './rates-from-history.ts'
import { resolveChannels } from './resolve-channels.ts'

function targetsOf(document: PlanDocument): PlanTarget[] {
  return document.targets.map((target) => ({
    name: target.name,
    period: target.period,
    segment: target.segment,
    revenueCents: target.revenueCents,
    mix: targetMix(document, target) ?? {},
  }))
}

/** The plan's outcome from its assumptions: reverse funnel, sales models for its SQLs, capacity. */
export function outcomeOf(
  assumptions: PlanAssumptions,
  channels: readonly PlanChannel[] = assumptions.channels,
  warnings: readonly string[] = [],
): PlanOutcome {
  const plan = buildPlan(assumptions.targets, channels)
  return {
    plan,
    salesModels: compareSalesModels(assumptions.salesModels, plan.total.sql),
    capacity: checkCapacity(assumptions.capacity, plan.schedule),
    warnings: [...warnings, ...plan.warnings],
  }
}

/**
 * Resolves a plan file's rates (from the file, else from the last months of history when it asks)
 * and computes what the plan requires; nothing is stored.
 */
export async function computePlan(
  ctx: UseCaseContext,
  document: PlanDocument,
): Promise<{ readonly assumptions: PlanAssumptions; readonly result: PlanOutcome }> {
  const history =
    document.history === undefined ? undefined : await ratesFromHistory(ctx, document.history)
  const { channels, warnings } = resolveChannels(document, history)
  const costPerInquiryCents = Object.fromEntries(
    document.channels.flatMap((c) =>
      c.costPerInquiryCents === undefined ? [] : [[c.name, c.costPerInquiryCents]],
    ),
  )
  const base = {
    channels,
    targets: targetsOf(document),
    drift: document.drift,
    salesModels: document.salesModels,
    capacity: document.capacity,
    costPerInquiryCents,
  }
  const assumptions: PlanAssumptions =
    history === undefined
      ? base
      : {
          ...base,
          history: {
            from: history.from.toISOString(),
            to: history.to.toISOString(),
            months: history.months,
          },
        }
  return { assumptions, result: outcomeOf(assumptions, channels, warnings) }
}
