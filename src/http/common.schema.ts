import { z } from '@hono/zod-openapi'
import { defaultPageLimit, maxPageLimit, type Id } from '../core/shared/index.ts'

export const ErrorBody = z
  .object({
    error: z.object({
      code: z.string().openapi({ example: 'person.not_found' }),
      message: z.string(),
      details: z.record(z.string(), z.unknown()),
    }),
  })
  .openapi('Error')

/**
 * Response entries for the error codes a route can return, all in the one wire shape. A route that
 * takes an API key (401) is also rate limited per key (429, with Retry-After).
 */
export function errorResponses(
  ...statuses: readonly (400 | 401 | 403 | 404 | 409 | 413 | 422 | 503)[]
) {
  const descriptions = {
    400: 'The request is malformed or a field is invalid',
    401: 'No valid API key',
    403: 'Refused: not allowed for this caller or signer',
    404: 'Not found in this workspace',
    409: 'Conflicts with what is stored',
    413: 'The body is too large',
    422: 'Not allowed by the funnel rules',
    429: 'Too many requests for this API key; retry after Retry-After seconds',
    503: 'The database is unavailable',
  } as const
  const listed = statuses.includes(401) ? [...statuses, 429 as const] : statuses
  return Object.fromEntries(
    listed.map((status) => [
      status,
      { description: descriptions[status], content: { 'application/json': { schema: ErrorBody } } },
    ]),
  )
}

export const IdParam = z.object({
  id: z.uuid({ error: 'id must be a UUID' }).openapi({ param: { name: 'id', in: 'path' } }),
})

export const PageQuery = z.strictObject({
  limit: z.coerce
    .number()
    .int()
    .min(1)
    .max(maxPageLimit)
    .default(defaultPageLimit)
    .openapi({ description: `Rows per page, 1..${maxPageLimit}` }),
  cursor: z
    .string()
    .max(200)
    .optional()
    .openapi({ description: 'nextCursor of the previous page' }),
})

/** Optional text fields: trimmed, empty becomes null, bounded. */
export const text = (max = 200) =>
  z
    .string()
    .max(max)
    .transform((value) => (value.trim() === '' ? null : value.trim()))
    .nullable()
    .optional()

export const timestamp = z.iso
  .datetime({ offset: true })
  .openapi({ example: '2026-11-23T15:00:00Z' })

/** A page of items as sent on the wire. */
export function pageOf<T extends z.ZodType>(item: T, name: string) {
  return z.object({ items: z.array(item), nextCursor: z.string().optional() }).openapi(name)
}

/** A UUID field that arrives as the typed id of one kind of row. */
export const idOf = <Kind extends string>() =>
  z.uuid().transform((value) => value.toLowerCase() as Id<Kind>)

/** A JSON response entry for a route definition. */
export const jsonResponse = <T extends z.ZodType>(schema: T, description: string) => ({
  description,
  content: { 'application/json': { schema } },
})

/** A required JSON request body for a route definition. */
export const jsonBody = <T extends z.ZodType>(schema: T) => ({
  required: true,
  content: { 'application/json': { schema } },
})
