import type { Context } from 'hono'
import { HTTPException } from 'hono/http-exception'
import { AppError } from '../core/shared/index.ts'
import { errorStatus } from './error-status.ts'
import type { HttpEnv } from './http-env.ts'

/** Converts any thrown value into a response in the one wire shape; no stack ever reaches a client. */
export function toErrorResponse(error: unknown, c: Context<HttpEnv>): Response {
  const known = toAppError(error)
  if (known.code === 'internal') {
    c.var.log.error({ err: error }, 'request failed')
  }
  const status = errorStatus[known.code]
  return c.json(
    { error: { code: known.code, message: known.message, details: known.details } },
    status,
  )
}

function toAppError(error: unknown): AppError {
  if (error instanceof AppError) return error
  if (error instanceof HTTPException) {
    if (error.status === 413) {
      return new AppError(
        'request.too_large',
        'The request body is too large; send a smaller batch.',
      )
    }
    if (error.status === 400) {
      return new AppError(
        'request.invalid',
        `The request body is not valid JSON: ${error.message}.`,
      )
    }
    if (error.status === 415) {
      return new AppError(
        'request.invalid',
        'This route takes a JSON body; send it with "Content-Type: application/json".',
        { details: { field: 'content-type' } },
      )
    }
  }
  return new AppError(
    'internal',
    'Something went wrong on our side; the request id in X-Request-Id helps us find it.',
  )
}
