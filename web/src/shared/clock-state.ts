import type { Clock } from '../api/api-types.ts'

const kindLabels: Record<string, string> = {
  first_response: 'First response',
  takeback: 'Meeting before take-back',
  resolution: 'Resolution',
  status_update: 'Status update after the meeting',
  recycle: 'Qualify before recycle',
}

/** A clock kind in words ("first_response" -> "First response"). */
export const clockKindLabel = (kind: string) => kindLabels[kind] ?? kind.replaceAll('_', ' ')

/** Business minutes as "2 h 05 min" (or "45 min"). */
export function formatBusinessMinutes(minutes: number): string {
  const whole = Math.round(Math.abs(minutes))
  const hours = Math.floor(whole / 60)
  const rest = whole % 60
  return hours === 0 ? `${rest} min` : `${hours} h ${String(rest).padStart(2, '0')} min`
}

export type ClockTone = 'running' | 'soon' | 'breached' | 'met' | 'cancelled'

/** What a clock says now: running with time left, breached with time over, or its outcome. */
export type ClockState = { readonly tone: ClockTone; readonly text: string }

/** Under this much business time left a running clock shows as due soon. */
const soonMinutes = 60

export function clockState(clock: Clock): ClockState {
  if (clock.stoppedAt !== null || clock.outcome !== null) {
    if (clock.outcome === 'met') return { tone: 'met', text: 'met' }
    if (clock.outcome === 'cancelled') return { tone: 'cancelled', text: 'cancelled' }
    return { tone: 'breached', text: 'breached' }
  }
  const left = clock.businessMinutesLeft
  if (left === null) return { tone: 'running', text: 'running' }
  if (left < 0)
    return {
      tone: 'breached',
      text: `breached: ${formatBusinessMinutes(left)} of business time over`,
    }
  return {
    tone: left < soonMinutes ? 'soon' : 'running',
    text: `${formatBusinessMinutes(left)} of business time left`,
  }
}

/** Mantine colors per tone: breached in red, due soon in orange. */
export const toneColors: Record<ClockTone, string> = {
  running: 'blue',
  soon: 'orange',
  breached: 'red',
  met: 'green',
  cancelled: 'gray',
}
