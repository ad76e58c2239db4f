import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'

/**
 * The context of one of the workspace's users, for the owner of the database files (the local CLI:
 * an admin context tied to no user) acting in that user's name, e.g. signing the agreement as them.
 * Any other caller is refused with `auth.forbidden`.
 */
export async function actAsUser(ctx: UseCaseContext, email: string): Promise<UseCaseContext> {
  if (ctx.role !== 'admin' || ctx.userId !== undefined) {
    throw new AppError(
      'auth.forbidden',
      "Only the local command line, which owns the database, acts in a user's name; use that user's own API key instead.",
      { details: { role: ctx.role ?? null } },
    )
  }
  const user = await ctx.store.users.findByEmail(email.trim())
  if (!user) {
    throw new AppError(
      'user.not_found',
      `No user ${email} in this workspace; add them with \`baton user add\`.`,
      { details: { email } },
    )
  }
  return { ...ctx, role: user.role, userId: user.id }
}
