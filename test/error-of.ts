import { isAppError, type AppError } from '../src/core/shared/index.ts'

/** The value a call throws; fails the test when it does not throw. */
export function errorOf(work: () => unknown): unknown {
  try {
    work()
  } catch (error) {
    return error
  }
  throw new Error('expected the call to throw')
}

/** The AppError code a promise rejects with, or 'no error'; rethrows anything that is not an AppError. */
export async function codeOf(work: Promise<unknown>): Promise<string> {
  try {
    await work
  } catch (error) {
    if (isAppError(error)) return error.code
    throw error
  }
  return 'no error'
}

/** The AppError a promise rejects with; fails the test when it resolves or rejects with anything else. */
export async function rejectionOf(work: Promise<unknown>): Promise<AppError> {
  try {
    await work
  } catch (error) {
    if (isAppError(error)) return error
    throw error
  }
  throw new Error('expected the promise to reject')
}
