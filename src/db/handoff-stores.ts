import type { Kysely } from 'kysely'
import type { HandoffStores } from '../app/handoff/handoff-ports.ts'
import type { WorkspaceId } from '../core/shared/index.ts'
import { loopStore } from './loop.store.ts'
import { nurtureStore } from './nurture.store.ts'
import { routingStore } from './routing.store.ts'
import { queueStore } from './queue.store.ts'
import { followUpTaskStore } from './follow-up-task.store.ts'
import type { Database } from './schema.ts'

/** The hand-off stores of one workspace. */
export function handoffStores(db: Kysely<Database>, workspaceId: WorkspaceId): HandoffStores {
  return {
    routing: routingStore(db, workspaceId),
    loop: loopStore(db, workspaceId),
    nurture: nurtureStore(db, workspaceId),
    queue: queueStore(db, workspaceId),
    tasks: followUpTaskStore(db, workspaceId),
  }
}
