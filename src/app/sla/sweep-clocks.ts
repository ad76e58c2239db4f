import { escalationLadder, type AgreementVersion } from '../../core/agreement/index.ts'
import {
  ownerWorkCalendar,
  planEscalation,
  type ClockOutcome,
  type EscalationPlan,
  type OwnerTime,
} from '../../core/sla/index.ts'
import { groupBy, type PersonId, type UserId } from '../../core/shared/index.ts'
import type { Clock, Storage, Stores } from '../ports.ts'
import {
  escalationNotice,
  isChangeStep,
  isNoticeStep,
  runEscalationStep,
  type ChangeStep,
  type NoticeStep,
} from './run-escalation-step.ts'
import type { DueClock } from './sla-ports.ts'

export type SweepSummary = {
  readonly checked: number
  readonly breached: number
  readonly steps: number
  readonly failed: number
}

export type SweepDeps = { readonly storage: Storage; readonly clock: Clock }

const actor = 'baton:sweeper'

type Planned = {
  readonly clock: DueClock
  readonly plan: EscalationPlan
  readonly outcome: ClockOutcome | null
}

function planSweep(
  clock: DueClock,
  agreement: AgreementVersion | undefined,
  owner: OwnerTime | undefined,
  now: Date,
): Planned {
  if (!agreement) {
    const plan = {
      breach: false,
      step: undefined,
      escalationLevel: clock.escalationLevel,
      nextCheckAt: null,
    }
    return { clock, plan, outcome: clock.outcome }
  }
  const steps = escalationLadder(agreement.document, clock.kind)
  // The ladder runs on the business time of the clock's owner, as its due time did.
  const calendar = ownerWorkCalendar(agreement.document.calendar, owner)
  const plan = planEscalation(clock, steps, { calendar, now })
  const outcome = plan.breach || clock.outcome === 'breached' ? 'breached' : clock.outcome
  return { clock, plan, outcome }
}

/** A take-back or recycle in a savepoint: one that cannot run undoes only itself and is audited. */
async function runChange(
  tx: Stores,
  deps: SweepDeps,
  run: {
    readonly clock: DueClock
    readonly step: ChangeStep
    readonly agreement: AgreementVersion
  },
): Promise<boolean> {
  const { clock, step } = run
  const ctx = {
    store: deps.storage.forWorkspace(clock.workspaceId),
    clock: deps.clock,
    actor,
    role: 'admin' as const,
  }
  try {
    await tx.atomic((inner) =>
      runEscalationStep(inner, ctx, { clock, step, agreement: run.agreement.document }),
    )
    return true
  } catch (error) {
    await tx.duplicates.appendAudit({
      at: deps.clock.now(),
      actor,
      action: 'sla.escalation_failed',
      subjectType: 'person',
      subjectId: clock.personId ?? '',
      details: { clockId: clock.id, action: step.action, error: String(error) },
    })
    return false
  }
}

async function readAgreements(tx: Stores, clocks: readonly DueClock[]) {
  const agreements = new Map<number | null, AgreementVersion | undefined>()
  for (const clock of clocks) {
    const version = clock.agreementVersion
    if (!agreements.has(version)) {
      agreements.set(version, version === null ? undefined : await tx.agreements.find(version))
    }
  }
  return agreements
}

/**
 * One workspace's share of a sweep, in the sweep's transaction: every clock planned, steps that
 * change the lead run one by one, then the reminders and manager notifications queued on the
 * people as they are after those changes and every clock advanced, a statement each.
 */
async function sweepWorkspace(
  tx: Stores,
  deps: SweepDeps,
  clocks: readonly DueClock[],
): Promise<SweepSummary> {
  const now = deps.clock.now()
  const agreements = await readAgreements(tx, clocks)
  const ownerIds = [...new Set(clocks.flatMap((clock) => (clock.ownerId ? [clock.ownerId] : [])))]
  const owners = await tx.handoff.routing.findWorkCalendars(ownerIds)
  const planned = clocks.map((clock) =>
    planSweep(
      clock,
      agreements.get(clock.agreementVersion),
      owners.get(clock.ownerId as UserId),
      now,
    ),
  )
  const counts = { checked: clocks.length, breached: 0, steps: 0, failed: 0 }
  const notices: { readonly clock: DueClock; readonly step: NoticeStep }[] = []
  for (const { clock, plan } of planned) {
    if (plan.breach) counts.breached++
    const step = plan.step
    const agreement = agreements.get(clock.agreementVersion)
    if (step === undefined || agreement === undefined) continue
    if (isNoticeStep(step)) notices.push({ clock, step })
    else if (isChangeStep(step)) {
      if (await runChange(tx, deps, { clock, step, agreement })) counts.steps++
      else counts.failed++
    }
  }
  if (notices.length > 0) {
    const personIds = notices.flatMap(({ clock }) => (clock.personId ? [clock.personId] : []))
    const leads = await tx.sla.clocks.findLeads(personIds)
    await tx.sla.outbox.enqueue(
      notices.map(({ clock, step }) =>
        escalationNotice(clock, step, leads.get(clock.personId as PersonId)),
      ),
    )
    counts.steps += notices.length
  }
  await tx.sla.clocks.advance(
    planned.map(({ clock, plan, outcome }) => ({
      id: clock.id,
      outcome,
      escalationLevel: plan.escalationLevel,
      nextCheckAt: plan.nextCheckAt,
    })),
  )
  return counts
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
      const total = { checked: 0, breached: 0, steps: 0, failed: 0 }
      for (const [workspaceId, clocks] of groupBy(due, (clock) => clock.workspaceId)) {
        addTo(total, await sweepWorkspace(storesOf(workspaceId), deps, clocks))
      }
      return total
    },
  )
}

function addTo(total: { -readonly [K in keyof SweepSummary]: number }, summary: SweepSummary) {
  total.checked += summary.checked
  total.breached += summary.breached
  total.steps += summary.steps
  total.failed += summary.failed
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
    addTo(total, summary)
    if (summary.checked === 0) break
  }
  return total
}
