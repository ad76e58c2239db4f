import {
  cleanLead,
  cleanText,
  companyNameSimilarity,
  type CleanLead,
  type HygieneIssue,
} from '../../core/hygiene/index.ts'
import {
  planAccountMatch,
  planLeadUpsert,
  type AccountMatch,
  type LeadInput,
} from '../../core/intake/index.ts'
import { isAppError, type AccountId, type PersonId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { recordFirstStage } from '../funnel/change-stage.ts'
import type { Stores } from '../ports.ts'

export type IngestOptions = {
  /** ISO country for national phone numbers when a lead names none. */
  readonly defaultCountry?: string
  /** Where the leads came from, recorded on each capture activity (e.g. "api", "import:Leads.csv"). */
  readonly channel: string
}

export type IngestOutcome =
  | {
      readonly kind: 'created' | 'updated' | 'merged'
      readonly personId: PersonId
      readonly accountId: AccountId | null
      readonly issues: readonly HygieneIssue[]
    }
  | {
      readonly kind: 'rejected'
      readonly reason: string
      readonly message: string
      readonly issues: readonly HygieneIssue[]
    }

async function matchAccount(tx: Stores, clean: CleanLead): Promise<AccountMatch> {
  const byDomain =
    clean.companyDomain === null
      ? undefined
      : await tx.intake.findAccountByDomain(clean.companyDomain)
  const byNameKey =
    byDomain || clean.companyKey === null
      ? undefined
      : await tx.intake.findAccountByNameKey(clean.companyKey)
  const similar =
    byDomain || byNameKey || clean.companyKey === null
      ? []
      : (await tx.intake.findSimilarAccounts(clean.companyKey, 5)).map((account) => ({
          account,
          similarity: companyNameSimilarity(clean.company, account.name),
        }))
  return planAccountMatch(clean, {
    ...(byDomain ? { byDomain } : {}),
    ...(byNameKey ? { byNameKey } : {}),
    similar,
  })
}

async function accountIdOf(tx: Stores, match: AccountMatch): Promise<AccountId | null> {
  switch (match.kind) {
    case 'existing':
      return match.accountId
    case 'create':
      return tx.intake.insertAccount({
        name: match.name,
        domain: match.domain,
        nameKey: match.nameKey,
      })
    case 'none':
      return null
  }
}

async function upsert(
  tx: Stores,
  ctx: UseCaseContext,
  input: LeadInput,
  clean: CleanLead,
  options: IngestOptions,
) {
  const externalId = cleanText(input.externalId) || null
  const known = await tx.intake.findPerson({ externalId, emailNormalized: clean.emailCanonical })
  const accountId = known?.accountId ?? (await accountIdOf(tx, await matchAccount(tx, clean)))
  const plan = planLeadUpsert(clean, input.doNotContact === true, known)
  const occurredAt = input.occurredAt ?? ctx.clock.now()
  let personId: PersonId
  if (plan.kind === 'create') {
    personId = await tx.intake.insertPerson({
      ...plan.fields,
      emailNormalized: clean.emailCanonical,
      externalId,
      accountId,
      stage: input.stage ?? 'inquiry',
      flags: clean.emailFlags,
      qualityIssues: clean.issues,
      properties: clean.extra,
    })
    await recordFirstStage(
      tx,
      ctx,
      { type: 'person', id: personId },
      input.stage ?? 'inquiry',
      occurredAt,
    )
  } else {
    personId = plan.personId
    const linkAccount = known?.accountId === null && accountId !== null ? { accountId } : {}
    const changes = plan.kind === 'update' ? plan.changes : {}
    const emailKey =
      changes.email !== undefined && clean.emailCanonical !== null
        ? { emailNormalized: clean.emailCanonical }
        : {}
    if (plan.kind === 'update' || 'accountId' in linkAccount) {
      await tx.intake.updatePerson(personId, { ...changes, ...linkAccount, ...emailKey })
    }
  }
  // Every capture is behaviour on the person's timeline, a repeat as much as the first; but the same
  // dated capture arriving again (a re-imported file, a retried form post) is one capture.
  const identity = externalId ?? clean.emailCanonical ?? personId
  const idempotencyKey =
    input.occurredAt == null && !options.channel.startsWith('import:')
      ? null
      : `lead_captured:${options.channel}:${identity}:${input.occurredAt?.toISOString() ?? 'undated'}`
  await tx.intake.recordActivity({
    idempotencyKey,
    personId,
    type: 'lead_captured',
    occurredAt,
    source: clean.source,
    properties: { channel: options.channel, repeat: plan.kind !== 'create', ...clean.extra },
  })
  const kind = plan.kind === 'create' ? 'created' : plan.kind === 'update' ? 'updated' : 'merged'
  return { kind, personId, accountId, issues: clean.issues } as const
}

/**
 * Takes one lead in: hygiene, then the same person by source id or canonical email (a repeat fills
 * blanks and is recorded as a capture, never a new lead), then the account; atomically within `stores`
 * (a savepoint inside a batch's transaction), so a rejected lead leaves nothing behind. A lead with
 * neither usable contact nor source id is rejected.
 */
export async function ingestLead(
  ctx: UseCaseContext,
  input: LeadInput,
  options: IngestOptions,
  stores: Stores = ctx.store,
): Promise<IngestOutcome> {
  const clean = cleanLead(
    input,
    options.defaultCountry === undefined ? {} : { defaultCountry: options.defaultCountry },
  )
  const externalId = cleanText(input.externalId)
  if (clean.rejectReason !== null && externalId === '') {
    const message =
      'The lead has no valid email, no valid phone, and not both a name and a company; nobody could contact it.'
    return { kind: 'rejected', reason: clean.rejectReason, message, issues: clean.issues }
  }
  const attempt = () => stores.atomic((tx) => upsert(tx, ctx, input, clean, options))
  try {
    // Two captures of one new person racing: the loser finds the winner's row on a second look.
    return await attempt().catch((error: unknown) => {
      if (isAppError(error, 'person.email_taken')) return attempt()
      throw error
    })
  } catch (error) {
    if (isAppError(error) && error.code !== 'internal' && error.code !== 'store.unavailable') {
      return { kind: 'rejected', reason: error.code, message: error.message, issues: clean.issues }
    }
    throw error
  }
}
