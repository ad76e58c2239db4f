import { AppError, type ErrorCode } from '../core/shared/index.ts'

type PgError = { code?: unknown; constraint?: unknown; detail?: unknown; message?: unknown }

// Unique indexes whose violation is a domain conflict rather than a bug.
const uniqueConflicts: Record<string, { code: ErrorCode; message: string }> = {
  person_email: {
    code: 'person.email_taken',
    message:
      'A person with this email already exists in this workspace; update that person instead.',
  },
  user_workspace_id_email_key: {
    code: 'user.email_taken',
    message: 'A user with this email already exists in this workspace.',
  },
  webhook_workspace_id_name_key: {
    code: 'webhook.name_taken',
    message: 'A webhook with this name already exists in this workspace; pick another name.',
  },
  experiment_workspace_id_name_key: {
    code: 'experiment.invalid',
    message:
      'An experiment with this name already exists in this workspace; give the new one its own name.',
  },
  account_domain: {
    code: 'account.domain_taken',
    message:
      'An account with this domain already exists in this workspace; update that account instead.',
  },
  segment_workspace_id_name_key: {
    code: 'segment.name_taken',
    message: 'A segment with this name already exists in this workspace; pick another name.',
  },
}

function isPgError(error: unknown): error is PgError {
  return typeof error === 'object' && error !== null && 'code' in error
}

/** Turns PostgreSQL constraint errors into AppErrors that name the field to fix; others pass through. */
export function toStoreError(error: unknown): unknown {
  if (!isPgError(error) || typeof error.code !== 'string') return error
  const constraint = typeof error.constraint === 'string' ? error.constraint : ''
  if (error.code === '23505') {
    const conflict = uniqueConflicts[constraint]
    if (conflict) return new AppError(conflict.code, conflict.message, { cause: error })
  }
  if (error.code === '23503') {
    // Composite keys are named <table>_workspace_id_<column>_fkey.
    const column = /_workspace_id_(\w+)_fkey$/.exec(constraint)?.[1] ?? constraint
    const field = column.replace(/_(\w)/g, (_match, letter: string) => letter.toUpperCase())
    return new AppError(
      'request.invalid',
      `${field} refers to a row that does not exist in this workspace.`,
      {
        details: { field },
        cause: error,
      },
    )
  }
  if (error.code === '23514' && constraint === 'person_email_suppressed') {
    return new AppError(
      'privacy.suppressed',
      'This address belongs to a person who asked to be erased; Baton will not record it again.',
      { details: { field: 'email' }, cause: error },
    )
  }
  if (
    error.code === '23514' ||
    error.code === '22P02' ||
    error.code === '22003' ||
    error.code === '22001'
  ) {
    return new AppError(
      'request.invalid',
      `The database refused a value: ${String(error.message)}.`,
      {
        details: { constraint },
        cause: error,
      },
    )
  }
  if (error.code === '08006' || error.code === '57P01' || error.code === 'ECONNREFUSED') {
    return new AppError(
      'store.unavailable',
      'The database is not answering; check that it is running.',
      { cause: error },
    )
  }
  return error
}

/** Runs a store operation, translating constraint errors on the way out. */
export async function translating<T>(work: () => Promise<T>): Promise<T> {
  try {
    return await work()
  } catch (error) {
    throw toStoreError(error)
  }
}
