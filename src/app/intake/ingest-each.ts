import { isAppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'

/** One row's outcome in an import: what happened to its record, or why the row was refused. */
export type RowOutcome =
  | {
      readonly kind: 'created' | 'updated' | 'merged'
      readonly id: string
      /** What hygiene noticed without refusing the row, e.g. "no_account", "country_unknown". */
      readonly notes?: readonly string[]
    }
  | { readonly kind: 'rejected'; readonly reason: string; readonly message: string }

/**
 * Runs one row's work atomically; a refusal (an AppError such as a taken domain) undoes only that row
 * and becomes its rejected outcome, named by `details.reason` or the error code. Other errors throw.
 */
export async function atomicOutcome(
  stores: Stores,
  work: (tx: Stores) => Promise<RowOutcome>,
): Promise<RowOutcome> {
  try {
    return await stores.atomic(work)
  } catch (error) {
    if (!isAppError(error) || error.code === 'internal' || error.code === 'store.unavailable')
      throw error
    const reason =
      typeof error.details['reason'] === 'string' ? error.details['reason'] : error.code
    return { kind: 'rejected', reason, message: error.message }
  }
}

/** A batch of rows in one transaction, a savepoint each, in order: one outcome per input. */
export async function ingestEach<T>(
  ctx: UseCaseContext,
  inputs: readonly T[],
  one: (tx: Stores, input: T) => Promise<RowOutcome>,
): Promise<RowOutcome[]> {
  return ctx.store.transaction(async (tx) => {
    const outcomes: RowOutcome[] = []
    for (const input of inputs) outcomes.push(await atomicOutcome(tx, (row) => one(row, input)))
    return outcomes
  })
}
