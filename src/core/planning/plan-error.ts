import { AppError, type ErrorDetails } from '../shared/index.ts'

/** The error every plan check throws: what is wrong, then how to fix it. */
export function planError(message: string, fix: string, details: ErrorDetails = {}): AppError {
  return new AppError('plan.invalid', `${message}; ${fix}.`, { details: { ...details, fix } })
}
