import { AppError } from './app-error.ts'

declare const brand: unique symbol
/** A UUID that names one kind of row; the brand stops a person id being passed as an account id. */
export type Id<Kind extends string> = string & { readonly [brand]: Kind }

export type WorkspaceId = Id<'workspace'>
export type PersonId = Id<'person'>
export type AccountId = Id<'account'>
export type OpportunityId = Id<'opportunity'>
export type UserId = Id<'user'>

const uuidPattern = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i

/** True when the text is a UUID in canonical 8-4-4-4-12 form. */
export function isUuid(value: string): boolean {
  return uuidPattern.test(value)
}

/** Converts text to a typed id, or throws `request.invalid` naming the field. */
export function toId<Kind extends string>(value: string, field: string): Id<Kind> {
  if (!isUuid(value)) {
    throw new AppError(
      'request.invalid',
      `${field} must be a UUID such as 0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a`,
      {
        details: { field, value },
      },
    )
  }
  return value.toLowerCase() as Id<Kind>
}
