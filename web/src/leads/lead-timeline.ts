import type { Activity, StageEvent } from '../api/api-types.ts'

export type TimelineEntry = {
  readonly key: string
  readonly at: string
  readonly kind: 'stage' | 'activity'
  readonly title: string
  readonly detail: string | null
}

const words = (snake: string) => snake.replaceAll('_', ' ')

function stageEntry(event: StageEvent, label: (stage: string) => string): TimelineEntry {
  const move =
    event.fromStage === null
      ? `Entered ${label(event.toStage)}`
      : `${label(event.fromStage)} → ${label(event.toStage)}`
  const why = [event.reasonCode && `reason: ${event.reasonCode}`, event.note, `by ${event.actor}`]
  return {
    key: `stage-${event.id}`,
    at: event.occurredAt,
    kind: 'stage',
    title: move,
    detail: why.filter(Boolean).join(' · '),
  }
}

function activityEntry(activity: Activity): TimelineEntry {
  const channel = activity.properties['channel']
  const detail = [activity.url, channel && `via ${channel}`].filter(Boolean).join(' · ')
  return {
    key: `activity-${activity.id}`,
    at: activity.occurredAt,
    kind: 'activity',
    title: words(activity.type),
    detail: detail === '' ? null : detail,
  }
}

/** Stage moves and activities on one line of time, newest first (a stage move first on a tie). */
export function toTimeline(
  events: readonly StageEvent[],
  activities: readonly Activity[],
  label: (stage: string) => string = (stage) => stage,
): TimelineEntry[] {
  const entries = [...events.map((e) => stageEntry(e, label)), ...activities.map(activityEntry)]
  return entries.sort((a, b) => {
    const byTime = Date.parse(b.at) - Date.parse(a.at)
    if (byTime !== 0) return byTime
    return a.kind === b.kind ? b.key.localeCompare(a.key) : a.kind === 'stage' ? -1 : 1
  })
}
