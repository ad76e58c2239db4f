import type { OwnerCalendar } from '../app/handoff/handoff-ports.ts'
import type { WorkingTimeChange } from '../app/handoff/set-working-time.ts'
import type { IssuedApiKey } from '../app/access/api-keys.ts'
import type { ApiKeyView } from '../app/access/workspace-api-keys.ts'
import type { User } from '../app/ports.ts'
import type { ErasureReceipt } from '../app/privacy/erase-person-data.ts'
import type { PersonDataExport } from '../app/privacy/export-person-data.ts'

/** What the user, api-key and privacy commands ask of Baton, on the database or a running server. */
export interface AccessBackend {
  disableUser(email: string): Promise<User>
  /** Sets (or, with an empty change, reads) a user's own calendar and out-of-office. */
  setWorkingTime(email: string, change: WorkingTimeChange): Promise<OwnerCalendar>
  createApiKey(input: {
    readonly name: string
    readonly role: string
    readonly userEmail?: string
  }): Promise<IssuedApiKey & { readonly name: string }>
  listApiKeys(): Promise<readonly ApiKeyView[]>
  revokeApiKey(id: string): Promise<ApiKeyView>
  exportPersonData(email: string): Promise<PersonDataExport>
  erasePersonData(email: string): Promise<ErasureReceipt>
}
