import { normalizeDomain, type Account, type AccountFields } from '../../core/records/index.ts'
import type { AccountId, Page, PageRequest } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { recordFirstStage } from '../funnel/change-stage.ts'
import { foundOrThrow } from './found-or-throw.ts'
import { authorize } from '../access/authorize.ts'

export type CreateAccountInput = AccountFields & { readonly name: string; readonly stage?: string }

function withDomainNormalized<T extends AccountFields>(fields: T): T {
  return fields.domain == null ? fields : { ...fields, domain: normalizeDomain(fields.domain) }
}

/** Creates an account in its first lifecycle stage (default universe) and records entering it, atomically. */
export async function createAccount(
  ctx: UseCaseContext,
  input: CreateAccountInput,
): Promise<Account> {
  authorize(ctx, 'accounts.write')
  const { stage = 'universe', ...fields } = withDomainNormalized(input)
  return ctx.store.transaction(async (tx) => {
    const account = await tx.accounts.insert({ ...fields, stage })
    const subject = { type: 'account', id: account.id } as const
    const firstStage = await recordFirstStage(tx, ctx, subject, stage)
    return { ...account, stage: firstStage }
  })
}

/** Returns the account or throws `account.not_found`. */
export async function getAccount(ctx: UseCaseContext, id: AccountId): Promise<Account> {
  authorize(ctx, 'accounts.read')
  return foundOrThrow(await ctx.store.accounts.find(id), 'account.not_found', 'account', id)
}

/** Lists accounts, oldest first, one page at a time. */
export async function listAccounts(ctx: UseCaseContext, page: PageRequest): Promise<Page<Account>> {
  authorize(ctx, 'accounts.read')
  return ctx.store.accounts.list(page)
}

/** Changes an account's fields (never the stage); throws `account.not_found`. */
export async function updateAccount(
  ctx: UseCaseContext,
  id: AccountId,
  fields: AccountFields,
): Promise<Account> {
  authorize(ctx, 'accounts.write')
  const updated = await ctx.store.accounts.update(id, withDomainNormalized(fields))
  return foundOrThrow(updated, 'account.not_found', 'account', id)
}
