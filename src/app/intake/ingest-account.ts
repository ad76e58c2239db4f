import { cleanText, normalizeCompanyName } from '../../core/hygiene/index.ts'
import {
  cleanAccount,
  planAccountUpsert,
  type AccountInput,
  type CleanAccount,
  type StoredAccount,
} from '../../core/imports/index.ts'
import type { AccountId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { recordFirstStage } from '../funnel/change-stage.ts'
import type { Stores } from '../ports.ts'
import type { AccountImportStore } from './import-ports.ts'
import { ingestEach, type RowOutcome } from './ingest-each.ts'

/** The account a row names: by source id, then domain, then name key (the lead matcher's key). */
async function findMatch(
  store: AccountImportStore,
  clean: Pick<CleanAccount, 'externalId' | 'domain' | 'nameKey'>,
): Promise<StoredAccount | undefined> {
  const byId =
    clean.externalId === null ? undefined : await store.findByExternalId(clean.externalId)
  if (byId) return byId
  const byDomain = clean.domain === null ? undefined : await store.findByDomain(clean.domain)
  if (byDomain) return byDomain
  return clean.nameKey === null ? undefined : store.findByNameKey(clean.nameKey)
}

const bare = (name: string, nameKey: string | null): Omit<StoredAccount, 'id'> => ({
  externalId: null,
  name,
  nameKey,
  domain: null,
  industry: null,
  employeeCount: null,
  annualRevenueCents: null,
  country: null,
  region: null,
  parentId: null,
  properties: {},
})

async function insertAccount(
  tx: Stores,
  ctx: UseCaseContext,
  account: Omit<StoredAccount, 'id'>,
): Promise<string> {
  const id = await tx.imports.accounts.insert(account)
  await recordFirstStage(tx, ctx, { type: 'account', id: id as AccountId }, 'universe')
  return id
}

/** The parent's id, creating a bare parent account by name when the file has not reached it yet. */
async function parentIdOf(
  tx: Stores,
  ctx: UseCaseContext,
  clean: CleanAccount,
): Promise<string | null> {
  if (clean.parentKey === null || clean.parentKey === clean.nameKey) return null
  return accountIdByName(tx, ctx, clean.parentName)
}

async function upsert(tx: Stores, ctx: UseCaseContext, input: AccountInput): Promise<RowOutcome> {
  const cleaning = cleanAccount(input)
  if (cleaning.kind === 'rejected') return cleaning
  const { account: clean, notes } = cleaning
  const stored = await findMatch(tx.imports.accounts, clean)
  const parentId = await parentIdOf(tx, ctx, clean)
  const plan = planAccountUpsert(clean, parentId, stored)
  const noted = notes.length > 0 ? { notes } : {}
  switch (plan.kind) {
    case 'create': {
      const { parentName: _name, parentKey: _key, ...fields } = clean
      return {
        kind: 'created',
        id: await insertAccount(tx, ctx, { ...fields, parentId }),
        ...noted,
      }
    }
    case 'update':
      await tx.imports.accounts.update(plan.id, plan.changes)
      return { kind: 'updated', id: plan.id, ...noted }
    case 'unchanged':
      return { kind: 'merged', id: plan.id, ...noted }
  }
}

/**
 * Imports accounts in one transaction, a savepoint each: an account is matched by source id, domain or
 * normalized name and updated with what the row says, else created (entering stage universe); a parent
 * named by `parentName` is found by name or created bare. The same file imported again changes nothing.
 */
export async function ingestAccounts(
  ctx: UseCaseContext,
  inputs: readonly AccountInput[],
): Promise<RowOutcome[]> {
  return ingestEach(ctx, inputs, (tx, input) => upsert(tx, ctx, input))
}

/** The account a deal or lead names, found by normalized name or created bare; null when unnamed. */
export async function accountIdByName(
  tx: Stores,
  ctx: UseCaseContext,
  name: string | null,
): Promise<string | null> {
  const key = normalizeCompanyName(name)
  if (name === null || key === null) return null
  const found = await tx.imports.accounts.findByNameKey(key)
  return found?.id ?? insertAccount(tx, ctx, bare(cleanText(name), key))
}
