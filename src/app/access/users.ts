import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { roles, type Role, type User } from '../ports.ts'
import { normalizeEmail } from '../../core/records/index.ts'
import { authorize } from './authorize.ts'

/** Adds a user to the workspace with one role; the email is unique per workspace. */
export async function addUser(
  ctx: UseCaseContext,
  input: { readonly email: string; readonly name: string; readonly role: string },
): Promise<User> {
  authorize(ctx, 'users.manage')
  if (!(roles as readonly string[]).includes(input.role)) {
    throw new AppError(
      'request.invalid',
      `Role "${input.role}" does not exist; use one of ${roles.join(', ')}.`,
      {
        details: { field: 'role' },
      },
    )
  }
  const name = input.name.trim()
  if (name === '')
    throw new AppError('request.invalid', 'A user needs a name.', { details: { field: 'name' } })
  return ctx.store.users.insert({
    email: normalizeEmail(input.email),
    name,
    role: input.role as Role,
  })
}

/** The workspace's users, by email. */
export async function listUsers(ctx: UseCaseContext): Promise<readonly User[]> {
  authorize(ctx, 'users.read')
  return ctx.store.users.list()
}

/** Disables a user: their API keys stop working at once; their history stays (admins only). */
export async function disableUser(ctx: UseCaseContext, email: string): Promise<User> {
  authorize(ctx, 'users.manage')
  const user = await ctx.store.users.setActive(normalizeEmail(email), false)
  if (!user) {
    throw new AppError('user.not_found', `No user ${email} in this workspace.`, {
      details: { email },
    })
  }
  return user
}
