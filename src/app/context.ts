import type { UserId } from '../core/shared/index.ts'
import type { Clock, Role, WorkspaceStorage } from './ports.ts'

/** What every workspace use case runs with: the caller's workspace stores, the clock, and who acts. */
export type UseCaseContext = {
  readonly store: WorkspaceStorage
  readonly clock: Clock
  readonly actor: string
  /** The caller's role where an action needs one (an API key's role; the local CLI is admin). */
  readonly role?: Role
  /**
   * The user the caller acts as, when its API key is tied to one (`baton api-key create --user`).
   * Rules limited to a caller's own rows (a sales rep accepts or rejects only leads assigned to them,
   * a signatory signs only as themselves) compare it with the row's owner: `authorizeOwned`.
   */
  readonly userId?: UserId
}
