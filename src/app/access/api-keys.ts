import { createHash, randomBytes, timingSafeEqual } from 'node:crypto'
import { AppError, type UserId, type WorkspaceId } from '../../core/shared/index.ts'
import type { ApiKeyStore, Clock, Role } from '../ports.ts'

// A key reads `bk_<prefix>_<secret>`: the prefix finds the row, only a SHA-256 of the secret is stored.
// Secrets are 32 random bytes, so a fast hash is enough; there is nothing to brute-force.
const keyShape = /^bk_([a-z0-9]{12})_([A-Za-z0-9_-]{43})$/

function hashSecret(secret: string): string {
  return createHash('sha256').update(secret).digest('hex')
}

export type IssuedApiKey = {
  readonly id: string
  readonly key: string
  readonly role: Role
  readonly userId: UserId | null
}

export type ApiKeyGrant = {
  readonly name: string
  readonly role: Role
  /** The user the key acts as; rules limited to one's own rows need it. */
  readonly userId?: UserId | null
}

/** Issues a new API key for a workspace and role; the plain key is returned once and never stored. */
export async function issueApiKey(
  keys: ApiKeyStore,
  workspaceId: WorkspaceId,
  grant: ApiKeyGrant,
): Promise<IssuedApiKey> {
  const prefix = randomBytes(9)
    .toString('base64url')
    .toLowerCase()
    .replace(/[^a-z0-9]/g, '0')
    .slice(0, 12)
  const secret = randomBytes(32).toString('base64url')
  const record = await keys.insert({
    workspaceId,
    prefix,
    secretHash: hashSecret(secret),
    name: grant.name,
    role: grant.role,
    userId: grant.userId ?? null,
  })
  return { id: record.id, key: `bk_${prefix}_${secret}`, role: record.role, userId: record.userId }
}

/**
 * How fresh a key's last-used time is kept: a key's use is written when its stored time is older,
 * so a busy key costs one write a minute instead of one per request.
 */
export const lastUsedResolutionMs = 60_000

export type Caller = {
  readonly workspaceId: WorkspaceId
  readonly role: Role
  readonly keyId: string
  readonly userId: UserId | null
}

/**
 * Resolves a presented API key to its workspace, role and user, or throws `auth.invalid_key` (also
 * for a revoked key and for the key of a disabled user); its last-used time is kept to the minute.
 */
export async function authenticate(
  keys: ApiKeyStore,
  clock: Clock,
  presented: string,
): Promise<Caller> {
  const match = keyShape.exec(presented.trim())
  const invalid = new AppError(
    'auth.invalid_key',
    'The API key is not valid, was revoked, or belongs to a disabled user; create one with `baton api-key create` and send it as "Authorization: Bearer <key>".',
  )
  if (!match?.[1] || !match[2]) throw invalid
  const record = await keys.findByPrefix(match[1])
  if (!record || record.revokedAt !== null || !record.userActive) throw invalid
  const expected = Buffer.from(record.secretHash, 'hex')
  if (!timingSafeEqual(expected, Buffer.from(hashSecret(match[2]), 'hex'))) throw invalid
  const now = clock.now()
  const lastUsed = record.lastUsedAt?.getTime() ?? Number.NEGATIVE_INFINITY
  if (now.getTime() - lastUsed >= lastUsedResolutionMs) await keys.touch(record.id, now)
  return {
    workspaceId: record.workspaceId,
    role: record.role,
    keyId: record.id,
    userId: record.userId,
  }
}
