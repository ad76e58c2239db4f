import type { MiddlewareHandler } from 'hono'
import { AppError } from '../core/shared/index.ts'
import type { HttpEnv } from './http-env.ts'

// A JSON \u0000 escape not itself escaped (an even run of backslashes before it), or a raw NUL.
const nulInJson = /(?:^|[^\\])(?:\\\\)*\\u0000|\0/i
const nulInUrl = /%00/i

/**
 * Refuses a /v1 request whose query or JSON body holds the NUL character: no Baton field can hold
 * it (PostgreSQL text cannot), so it is a `request.invalid` here rather than a failed write later.
 */
export function rejectNul(): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    if (nulInUrl.test(c.req.url)) {
      throw new AppError(
        'request.invalid',
        'The query string holds a NUL character (%00); no field can hold it, so remove it.',
        { details: { target: 'query' } },
      )
    }
    const type = c.req.header('content-type') ?? ''
    if (c.req.method !== 'GET' && /json/i.test(type) && nulInJson.test(await c.req.text())) {
      throw new AppError(
        'request.invalid',
        'The request body holds a NUL character (\\u0000); no field can hold it, so remove it.',
        { details: { target: 'body' } },
      )
    }
    return next()
  }
}
