import { canOnOwned, can, rolesThatCan, type Action } from '../../core/access/index.ts'
import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'

function refuse(ctx: UseCaseContext, action: Action, why: string): never {
  const allowed = rolesThatCan(action)
  throw new AppError(
    'auth.forbidden',
    `${why} may not ${action}; roles that may: ${allowed.join(', ') || 'none'}. Use an API key with one of those roles.`,
    { details: { action, role: ctx.role ?? null, allowedRoles: allowed } },
  )
}

/**
 * Throws `auth.forbidden` unless the caller's role may take the action at all (a context without a
 * role may do nothing). Rows limited to their owner are checked again with `authorizeOwned`.
 */
export function authorize(ctx: UseCaseContext, action: Action): void {
  if (ctx.role === undefined) refuse(ctx, action, 'A caller without a role')
  if (!can(ctx.role, action)) refuse(ctx, action, `Role ${ctx.role}`)
}

/**
 * Throws `auth.forbidden` unless the caller may take the action on a row owned by `ownerId`: roles
 * granted `any` always may; roles granted `own` only when the caller's user (`ctx.userId`, from the
 * API key) is the owner.
 */
export function authorizeOwned(ctx: UseCaseContext, action: Action, ownerId: string | null): void {
  authorize(ctx, action)
  if (ctx.role === undefined) return
  if (canOnOwned(ctx.role, action, { userId: ctx.userId, ownerId })) return
  refuse(
    ctx,
    action,
    ctx.userId === undefined
      ? `Role ${ctx.role} without a user on its API key`
      : `Role ${ctx.role} acting as user ${ctx.userId} on a row owned by ${ownerId ?? 'nobody'}`,
  )
}
