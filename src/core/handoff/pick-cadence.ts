import type { Agreement, Cadence, Team } from '../agreement/index.ts'

/**
 * The follow-up cadence of a lead handed to `team`: the first listed cadence of that team for the
 * lead's response priority, else its first without a priority; undefined when there is none.
 * (Leads carry no account tier, so among cadences for one audience the list order decides.)
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
