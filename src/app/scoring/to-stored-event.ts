import type { StoredEvent } from './scoring-ports.ts'

/** An activity as scoring sees it: id, key, type, instant and its properties as stored. */
export type ActivityFacts = {
  readonly id: string
  readonly key: string | null
  readonly type: string
  readonly occurredAt: Date
  readonly properties: Readonly<Record<string, unknown>> | null
}

/**
 * The scoring event of an activity: scalar properties as text (others dropped), the page URL from
 * `url`, and an intent signal when it carries a `topic` and a numeric `strength` (0-100).
 */
export function toStoredEvent(activity: ActivityFacts): StoredEvent {
  const properties: Record<string, string> = {}
  for (const [name, value] of Object.entries(activity.properties ?? {}))
    if (typeof value === 'string' || typeof value === 'number' || typeof value === 'boolean')
      properties[name] = String(value)
  const strength = Number(properties['strength'])
  const topic = properties['topic']
  return {
    id: activity.id,
    key: activity.key,
    type: activity.type,
    occurredAt: activity.occurredAt,
    url: properties['url'] ?? null,
    properties,
    ...(topic !== undefined && Number.isFinite(strength) ? { intent: { topic, strength } } : {}),
  }
}
