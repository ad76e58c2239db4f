import { escalationLadder, type AgreementVersion } from '../../core/agreement/index.ts'
import { planEscalation } from '../../core/sla/index.ts'
import type { Clock, Storage, Stores } from '../ports.ts'
import { runEscalationStep } from './run-escalation-step.ts'
import type { DueClock } from './sla-ports.ts'

export type SweepSummary = {
  readonly checked: number
  readonly breached: number
  readonly steps: number
  readonly failed: number
}

export type SweepDeps = { readonly storage: Storage; readonly clock: Clock }

const actor = 'baton:sweeper'

async function sweepOne(
  tx: Stores,
  deps: SweepDeps,
  due: DueClock,
  agreement: AgreementVersion | undefined,
): Promise<{ readonly breach: boolean; readonly step: 'ran' | 'failed' | 'none' }> {
  const now = deps.clock.now()
  if (!agreement) {
    await tx.sla.clocks.advance(due.id, { ...due, nextCheckAt: null })
    return { breach: false, step: 'none' }
  }
  const steps = escalationLadder(agreement.document, due.kind)
  const plan = planEscalation(due, steps, { calendar: agreement.document.calendar, now })
  const ctx = {
    store: deps.storage.forWorkspace(due.workspaceId),
    clock: deps.clock,
    actor,
    role: 'admin' as const,
  }
  let step: 'ran' | 'failed' | 'none' = 'none'
  if (plan.step) {
    const run = { clock: due, step: plan.step, agreement: agreement.document }
    try {
      // A savepoint: a step that cannot run (say the lead already left the stage) undoes only itself.
      await tx.atomic((inner) => runEscalationStep(inner, ctx, run))
      step = 'ran'
    } catch (error) {
      await tx.duplicates.appendAudit({
        at: now,
        actor,
        action: 'sla.escalation_failed',
        subjectType: 'person',
        subjectId: due.personId ?? '',
        details: { clockId: due.id, action: plan.step.action, error: String(error) },
      })
      step = 'failed'
    }
  }
  const outcome = plan.breach || due.outcome === 'breached' ? 'breached' : due.outcome
  await tx.sla.clocks.advance(due.id, {
    outcome,
    escalationLevel: plan.escalationLevel,
    nextCheckAt: plan.nextCheckAt,
  })
  return { breach: plan.breach, step }
}

/**
 * One sweep over due clocks in every workspace: up to `batchSize` clocks are claimed with
 * FOR UPDATE SKIP LOCKED, and each gets its breach marked and at most one escalation step, with
 * its level and next check moved on in the same transaction, so a crash neither loses nor repeats
 * a step and concurrent sweepers never take the same clock.
 */
export async function sweepClocks(
  deps: SweepDeps,
  options: { readonly batchSize: number },
): Promise<SweepSummary> {
  const now = deps.clock.now()
  return deps.storage.sweeps.withDueClocks(
    { now, limit: options.batchSize },
    async (due, storesOf) => {
      const counts = { checked: due.length, breached: 0, steps: 0, failed: 0 }
      const agreements = new Map<string, AgreementVersion | undefined>()
      for (const clock of due) {
        const tx = storesOf(clock.workspaceId)
        const key = `${clock.workspaceId}:${clock.agreementVersion ?? ''}`
        if (!agreements.has(key)) agreements.set(key, await agreementOf(tx, clock.agreementVersion))
        const result = await sweepOne(tx, deps, clock, agreements.get(key))
        if (result.breach) counts.breached++
        if (result.step === 'ran') counts.steps++
        if (result.step === 'failed') counts.failed++
      }
      return counts
    },
  )
}

function agreementOf(tx: Stores, version: number | null): Promise<AgreementVersion | undefined> {
  return version === null ? Promise.resolve(undefined) : tx.agreements.find(version)
}

/**
 * Sweeps until no clock is due any more (a step due at once after another runs too), or `maxBatches`
 * ran; `onBatch` hears of each batch that found clocks, once its transaction has committed.
 */
export async function sweepAllDue(
  deps: SweepDeps,
  options: {
    readonly batchSize: number
    readonly maxBatches?: number
    readonly onBatch?: (summary: SweepSummary) => void
  },
): Promise<SweepSummary> {
  const total = { checked: 0, breached: 0, steps: 0, failed: 0 }
  for (let batch = 0; batch < (options.maxBatches ?? 1000); batch++) {
    const summary = await sweepClocks(deps, options)
    if (summary.checked > 0) options.onBatch?.(summary)
    total.checked += summary.checked
    total.breached += summary.breached
    total.steps += summary.steps
    total.failed += summary.failed
    if (summary.checked === 0) break
  }
  return total
}
