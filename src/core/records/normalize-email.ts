import { AppError } from '../shared/index.ts'

// Deliberately loose: one @, a dot in the domain, no spaces. Deliverability checks belong to hygiene.
const emailShape = /^[^\s@]+@[^\s@]+\.[^\s@]+$/

/** Normalizes an email for identity (trimmed, lower case), or throws `request.invalid` when it is not one. */
export function normalizeEmail(email: string): string {
  const normalized = email.trim().toLowerCase()
  if (!emailShape.test(normalized) || normalized.length > 320) {
    throw new AppError(
      'request.invalid',
      `"${email}" is not an email address; expected name@company.com.`,
      {
        details: { field: 'email', value: email },
      },
    )
  }
  return normalized
}
