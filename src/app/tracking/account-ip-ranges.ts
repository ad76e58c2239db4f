import { toCidr } from '../../core/tracking/index.ts'
import { AppError, type AccountId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { AccountIpRange } from './tracking-ports.ts'
import { authorize } from '../access/authorize.ts'

/** Records an IP range (CIDR) an account browses from, so its page views are attributed to it. */
export async function addAccountIpRange(
  ctx: UseCaseContext,
  accountId: AccountId,
  raw: string,
): Promise<AccountIpRange> {
  authorize(ctx, 'tracking.manage')
  const cidr = toCidr(raw)
  return ctx.store.transaction(async (tx) => {
    if ((await tx.accounts.find(accountId)) === undefined)
      throw new AppError('account.not_found', `No account ${accountId} in this workspace.`, {
        details: { accountId },
      })
    return tx.tracking.addIpRange(accountId, cidr.text)
  })
}

/** The recorded IP ranges, of one account or all. */
export function listAccountIpRanges(
  ctx: UseCaseContext,
  accountId?: AccountId,
): Promise<readonly AccountIpRange[]> {
  authorize(ctx, 'accounts.read')
  return ctx.store.tracking.listIpRanges(accountId)
}

/** Forgets an IP range; `track.ip_range_not_found` when none was recorded. */
export async function removeAccountIpRange(ctx: UseCaseContext, raw: string): Promise<string> {
  authorize(ctx, 'tracking.manage')
  const cidr = toCidr(raw)
  if (!(await ctx.store.tracking.removeIpRange(cidr.text)))
    throw new AppError(
      'track.ip_range_not_found',
      `No account has the IP range ${cidr.text} — see them with baton track ip-ranges list.`,
      { details: { cidr: cidr.text } },
    )
  return cidr.text
}
