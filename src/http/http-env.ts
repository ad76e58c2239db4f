import type { Logger } from 'pino'
import type { UseCaseContext } from '../app/context.ts'

/** What the middleware puts on every request's context for the routes. */
export type HttpEnv = {
  Variables: {
    requestId: string
    log: Logger
    /** Set by the API-key middleware on /v1 routes. */
    ctx: UseCaseContext
    /** The API key that authenticated the request (its id), on /v1 routes. */
    apiKeyId: string
  }
}
