import type { Agreement, Cadence, Team } from '../agreement/index.ts'

/**
 * The follow-up cadence of a lead handed to `team`: that team's cadence for the lead's response
 * priority, else its cadence without a priority; undefined when the agreement has none for it.
 */
export function pickCadence(
  agreement: Agreement,
  lead: { readonly team: Team; readonly priority: string | null },
): Cadence | undefined {
  const ofTeam = agreement.cadences.filter((cadence) => (cadence.team ?? 'sdr') === lead.team)
  const forPriority =
    lead.priority === null ? undefined : ofTeam.find((c) => c.priority === lead.priority)
  return forPriority ?? ofTeam.find((cadence) => cadence.priority === undefined)
}
