import { OpenAPIHono, type Hook } from '@hono/zod-openapi'
import { bodyLimit } from 'hono/body-limit'
import { requestId } from 'hono/request-id'
import type { Logger } from 'pino'
import { authenticate } from '../app/access/api-keys.ts'
import type { Clock, Storage } from '../app/ports.ts'
import { withRealTimeScoring } from '../app/scoring/with-real-time-scoring.ts'
import { AppError } from '../core/shared/index.ts'
import { accountRoutes } from './account.routes.ts'
import { agreementRoutes } from './agreement.routes.ts'
import { dashboardRoutes } from './dashboard.routes.ts'
import { duplicateRoutes } from './duplicate.routes.ts'
import { toErrorResponse } from './error-body.ts'
import { healthRoutes } from './health.routes.ts'
import { importMappingRoutes } from './import-mapping.routes.ts'
import { handoffRoutes } from './handoff.routes.ts'
import { importRoutes } from './import.routes.ts'
import type { HttpEnv } from './http-env.ts'
import { leadRoutes } from './lead.routes.ts'
import { meRoutes } from './me.routes.ts'
import { personActivityRoutes } from './person-activity.routes.ts'
import { funnelRoutes } from './funnel.routes.ts'
import { analyticsRoutes } from './analytics.routes.ts'
import { reportRoutes } from './report.routes.ts'
import { scoringRoutes } from './scoring.routes.ts'
import { predictiveRoutes } from './predictive.routes.ts'
import { planRoutes } from './plan.routes.ts'
import { slaRoutes } from './sla.routes.ts'
import { opportunityRoutes } from './opportunity.routes.ts'
import { personRoutes } from './person.routes.ts'
import { stageEventRoutes } from './stage-event.routes.ts'
import { trackAdminRoutes } from './track-admin.routes.ts'
import { trackRoutes } from './track.routes.ts'
import type { TrackRateLimits } from './track-rate-limiter.ts'
import { userRoutes } from './user.routes.ts'
import { apiKeyRoutes } from './api-key.routes.ts'
import { isPublicPath } from './public-paths.ts'
import { idempotency } from './idempotency.middleware.ts'
import { queueRoutes } from './queue.routes.ts'
import { loopRoutes } from './loop.routes.ts'
import { webhookRoutes } from './webhook.routes.ts'
import { privacyRoutes } from './privacy.routes.ts'
import { apiRateLimit, type ApiRateLimit } from './api-rate-limit.middleware.ts'
import { rejectNul } from './reject-nul.middleware.ts'
import { ownerHistoryRoutes } from './owner-history.routes.ts'
import { segmentRoutes } from './segment.routes.ts'
import { workingTimeRoutes } from './working-time.routes.ts'

export type HttpDeps = {
  readonly storage: Storage
  readonly clock: Clock
  readonly logger: Logger
  readonly version: string
  /** The built dashboard (web/dist); without it only the API is served. */
  readonly webRoot?: string
  /** Limits for POST /v1/track; defaults in track-rate-limiter.ts. */
  readonly trackRateLimits?: TrackRateLimits
  /** Requests per API key on /v1; defaults in api-rate-limit.middleware.ts. */
  readonly apiRateLimit?: ApiRateLimit
}

/** Largest request body accepted on /v1, in bytes. */
export const maxBodyBytes = 4 * 1024 * 1024

// Validation failures become `request.invalid` naming each field and what is wrong with it.
// eslint-disable-next-line @typescript-eslint/no-explicit-any -- the hook serves every route's input type
const rejectInvalid: Hook<any, HttpEnv, any, any> = (result) => {
  if (result.success) return
  const issues = result.error.issues.map((issue) => ({
    field: [...issue.path, ...('keys' in issue ? issue.keys : [])].join('.') || '(whole)',
    message:
      issue.code === 'unrecognized_keys'
        ? 'unknown field; remove it (see /openapi.json)'
        : issue.message,
  }))
  const summary = issues.map((issue) => `${issue.field}: ${issue.message}`).join('; ')
  const part =
    { json: 'body', query: 'query string', param: 'path' }[result.target as string] ?? result.target
  throw new AppError('request.invalid', `The request ${part} is invalid: ${summary}.`, {
    details: { target: result.target, issues },
  })
}

/** Builds the HTTP API: /health, /openapi.json and the /v1 routes behind API-key authentication. */
export function createHttpApp(deps: HttpDeps): OpenAPIHono<HttpEnv> {
  const app = new OpenAPIHono<HttpEnv>({ defaultHook: rejectInvalid })
  app.use(requestId())
  app.use(async (c, next) => {
    const started = performance.now()
    c.set('log', deps.logger.child({ requestId: c.var.requestId }))
    await next()
    const ms = Math.round(performance.now() - started)
    c.var.log.info({ method: c.req.method, path: c.req.path, status: c.res.status, ms }, 'request')
  })
  app.onError((error, c) => toErrorResponse(error, c))
  app.notFound((c) =>
    toErrorResponse(
      new AppError(
        'request.not_found',
        `No route ${c.req.method} ${c.req.path}; the routes are listed at /openapi.json.`,
      ),
      c,
    ),
  )
  app.use(
    '/v1/*',
    bodyLimit({
      maxSize: maxBodyBytes,
      onError: () => {
        throw new AppError(
          'request.too_large',
          `The request body is over ${maxBodyBytes} bytes; send a smaller batch.`,
        )
      },
    }),
  )
  app.use('/v1/*', rejectNul())
  // Page views carry a public site key, not an API key: these routes answer before authentication.
  trackRoutes(app, deps)
  app.use('/v1/*', async (c, next) => {
    if (isPublicPath(c.req.path)) return next()
    const header = c.req.header('authorization')
    const presented = /^Bearer\s+(\S+)$/i.exec(header ?? '')?.[1]
    if (presented === undefined) {
      throw new AppError(
        'auth.missing_key',
        'Send an API key as "Authorization: Bearer <key>"; `baton api-key create` makes one.',
      )
    }
    const caller = await authenticate(deps.storage.apiKeys, deps.clock, presented)
    const store = deps.storage.forWorkspace(caller.workspaceId)
    const ctx = {
      store,
      clock: deps.clock,
      actor: `api-key:${caller.keyId}`,
      role: caller.role,
      ...(caller.userId === null ? {} : { userId: caller.userId }),
    }
    c.set('ctx', withRealTimeScoring(ctx))
    c.set('apiKeyId', caller.keyId)
    await next()
  })
  app.use('/v1/*', apiRateLimit({ clock: deps.clock, limit: deps.apiRateLimit }))
  app.use('/v1/*', idempotency())
  app.openAPIRegistry.registerComponent('securitySchemes', 'apiKey', {
    type: 'http',
    scheme: 'bearer',
  })
  healthRoutes(app, deps.storage)
  personRoutes(app)
  accountRoutes(app)
  opportunityRoutes(app)
  stageEventRoutes(app)
  leadRoutes(app)
  duplicateRoutes(app)
  importRoutes(app)
  reportRoutes(app)
  funnelRoutes(app)
  analyticsRoutes(app)
  agreementRoutes(app)
  userRoutes(app)
  scoringRoutes(app)
  meRoutes(app)
  personActivityRoutes(app)
  importMappingRoutes(app)
  trackAdminRoutes(app)
  predictiveRoutes(app)
  apiKeyRoutes(app)
  planRoutes(app)
  handoffRoutes(app)
  slaRoutes(app)
  queueRoutes(app)
  loopRoutes(app)
  webhookRoutes(app)
  privacyRoutes(app)
  ownerHistoryRoutes(app)
  segmentRoutes(app)
  workingTimeRoutes(app)
  app.doc31('/openapi.json', {
    openapi: '3.1.0',
    info: {
      title: 'Baton API',
      version: deps.version,
      description: 'One funnel, one agreement, one set of numbers.',
    },
    security: [{ apiKey: [] }],
  })
  if (deps.webRoot !== undefined) dashboardRoutes(app, deps.webRoot)
  return app
}
