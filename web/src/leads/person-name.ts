import type { Person } from '../api/api-types.ts'

/** How a person is named on screen: their name, else their email, else "Lead" and a short id. */
export function personName(
  person: Pick<Person, 'id' | 'firstName' | 'lastName' | 'email'>,
): string {
  const name = [person.firstName, person.lastName].filter(Boolean).join(' ')
  if (name !== '') return name
  return person.email ?? `Lead ${person.id.slice(0, 8)}`
}
