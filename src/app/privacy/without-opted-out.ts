import { isContactable, type ContactFacts } from '../../core/privacy/index.ts'
import type { Notification } from '../scoring/scoring-ports.ts'

/** The person a notification is about (`payload.personId`), if it names one. */
export function subjectOf(notification: Pick<Notification, 'payload'>): string | undefined {
  const id = notification.payload['personId']
  return typeof id === 'string' ? id : undefined
}

/**
 * The notifications that may go out: one about a person who opted out (do-not-contact, consent
 * refused) or was erased is dropped, whoever queued it, so no reminder, escalation or alert
 * prompts anyone to reach them. Looks the people up in one read.
 */
export async function withoutOptedOut<T extends Pick<Notification, 'payload'>>(
  findContactFacts: (ids: readonly string[]) => Promise<ReadonlyMap<string, ContactFacts>>,
  notifications: readonly T[],
): Promise<readonly T[]> {
  const ids = [...new Set(notifications.flatMap((n) => subjectOf(n) ?? []))]
  if (ids.length === 0) return notifications
  const facts = await findContactFacts(ids)
  return notifications.filter((n) => {
    const id = subjectOf(n)
    const person = id === undefined ? undefined : facts.get(id)
    return person === undefined || isContactable(person)
  })
}
