import { createHash } from 'node:crypto'
import type { MiddlewareHandler } from 'hono'
import { runIdempotent } from '../app/access/run-idempotent.ts'
import type { HttpEnv } from './http-env.ts'
import { isPublicPath } from './public-paths.ts'

const writeMethods = new Set(['POST', 'PUT', 'PATCH', 'DELETE'])

/** How long a duplicate of a request still running waits for its answer before a 409. */
export const idempotencyWaitMs = 10_000

const sleep = (ms: number) => new Promise<void>((resolve) => setTimeout(resolve, ms))

/**
 * Makes every write under /v1/ safe to retry with an `Idempotency-Key` header: the key is scoped to
 * the caller's workspace, the method and the path; a retry of the same request gets the first
 * response (status and body, with `Idempotent-Replayed: true`) and writes nothing; the same key with
 * another body is refused with `request.idempotency_conflict`. Routes get it without code of their own.
 */
export function idempotency(): MiddlewareHandler<HttpEnv> {
  return async (c, next) => {
    const key = c.req.header('idempotency-key')
    // Public endpoints have no workspace context; they keep their own de-duplication.
    if (key === undefined || !writeMethods.has(c.req.method) || isPublicPath(c.req.path)) {
      return next()
    }
    const body = await c.req.text()
    const requestHash = createHash('sha256')
      .update(`${c.req.header('content-type') ?? ''}\n${c.req.url.split('?')[1] ?? ''}\n${body}`)
      .digest('hex')
    const scope = { key, method: c.req.method, path: c.req.path }
    const run = { scope, requestHash, waitMs: idempotencyWaitMs, sleep }
    const reply = await runIdempotent(c.var.ctx, run, async () => {
      await next()
      const text = await c.res.clone().text()
      return { status: c.res.status, body: text === '' ? null : (JSON.parse(text) as unknown) }
    })
    if (!reply.replayed) return
    c.res =
      reply.body === null
        ? new Response(null, { status: reply.status })
        : Response.json(reply.body, { status: reply.status })
    c.header('Idempotent-Replayed', 'true')
  }
}
