import type { Clock, Role, WorkspaceStorage } from './ports.ts'

/** What every workspace use case runs with: the caller's workspace stores, the clock, and who acts. */
export type UseCaseContext = {
  readonly store: WorkspaceStorage
  readonly clock: Clock
  readonly actor: string
  /** The caller's role where an action needs one (an API key's role; the local CLI is admin). */
  readonly role?: Role
}
