import { normalizeEmailAddress, personNameKey } from '../hygiene/index.ts'
import { readText, reject } from './read-value.ts'
import type { CleanTeamMember, Rejection, TeamMemberInput } from './types.ts'

/** The domain of the address a user without an email gets: `.invalid` is reserved, so no mail goes out. */
export const placeholderEmailDomain = 'no-email.invalid'

/** A stand-in address for a roster member with no email: "Mei-Mei Johns" is mei-mei.johns@no-email.invalid. */
export function placeholderEmail(nameKey: string): string {
  const local = nameKey.replace(/[^a-z0-9-]+/gu, '.').replace(/^\.+|\.+$/gu, '')
  return `${local || 'user'}@${placeholderEmailDomain}`
}

/**
 * Cleans one roster row: a member needs a name; an email, when given, must be valid (a roster without
 * emails gets reserved placeholder addresses); the role is lower-cased, sales when blank.
 */
export function cleanTeamMember(
  input: TeamMemberInput,
): { kind: 'clean'; member: CleanTeamMember } | Rejection {
  const name = readText(input.name)
  const nameKey = personNameKey(name)
  if (name === null || nameKey === null) {
    return reject(
      'team_member.missing_name',
      'the row has no member name — fix: fill the cell, or map the column holding it to "name"',
    )
  }
  const email = readText(input.email)
  const address = email === null ? undefined : normalizeEmailAddress(email)
  if (address !== undefined && !address.valid) {
    return reject(
      'team_member.bad_email',
      `email ${JSON.stringify(email)} is not an email address — fix: correct the cell or leave it blank`,
    )
  }
  const manager = readText(input.manager)
  return {
    kind: 'clean',
    member: {
      name,
      nameKey,
      email: address?.email ?? placeholderEmail(nameKey),
      emailGiven: address !== undefined,
      team: readText(input.team),
      manager,
      managerKey: personNameKey(manager),
      role: (readText(input.role) ?? 'sales').toLowerCase(),
    },
  }
}
