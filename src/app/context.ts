import type { Clock, WorkspaceStorage } from './ports.ts'

/** What every workspace use case runs with: the caller's workspace stores, the clock, and who acts. */
export type UseCaseContext = {
  readonly store: WorkspaceStorage
  readonly clock: Clock
  readonly actor: string
}
