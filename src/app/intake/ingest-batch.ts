import type { AgreementVersion } from '../../core/agreement/index.ts'
import type { StageEventDraft } from '../../core/funnel/index.ts'
import {
  personRefKey,
  planAccountBatch,
  planLeadBatch,
  type AccountRef,
  type BatchLead,
  type PersonRef,
  type StoredPersonChanges,
} from '../../core/intake/index.ts'
import type { AccountId, PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { reviewNewPeople } from '../duplicates/review-new-people.ts'
import { firstStageDraft, signedAgreement, type FirstStage } from '../funnel/first-stage-draft.ts'
import type { IntakeActivity, Stores } from '../ports.ts'
import { findBatchAccounts } from './find-batch-accounts.ts'
import { handOffNewLeads, type NewLeadEntry } from './hand-off-new-leads.ts'
import { rejectSuppressedLeads } from '../privacy/reject-suppressed-leads.ts'
import type { IngestOptions, IngestOutcome, PreparedLead } from './prepare-lead.ts'

type PersonChanges = StoredPersonChanges & { readonly accountId?: AccountId }

// What a new person from this lead records first; a lead refused by hygiene records nothing.
function firstStageOf(
  ctx: UseCaseContext,
  signed: AgreementVersion | undefined,
  lead: PreparedLead,
  now: Date,
): FirstStage {
  if (lead.reject) return lead.reject
  const request = {
    type: 'person',
    stage: lead.input.stage ?? 'inquiry',
    occurredAt: lead.input.occurredAt ?? now,
  } as const
  return firstStageDraft(ctx, signed, request, now)
}

function captureOf(
  lead: PreparedLead,
  personId: PersonId,
  kind: IngestOutcome['kind'],
  options: IngestOptions,
  now: Date,
): IntakeActivity {
  const { input, clean, externalId } = lead
  // Every capture is behaviour on the person's timeline, a repeat as much as the first; but the same
  // dated capture arriving again (a re-imported file, a retried form post) is one capture.
  // A shared inbox is several people's: their captures are told apart by person.
  const email =
    clean.emailCanonical !== null && clean.emailFlags.roleAddress
      ? `${clean.emailCanonical}:${personId}`
      : clean.emailCanonical
  const identity = externalId ?? email ?? personId
  const idempotencyKey =
    input.occurredAt == null && !options.channel.startsWith('import:')
      ? null
      : `lead_captured:${options.channel}:${identity}:${input.occurredAt?.toISOString() ?? 'undated'}`
  return {
    idempotencyKey,
    personId,
    type: 'lead_captured',
    occurredAt: input.occurredAt ?? now,
    source: clean.source,
    properties: { channel: options.channel, repeat: kind !== 'created', ...clean.extra },
  }
}

/**
 * Takes a batch of cleaned leads in within `tx`, set-based: one read of the people its ids and emails
 * name, one round of account lookups, then bulk writes of new accounts, people, first stages and
 * capture activities; only repeats that fill blanks are written one by one. Leads are decided in
 * order, so a batch gives what taking its leads one at a time would.
 */
export async function ingestBatch(
  tx: Stores,
  ctx: UseCaseContext,
  input: readonly PreparedLead[],
  options: IngestOptions,
): Promise<IngestOutcome[]> {
  const leads = await rejectSuppressedLeads(tx, input)
  const now = ctx.clock.now()
  const signed = await signedAgreement(tx)
  const stages = leads.map((lead) => firstStageOf(ctx, signed, lead, now))
  const batch: BatchLead[] = leads.map((lead, index) => {
    const stage = stages[index]
    return {
      clean: lead.clean,
      externalId: lead.externalId,
      doNotContact: lead.input.doNotContact === true,
      firstStage:
        stage && 'draft' in stage
          ? { ok: true, stage: stage.draft.toStage }
          : { ok: false, reason: stage?.reason ?? 'internal', message: stage?.message ?? '' },
    }
  })
  const accepted = leads.filter((lead) => !lead.reject)
  const stored = await tx.intake.findPeopleByKeys({
    externalIds: [...new Set(accepted.flatMap((lead) => lead.externalId ?? []))],
    emails: [...new Set(accepted.flatMap((lead) => lead.clean.emailCanonical ?? []))],
  })
  const people = planLeadBatch(batch, stored)
  const cleans = leads.map((lead) => lead.clean)
  const accounts = planAccountBatch(cleans, people, await findBatchAccounts(tx, cleans, people))

  const newAccountIds = await tx.intake.insertAccounts(accounts.creates)
  const accountIdOf = (ref: AccountRef): AccountId | null =>
    ref.kind === 'stored' ? ref.id : (newAccountIds[ref.index] ?? null)
  const accountOf = (ref: PersonRef): AccountId | null => {
    const link = accounts.links.get(personRefKey(ref))
    return link
      ? accountIdOf(link.account)
      : (people.people.get(personRefKey(ref))?.accountId ?? null)
  }
  const newPersonIds = await tx.intake.insertPeople(
    people.creates.map((create, index) => {
      const lead = leads[create.lead]
      const stage = stages[create.lead]
      if (!lead || !stage || !('draft' in stage)) throw new Error('A created person lost its lead.')
      return {
        ...create.fields,
        emailNormalized: create.emailNormalized,
        externalId: create.externalId,
        accountId: accountOf({ kind: 'created', index }),
        stage: stage.draft.toStage,
        flags: lead.clean.emailFlags,
        qualityIssues: lead.clean.issues,
        properties: lead.clean.extra,
      }
    }),
  )
  const idOf = (ref: PersonRef): PersonId =>
    ref.kind === 'stored' ? ref.id : (newPersonIds[ref.index] as PersonId)

  const storedChanges = new Map<PersonId, PersonChanges>(people.updates)
  for (const { person, account } of accounts.links.values()) {
    const accountId = accountIdOf(account)
    if (person.kind === 'stored' && accountId !== null)
      storedChanges.set(person.id, { ...storedChanges.get(person.id), accountId })
  }
  for (const [id, changes] of storedChanges) await tx.intake.updatePerson(id, changes)
  const entries = people.creates.map((create, index): NewLeadEntry => {
    const stage = stages[create.lead] as Extract<FirstStage, { readonly draft: unknown }>
    const personId = newPersonIds[index] as PersonId
    const draft: StageEventDraft = { ...stage.draft, subject: { type: 'person', id: personId } }
    return { personId, entry: stage.implies ? { ...draft, implies: stage.implies } : draft }
  })
  await tx.stageEvents.appendMany(
    entries.map(({ entry: { implies: _implies, ...draft } }) => draft),
  )

  const outcomes = people.resolutions.map((resolution, index): IngestOutcome => {
    const lead = leads[index] as PreparedLead
    if (resolution.kind === 'rejected') return { ...resolution, issues: lead.clean.issues }
    const personId = idOf(resolution.person)
    const accountId = accountOf(resolution.person)
    return { kind: resolution.kind, personId, accountId, issues: lead.clean.issues }
  })
  const captures = new Map<string, IntakeActivity>()
  outcomes.forEach((outcome, index) => {
    if (outcome.kind === 'rejected') return
    const capture = captureOf(
      leads[index] as PreparedLead,
      outcome.personId,
      outcome.kind,
      options,
      now,
    )
    const key = capture.idempotencyKey ?? `unkeyed:${index}`
    if (!captures.has(key)) captures.set(key, capture)
  })
  await tx.intake.recordActivities([...captures.values()])
  // Beyond address and source id: a new person who is strongly someone already known (name and
  // phone, or name, company and more) is merged into them at once; a weak match waits for review.
  const review = await reviewNewPeople(ctx, tx, newPersonIds)
  const survivor = new Map(review.merged.map((m) => [m.personId, m.intoPersonId]))
  // A new MQL is routed and clocked as one created alone is; one merged away is not a new lead.
  const kept = entries.filter((lead) => !survivor.has(lead.personId))
  await handOffNewLeads(tx, ctx, signed, kept)
  if (review.merged.length === 0) return outcomes
  return outcomes.map((outcome) => {
    if (outcome.kind === 'rejected') return outcome
    const into = survivor.get(outcome.personId)
    return into === undefined ? outcome : { ...outcome, kind: 'merged', personId: into }
  })
}
