// A stage entry recorded this long after it happened is history being loaded: its clocks would
// be long breached and page people about leads nobody owns any more, so none start and nobody is
// handed the lead.
const historyAfterMs = 7 * 86_400_000

/** True when a stage entry at `occurredAt`, recorded at `now`, is over seven days old: history. */
export function isLoadingHistory(now: Date, occurredAt: Date): boolean {
  return now.getTime() - occurredAt.getTime() > historyAfterMs
}
