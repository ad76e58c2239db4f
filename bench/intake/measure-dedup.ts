import type { WorkspaceStorage } from '../../src/app/ports.ts'
import type { PlantedDuplicate } from './generate-leads.ts'
import type { DuplicateVariant } from './plant-duplicate.ts'

export type LeadKind = 'created' | 'updated' | 'merged' | 'rejected'

/** What intake did with each lead, by the lead's position in the run. */
export type Resolutions = {
  readonly kinds: readonly LeadKind[]
  /** The person each lead became or joined; null when rejected. */
  readonly personIds: readonly (string | null)[]
}

export type DedupQuality = {
  readonly planted: number
  /** Planted repeats that joined their original's person, as intake said and the store agrees. */
  readonly found: number
  /** Leads that joined an existing person (updated or merged), planted or not. */
  readonly merged: number
  readonly precision: number
  readonly recall: number
  readonly missedByVariant: Readonly<Partial<Record<DuplicateVariant, number>>>
}

/**
 * Precision: of the leads intake merged into an existing person, the share that were planted
 * repeats of that person. Recall: of planted repeats, the share merged into their original's
 * person, checked against the store by the original's canonical email (1 when nothing qualifies).
 */
export async function measureDedup(
  store: WorkspaceStorage,
  resolutions: Resolutions,
  planted: readonly PlantedDuplicate[],
): Promise<DedupQuality> {
  const { kinds, personIds } = resolutions
  const merged = kinds.filter((kind) => kind === 'updated' || kind === 'merged').length
  const missedByVariant: Partial<Record<DuplicateVariant, number>> = {}
  let found = 0
  for (const pair of planted) {
    const personId = personIds[pair.duplicate] ?? null
    const joined = kinds[pair.duplicate] !== 'created' && personId !== null
    const [stored] = joined
      ? await store.intake.findPeopleByKeys({ externalIds: [], emails: [pair.canonicalEmail] })
      : []
    if (stored !== undefined && stored.id === personId && personIds[pair.original] === personId) {
      found += 1
    } else {
      missedByVariant[pair.variant] = (missedByVariant[pair.variant] ?? 0) + 1
    }
  }
  return {
    planted: planted.length,
    found,
    merged,
    precision: merged === 0 ? 1 : found / merged,
    recall: planted.length === 0 ? 1 : found / planted.length,
    missedByVariant,
  }
}
