import { expect, it } from 'vitest'
import { grantOf, roles, type Action, type Role } from '../core/access/index.ts'
import { describeEachBackend } from '../../test/database.ts'
import { httpClient, type Reply } from '../../test/http-client.ts'

// Every route of /openapi.json and the one action it takes; `everyone` routes answer any key.
// A route missing here fails the first test, so a new route cannot ship unclassified.
const routeActions: Readonly<Record<string, Action | 'everyone' | 'public'>> = {
  'GET /health': 'public',
  'GET /v1/me': 'everyone',
  'POST /v1/people': 'people.write',
  'GET /v1/people': 'people.read',
  'GET /v1/people/{id}': 'people.read',
  'PATCH /v1/people/{id}': 'people.write',
  'POST /v1/people/{id}/stage': 'stages.change',
  'GET /v1/people/{id}/stage-events': 'people.read',
  'POST /v1/accounts': 'accounts.write',
  'GET /v1/accounts': 'accounts.read',
  'GET /v1/accounts/{id}': 'accounts.read',
  'PATCH /v1/accounts/{id}': 'accounts.write',
  'POST /v1/accounts/{id}/stage': 'stages.change',
  'GET /v1/accounts/{id}/stage-events': 'accounts.read',
  'POST /v1/opportunities': 'opportunities.write',
  'GET /v1/opportunities': 'opportunities.read',
  'GET /v1/opportunities/{id}': 'opportunities.read',
  'PATCH /v1/opportunities/{id}': 'opportunities.write',
  'POST /v1/opportunities/{id}/stage': 'stages.change',
  'GET /v1/opportunities/{id}/stage-events': 'opportunities.read',
  'GET /v1/stage-events': 'people.read',
  'POST /v1/leads': 'leads.capture',
  'GET /v1/duplicates': 'duplicates.read',
  'POST /v1/duplicates/merge': 'duplicates.merge',
  'POST /v1/duplicates/{id}/dismiss': 'duplicates.merge',
  'POST /v1/people/{id}/unmerge': 'duplicates.merge',
  'POST /v1/accounts/batch': 'imports.run',
  'POST /v1/events': 'events.record',
  'POST /v1/spend': 'imports.run',
  'POST /v1/products/batch': 'imports.run',
  'POST /v1/team-members/batch': 'imports.run',
  'POST /v1/opportunities/batch': 'imports.run',
  'POST /v1/import-runs': 'imports.run',
  'GET /v1/reports/quality': 'reports.read',
  'GET /v1/reports/funnel': 'reports.read',
  'GET /v1/reports/velocity': 'reports.read',
  'GET /v1/reports/pipeline': 'reports.read',
  'GET /v1/reports/cost': 'reports.read',
  'GET /v1/reports/dispositions': 'reports.read',
  'GET /v1/reports/customers': 'reports.read',
  'GET /v1/reports/attribution': 'reports.read',
  'GET /v1/reports/leaks': 'reports.read',
  'PUT /v1/market-sizes/{period}': 'plans.manage',
  'GET /v1/market-sizes': 'reports.read',
  'POST /v1/agreements': 'agreement.draft',
  'GET /v1/agreements': 'agreement.read',
  'POST /v1/agreements/validate': 'agreement.read',
  'GET /v1/agreements/in-force': 'agreement.read',
  'GET /v1/agreements/in-force/document': 'agreement.read',
  'GET /v1/agreements/{version}': 'agreement.read',
  'PUT /v1/agreements/{version}': 'agreement.draft',
  'POST /v1/agreements/{version}/signatures': 'agreement.sign',
  'GET /v1/agreements/{version}/document': 'agreement.read',
  'GET /v1/agreements/{version}/diff/{other}': 'agreement.read',
  'POST /v1/users': 'users.manage',
  'GET /v1/users': 'users.read',
  'POST /v1/users/disable': 'users.manage',
  'GET /v1/score-models': 'score_models.read',
  'POST /v1/score-models': 'score_models.manage',
  'GET /v1/score-models/{version}': 'score_models.read',
  'POST /v1/score-models/{version}/publish': 'score_models.manage',
  'GET /v1/people/{id}/score': 'scores.read',
  'POST /v1/scores/rebuild': 'score_models.manage',
  'GET /v1/people/{id}/activities': 'people.read',
  // The presets' descriptions hold no data.
  'GET /v1/import-mappings': 'everyone',
  'POST /v1/import-mappings/map': 'imports.run',
  'GET /v1/track/site': 'tracking.manage',
  'POST /v1/track/origins': 'tracking.manage',
  'POST /v1/track/origins/remove': 'tracking.manage',
  'GET /v1/track/ip-ranges': 'accounts.read',
  'POST /v1/accounts/{id}/ip-ranges': 'tracking.manage',
  'POST /v1/track/ip-ranges/remove': 'tracking.manage',
  'GET /v1/people/{id}/timeline': 'people.read',
  'GET /v1/predictive-models': 'score_models.read',
  'POST /v1/predictive-models': 'predictive.manage',
  'POST /v1/predictive-models/train': 'predictive.manage',
  'GET /v1/predictive-models/{version}': 'score_models.read',
  'POST /v1/predictive-models/{version}/promote': 'predictive.manage',
  'POST /v1/predictive-models/rollback': 'predictive.manage',
  'GET /v1/lookalikes': 'accounts.read',
  'POST /v1/api-keys': 'api_keys.manage',
  'GET /v1/api-keys': 'api_keys.manage',
  'DELETE /v1/api-keys/{id}': 'api_keys.manage',
  'GET /v1/plans/rates': 'plans.read',
  'POST /v1/plans': 'plans.manage',
  'GET /v1/plans': 'plans.read',
  'GET /v1/plans/{id}': 'plans.read',
  'GET /v1/plans/{id}/actual': 'plans.read',
  'POST /v1/plans/{id}/what-if': 'plans.read',
  'POST /v1/experiments': 'routing.manage',
  'GET /v1/experiments/{id}/report': 'reports.read',
  'POST /v1/people/{id}/assign': 'leads.assign',
  'GET /v1/handoff/held': 'people.read',
  'POST /v1/people/{id}/accept': 'leads.accept_reject',
  'POST /v1/people/{id}/reject': 'leads.accept_reject',
  'POST /v1/people/{id}/disposition': 'leads.accept_reject',
  'GET /v1/queue': 'people.read',
  'POST /v1/people/{id}/meetings': 'people.write',
  'POST /v1/people/{id}/referrals': 'leads.capture',
  'GET /v1/reviews': 'people.read',
  'POST /v1/reviews/{id}/resolve': 'reviews.resolve',
  'GET /v1/nurture': 'people.read',
  'POST /v1/webhooks': 'outbox.manage',
  'GET /v1/webhooks': 'outbox.manage',
  'DELETE /v1/webhooks/{name}': 'outbox.manage',
  'GET /v1/privacy/export': 'privacy.manage',
  'GET /v1/people/{id}/owners': 'people.read',
  'POST /v1/users/working-time': 'users.manage',
  'POST /v1/privacy/erase': 'privacy.manage',
  'GET /v1/people/{id}/clocks': 'people.read',
  'GET /v1/outbox': 'outbox.manage',
  'GET /v1/reports/sla': 'reports.read',
  'GET /v1/reports/segments': 'reports.read',
  'GET /v1/reports/activity': 'reports.read',
  'GET /v1/reports/digest': 'reports.read',
  'POST /v1/segments': 'segments.manage',
  'GET /v1/segments': 'reports.read',
  'GET /v1/segments/{id}': 'reports.read',
  'GET /v1/segments/{id}/members': 'people.read',
}

type Operation = { parameters?: { in: string; name: string; schema?: { type?: string } }[] }
type Doc = { paths: Record<string, Record<string, Operation>> }

const unknownId = '0b6c3f7e-2f1a-4c4e-9d6a-1f2e3d4c5b6a'

// A path parameter that names nothing: a number for integer parameters, else an unknown id.
function concrete(template: string, operation: Operation): string {
  return template.replace(/\{([^}]+)\}/g, (_, name: string) => {
    const parameter = operation.parameters?.find((p) => p.in === 'path' && p.name === name)
    if (parameter?.schema?.type === 'integer') return '987654'
    return name === 'period' ? '2024-Q1' : unknownId
  })
}

const isValidation = (reply: Reply) =>
  reply.status === 400 && reply.body?.error?.code === 'request.invalid'

describeEachBackend('the permission table on every route', (db) => {
  async function keysByRole() {
    const { apiKey } = await db().workspace()
    const admin = httpClient(db().storage, apiKey)
    const clients = new Map<Role, ReturnType<typeof httpClient>>([['admin', admin]])
    for (const role of roles.filter((r) => r !== 'admin')) {
      const email = `${role}@example.com`
      expect((await admin.post('/v1/users', { email, name: role, role })).status).toBe(201)
      const issued = await admin.post('/v1/api-keys', { name: role, role, userEmail: email })
      expect(issued.status).toBe(201)
      clients.set(role, httpClient(db().storage, String(issued.body.key)))
    }
    return { admin, clients }
  }

  it('classifies every route of /openapi.json, and only those', async () => {
    const doc = (await httpClient(db().storage).get('/openapi.json')).body as Doc
    const listed = Object.entries(doc.paths).flatMap(([path, ops]) =>
      Object.keys(ops).map((method) => `${method.toUpperCase()} ${path}`),
    )
    expect(listed.filter((route) => !(route in routeActions))).toEqual([])
    expect(Object.keys(routeActions).filter((route) => !listed.includes(route))).toEqual([])
  })

  it('lets each role take exactly the actions the table grants it, on every route', async () => {
    const { admin, clients } = await keysByRole()
    const doc = (await admin.get('/openapi.json')).body as Doc
    const wrong: string[] = []
    let denied = 0
    for (const [template, operations] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(operations)) {
        const route = `${method.toUpperCase()} ${template}`
        const action = routeActions[route]
        if (action === undefined || action === 'public') continue
        const path = concrete(template, operation)
        const body = method === 'get' || method === 'delete' ? undefined : {}
        const ask = (role: Role) => clients.get(role)?.send(method.toUpperCase(), path, body)
        const grant = (role: Role) => (action === 'everyone' ? 'any' : grantOf(role, action))
        // What a role with full rights gets for the same request: a validation error there means a
        // denied role may see the same 400 (input is checked first), but never anything else.
        const full = roles.find((r) => grant(r) === 'any') ?? roles.find((r) => grant(r) === 'own')
        const baseline = full === undefined ? undefined : await ask(full)
        for (const role of roles) {
          const reply = await ask(role)
          if (reply === undefined) throw new Error(`no key for ${role}`)
          // `own` grants depend on the row's owner; the unknown ids here own nothing.
          if (grant(role) === 'own') continue
          if (grant(role) === 'any') {
            if (reply.status === 403)
              wrong.push(`${role} ${route}: 403 though the table grants ${action}`)
            continue
          }
          denied += 1
          const forbidden = reply.status === 403 && reply.body?.error?.code === 'auth.forbidden'
          const sameValidation =
            baseline !== undefined && isValidation(baseline) && isValidation(reply)
          if (!forbidden && !sameValidation)
            wrong.push(
              `${role} ${route}: ${reply.status} ${reply.body?.error?.code ?? ''} where ${action} is denied`,
            )
        }
      }
    }
    expect(wrong).toEqual([])
    expect(denied).toBeGreaterThan(100)
  })
})
