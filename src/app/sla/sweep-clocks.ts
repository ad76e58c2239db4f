import { escalationLadder, type AgreementVersion } from '../../core/agreement/index.ts'
import { ownerWorkCalendar, planEscalation, type OwnerTime } from '../../core/sla/index.ts'
import type { UserId } from '../../core/shared/index.ts'
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
  found: {
    readonly agreement: AgreementVersion | undefined
    readonly owner: OwnerTime | undefined
  },
): Promise<{ readonly breach: boolean; readonly step: 'ran' | 'failed' | 'none' }> {
  const now = deps.clock.now()
  const { agreement } = found
  if (!agreement) {
    await tx.sla.clocks.advance(due.id, { ...due, nextCheckAt: null })
    return { breach: false, step: 'none' }
  }
  const steps = escalationLadder(agreement.document, due.kind)
  // The ladder runs on the business time of the clock's owner, as its due time did.
  const calendar = ownerWorkCalendar(agreement.document.calendar, found.owner)
  const plan = planEscalation(due, steps, { calendar, now })
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
      const owners = new Map<string, OwnerTime | undefined>()
      for (const clock of due) {
        const tx = storesOf(clock.workspaceId)
        const key = `${clock.workspaceId}:${clock.agreementVersion ?? ''}`
        if (!agreements.has(key)) agreements.set(key, await agreementOf(tx, clock.agreementVersion))
        const ownerKey = `${clock.workspaceId}:${clock.ownerId ?? ''}`
        if (!owners.has(ownerKey)) owners.set(ownerKey, await ownerTimeOf(tx, clock.ownerId))
        const found = { agreement: agreements.get(key), owner: owners.get(ownerKey) }
        const result = await sweepOne(tx, deps, clock, found)
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

async function ownerTimeOf(tx: Stores, ownerId: UserId | null): Promise<OwnerTime | undefined> {
  if (ownerId === null) return undefined
  return (await tx.handoff.routing.findWorkCalendars([ownerId])).get(ownerId)
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
