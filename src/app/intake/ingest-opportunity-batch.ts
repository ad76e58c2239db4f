import type { StageEventDraft } from '../../core/funnel/index.ts'
import { cleanText } from '../../core/hygiene/index.ts'
import { isAppError, type OpportunityId, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { changeStageIn } from '../funnel/change-stage.ts'
import { firstStageDraft, signedAgreement } from '../funnel/first-stage-draft.ts'
import type { Stores } from '../ports.ts'
import type { DealDirectory } from './deal-directory.ts'
import type { DealLead, ImportedOpportunity } from './import-ports.ts'
import { accountIdByName } from './ingest-account.ts'
import type { RowOutcome } from './ingest-each.ts'
import {
  checkValues,
  created,
  dealNotes,
  dealRow,
  refuse,
  statusOf,
  type OpportunityInput,
} from './deal-rules.ts'

type Planned = {
  readonly index: number
  readonly row: ImportedOpportunity
  readonly draft: StageEventDraft
  readonly notes: readonly string[]
  readonly lead: DealLead | undefined
}

const keyOf = (text: string | null) => cleanText(text) || null

function rejected(error: unknown): RowOutcome {
  if (!isAppError(error) || error.code === 'internal' || error.code === 'store.unavailable')
    throw error
  const reason = typeof error.details['reason'] === 'string' ? error.details['reason'] : error.code
  return { kind: 'rejected', reason, message: error.message }
}

// Closing the loop: a won deal is a won outcome for its lead, once, at its first won close date.
async function closeLoops(tx: Stores, ctx: UseCaseContext, planned: readonly Planned[]) {
  const won = new Set<PersonId>()
  for (const { row, lead } of planned) {
    if (!lead || row.status !== 'won' || row.closedAt === null) continue
    if (lead.stage === 'won' || won.has(lead.id)) continue
    won.add(lead.id)
    const subject = { type: 'person', id: lead.id } as const
    await changeStageIn(tx, ctx, {
      subject,
      toStage: 'won',
      occurredAt: row.closedAt,
      reasonCode: 'closed_won',
    })
  }
}

/**
 * Takes a batch of deals in within `tx`, set-based: one read for the deals already stored and one for
 * the leads they name, then the new deals and their first stages written in bulk; accounts named
 * for the first time and won outcomes for leads are written one by one. Throws on a write a single
 * deal caused, so the caller can take the batch row by row instead.
 */
export async function ingestOpportunityBatch(
  tx: Stores,
  ctx: UseCaseContext,
  inputs: readonly OpportunityInput[],
  directory: DealDirectory,
): Promise<RowOutcome[]> {
  const now = ctx.clock.now()
  const signed = await signedAgreement(tx)
  const stored = await tx.imports.opportunities.findIdsByExternalIds([
    ...new Set(inputs.flatMap((input) => keyOf(input.externalId) ?? [])),
  ])
  const leads = await tx.imports.opportunities.findLeads([
    ...new Set(inputs.flatMap((input) => keyOf(input.personExternalId) ?? [])),
  ])
  const accounts = new Map<string, string | null>()
  const planned: Planned[] = []
  const firstOf = new Map<string, number>()
  const outcomes: (RowOutcome | { kind: 'repeat'; of: number })[] = []
  for (const [index, input] of inputs.entries()) {
    const externalId = keyOf(input.externalId)
    const known = externalId === null ? undefined : stored.get(externalId)
    if (known) {
      outcomes.push({ kind: 'merged', id: known })
      continue
    }
    const earlier = externalId === null ? undefined : firstOf.get(externalId)
    if (earlier !== undefined) {
      outcomes.push({ kind: 'repeat', of: earlier })
      continue
    }
    try {
      checkValues(input)
      const personKey = keyOf(input.personExternalId)
      const lead = personKey === null ? undefined : leads.get(personKey)
      if (personKey !== null && !lead)
        refuse(
          'unknown_person',
          `No lead has source id ${personKey}; import the leads first, then the deals.`,
        )
      const status = statusOf(input)
      const createdAt = input.openedAt ?? input.closedAt ?? now
      const stage = cleanText(input.stage) || status
      const first = firstStageDraft(
        ctx,
        signed,
        { type: 'opportunity', stage, occurredAt: createdAt },
        now,
      )
      if (!('draft' in first)) refuse(first.reason, first.message)
      const name = cleanText(input.accountName)
      if (!lead?.accountId && name !== '' && !accounts.has(name))
        accounts.set(name, await accountIdByName(tx, ctx, name))
      const accountId = lead?.accountId ?? accounts.get(name) ?? null
      const owner = directory.ownerOf(input.ownerEmail ?? null, input.ownerName ?? null)
      const product = directory.productOf(input.product)
      const row = dealRow(input, {
        externalId,
        personId: lead?.id ?? null,
        accountId,
        owner,
        product,
        status,
        stage,
        createdAt,
      })
      const notes = dealNotes(accountId, owner, product, directory)
      if (externalId !== null) firstOf.set(externalId, planned.length)
      planned.push({ index, row, draft: first.draft, notes, lead })
      outcomes.push({ kind: 'repeat', of: planned.length - 1 })
    } catch (error) {
      outcomes.push(rejected(error))
    }
  }
  const ids = await tx.imports.opportunities.insertMany(planned.map((p) => p.row))
  await tx.stageEvents.appendMany(
    planned.map((p, i) => ({
      ...p.draft,
      subject: { type: 'opportunity', id: ids[i] as OpportunityId },
    })),
  )
  await closeLoops(tx, ctx, planned)
  return outcomes.map((outcome, index): RowOutcome => {
    if (outcome.kind !== 'repeat') return outcome
    const plan = planned[outcome.of]
    const id = ids[outcome.of] as OpportunityId
    return plan?.index === index ? created(id, plan.notes) : { kind: 'merged', id }
  })
}
