import { disableUser } from '../app/access/users.ts'
import { setWorkingTime } from '../app/handoff/set-working-time.ts'
import { createApiKey, listApiKeys, revokeApiKey } from '../app/access/workspace-api-keys.ts'
import type { UseCaseContext } from '../app/context.ts'
import { erasePersonData } from '../app/privacy/erase-person-data.ts'
import { exportPersonData } from '../app/privacy/export-person-data.ts'
import type { AccessBackend } from '../cli/access-backend.ts'

/** The user, api-key and privacy commands run directly on an open database. */
export function localAccess(ctx: UseCaseContext): AccessBackend {
  return {
    disableUser: (email) => disableUser(ctx, email),
    setWorkingTime: (email, change) => setWorkingTime(ctx, email, change),
    createApiKey: (input) => createApiKey(ctx, input),
    listApiKeys: () => listApiKeys(ctx),
    revokeApiKey: (id) => revokeApiKey(ctx, id),
    exportPersonData: (email) => exportPersonData(ctx, email),
    erasePersonData: (email) => erasePersonData(ctx, email),
  }
}
