import { cleanText, readEmailAddress } from '../hygiene/index.ts'
import { readInstant, readText, reject } from './read-value.ts'
import type { CleanEvent, EventInput, Rejection } from './types.ts'

/** Longest URL an event keeps; longer ones are refused rather than cut. */
export const maxEventUrlLength = 2000

/** An event type as one snake_case word: "Email Opened" and "email-opened" are "email_opened". */
export function toEventType(raw: string | null | undefined): string | null {
  const type = cleanText(raw)
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, '_')
    .replace(/^_+|_+$/gu, '')
  return type === '' ? null : type
}

/**
 * Cleans one engagement event: it must name its person (source id or email), its type and when it
 * happened (ISO 8601; a time without a zone is UTC); the email is matched in its canonical form.
 */
export function cleanEvent(input: EventInput): { kind: 'clean'; event: CleanEvent } | Rejection {
  const personExternalId = readText(input.personExternalId)
  const email = readText(input.email)
  const address = email === null ? undefined : readEmailAddress(email)
  if (personExternalId === null && address?.valid !== true) {
    return reject(
      'event.no_person',
      email === null
        ? "the event names no person — fix: map a column to personExternalId (the lead's source id) or to email"
        : `email ${JSON.stringify(email)} is not an email address and there is no source id — fix: correct the cell or map personExternalId`,
    )
  }
  const type = toEventType(input.type)
  if (type === null)
    return reject(
      'event.missing_type',
      'the event has no type — fix: map a column to type (e.g. email_opened, page_view)',
    )
  const occurredAt = readInstant('occurredAt', input.occurredAt, 'event.bad_time')
  if (occurredAt.kind === 'rejected') return occurredAt
  if (occurredAt.value === null)
    return reject('event.missing_time', 'the event has no time — fix: map a column to occurredAt')
  const url = readText(input.url)
  if (url !== null && url.length > maxEventUrlLength)
    return reject(
      'event.url_too_long',
      `the URL is ${url.length} characters, over ${maxEventUrlLength} — fix: drop its query string`,
    )
  return {
    kind: 'clean',
    event: {
      personExternalId,
      emailCanonical: address?.valid === true ? address.canonical : null,
      type,
      occurredAt: occurredAt.value,
      url,
      idempotencyKey: readText(input.idempotencyKey),
      properties: { ...input.properties },
      visitorId: readText(input.visitorId),
    },
  }
}
