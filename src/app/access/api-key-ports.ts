import type { Role } from '../../core/access/index.ts'
import type { UserId, WorkspaceId } from '../../core/shared/index.ts'

export type ApiKeyRecord = {
  readonly id: string
  readonly workspaceId: WorkspaceId
  readonly prefix: string
  readonly secretHash: string
  readonly name: string
  readonly role: Role
  readonly revokedAt: Date | null
  /** The user the key acts as, if any, and whether that user is still active. */
  readonly userId: UserId | null
  readonly userActive: boolean
  readonly createdAt: Date
  readonly lastUsedAt: Date | null
}

export type NewApiKey = Pick<
  ApiKeyRecord,
  'workspaceId' | 'prefix' | 'secretHash' | 'name' | 'role' | 'userId'
>

export interface ApiKeyStore {
  insert(key: NewApiKey): Promise<ApiKeyRecord>
  findByPrefix(prefix: string): Promise<ApiKeyRecord | undefined>
  touch(id: string, at: Date): Promise<void>
  /** The workspace's keys, newest first, revoked ones too. */
  list(workspaceId: WorkspaceId): Promise<readonly ApiKeyRecord[]>
  /** Revokes a key of the workspace; undefined when the workspace has no such key. */
  revoke(workspaceId: WorkspaceId, id: string, at: Date): Promise<ApiKeyRecord | undefined>
}
