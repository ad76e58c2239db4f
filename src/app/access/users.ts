import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { roles, type Role, type User } from '../ports.ts'
import { normalizeEmail } from '../../core/records/index.ts'

/** Adds a user to the workspace with one role; the email is unique per workspace. */
export async function addUser(
  ctx: UseCaseContext,
  input: { readonly email: string; readonly name: string; readonly role: string },
): Promise<User> {
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
  return ctx.store.users.list()
}
