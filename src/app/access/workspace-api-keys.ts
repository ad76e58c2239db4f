import { isRole } from '../../core/access/index.ts'
import { AppError, toId, type UserId } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import { roles, type ApiKeyRecord, type Role } from '../ports.ts'
import { issueApiKey, type IssuedApiKey } from './api-keys.ts'
import { authorize } from './authorize.ts'

/** A key as admins see it: never the secret, only its public prefix. */
export type ApiKeyView = {
  readonly id: string
  readonly name: string
  readonly prefix: string
  readonly role: Role
  readonly userId: UserId | null
  readonly createdAt: Date
  readonly lastUsedAt: Date | null
  readonly revokedAt: Date | null
}

const toView = (record: ApiKeyRecord): ApiKeyView => ({
  id: record.id,
  name: record.name,
  prefix: record.prefix,
  role: record.role,
  userId: record.userId,
  createdAt: record.createdAt,
  lastUsedAt: record.lastUsedAt,
  revokedAt: record.revokedAt,
})

async function userIdOf(ctx: UseCaseContext, email: string | undefined): Promise<UserId | null> {
  if (email === undefined) return null
  const user = await ctx.store.users.findByEmail(email.trim())
  if (!user) {
    throw new AppError('user.not_found', `No user ${email} in this workspace; add them first.`, {
      details: { email },
    })
  }
  return user.id
}

/**
 * Issues a key for the caller's workspace with one role, optionally acting as one of its users
 * (admins only); the plain key is in the result once and never stored.
 */
export async function createApiKey(
  ctx: UseCaseContext,
  input: { readonly name: string; readonly role: string; readonly userEmail?: string },
): Promise<IssuedApiKey & { readonly name: string }> {
  authorize(ctx, 'api_keys.manage')
  if (!isRole(input.role)) {
    throw new AppError(
      'request.invalid',
      `Role "${input.role}" does not exist; use one of ${roles.join(', ')}.`,
      { details: { field: 'role' } },
    )
  }
  const name = input.name.trim()
  if (name === '' || name.length > 200) {
    throw new AppError('request.invalid', 'A key needs a name of 1 to 200 characters.', {
      details: { field: 'name' },
    })
  }
  const userId = await userIdOf(ctx, input.userEmail)
  const grant = { name, role: input.role, userId }
  return { ...(await issueApiKey(ctx.store.apiKeys, ctx.store.workspaceId, grant)), name }
}

/** The workspace's keys, newest first, with when each was last used (admins only). */
export async function listApiKeys(ctx: UseCaseContext): Promise<readonly ApiKeyView[]> {
  authorize(ctx, 'api_keys.manage')
  return (await ctx.store.apiKeys.list(ctx.store.workspaceId)).map(toView)
}

/** Revokes a key of the workspace at once; revoking twice keeps the first time (admins only). */
export async function revokeApiKey(ctx: UseCaseContext, id: string): Promise<ApiKeyView> {
  authorize(ctx, 'api_keys.manage')
  const keyId = toId<'api_key'>(id, 'id')
  const revoked = await ctx.store.apiKeys.revoke(ctx.store.workspaceId, keyId, ctx.clock.now())
  if (!revoked) {
    throw new AppError('api_key.not_found', `There is no API key ${id} in this workspace.`, {
      details: { id },
    })
  }
  return toView(revoked)
}
