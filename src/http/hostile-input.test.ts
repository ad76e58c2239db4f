import { randomUUID } from 'node:crypto'
import pino from 'pino'
import { expect, it } from 'vitest'
import { describeEachBackend } from '../../test/database.ts'
import { fixedClock } from '../../test/fixed-clock.ts'
import {
  malformedBodies,
  nastyStrings,
  randomJson,
  seededRandom,
  type SeededRandom,
} from '../../test/seeded-random.ts'
import { createHttpApp } from './create-http-app.ts'

type Schema = {
  $ref?: string
  type?: string | string[]
  enum?: unknown[]
  format?: string
  properties?: Record<string, Schema>
  required?: string[]
  items?: Schema
  anyOf?: Schema[]
  oneOf?: Schema[]
  allOf?: Schema[]
}
type Parameter = { name: string; in: string; schema?: Schema }
type Operation = {
  parameters?: Parameter[]
  requestBody?: { content?: Record<string, { schema?: Schema }> }
}
type OpenApi = {
  paths: Record<string, Record<string, Operation>>
  components?: { schemas?: Record<string, Schema> }
}

// Another seed explores other cases: BATON_FUZZ_SEED=7 npx vitest run src/http/hostile-input.test.ts
const seed = Number(process.env['BATON_FUZZ_SEED'] ?? 20261203)
const casesPerRoute = 12

// A value the schema names, often right and often wrong: wrong types, bounds and shapes on purpose.
function valueFor(
  doc: OpenApi,
  random: SeededRandom,
  schema: Schema | undefined,
  depth = 0,
): unknown {
  if (schema === undefined || depth > 4 || random.chance(0.2)) return randomJson(random, 2)
  if (schema.$ref !== undefined) {
    const name = schema.$ref.split('/').at(-1) ?? ''
    return valueFor(doc, random, doc.components?.schemas?.[name], depth + 1)
  }
  const options = schema.anyOf ?? schema.oneOf ?? schema.allOf
  if (options !== undefined && options.length > 0)
    return valueFor(doc, random, random.pick(options), depth + 1)
  if (schema.enum !== undefined && schema.enum.length > 0 && random.chance(0.7))
    return random.pick(schema.enum)
  const type = Array.isArray(schema.type) ? random.pick(schema.type) : schema.type
  switch (type) {
    case 'string':
      if (schema.format === 'date-time' && random.chance(0.5))
        return new Date(Date.UTC(2024, random.int(0, 11), random.int(1, 28))).toISOString()
      if (schema.format === 'uuid' && random.chance(0.5)) return randomUUID()
      return random.pick([...nastyStrings, 'webinar', 'mql', 'acme.com'])
    case 'integer':
    case 'number':
      return random.pick([0, 1, -1, 7, 1001, 2 ** 40, 0.5])
    case 'boolean':
      return random.chance(0.5)
    case 'array':
      return Array.from({ length: random.int(0, 3) }, () =>
        valueFor(doc, random, schema.items, depth + 1),
      )
    case 'object': {
      const entries = Object.entries(schema.properties ?? {}).filter(
        ([name]) => (schema.required ?? []).includes(name) || random.chance(0.6),
      )
      return Object.fromEntries(
        entries.map(([name, property]) => [name, valueFor(doc, random, property, depth + 1)]),
      )
    }
    default:
      return randomJson(random, 2)
  }
}

// A lone surrogate cannot be percent-encoded at all; a client could never send it in a path.
const pathSafe = nastyStrings.filter((text) => text !== '' && !/[\uD800-\uDFFF]/.test(text))

function pathFor(random: SeededRandom, template: string): string {
  return template.replace(/\{[^}]+\}/g, () =>
    encodeURIComponent(random.chance(0.4) ? randomUUID() : random.pick(pathSafe)),
  )
}

function queryFor(doc: OpenApi, random: SeededRandom, operation: Operation): string {
  const params = new URLSearchParams()
  for (const parameter of operation.parameters ?? []) {
    if (parameter.in !== 'query' || random.chance(0.3)) continue
    params.set(parameter.name, String(valueFor(doc, random, parameter.schema)))
  }
  if (random.chance(0.2))
    params.set(random.pick(['zzz', 'limit', 'cursor']), random.pick(nastyStrings))
  const text = params.toString()
  return text === '' ? '' : `?${text}`
}

function bodyFor(doc: OpenApi, random: SeededRandom, operation: Operation) {
  const schema = operation.requestBody?.content?.['application/json']?.schema
  const roll = random.next()
  if (roll < 0.3) return { text: random.pick(malformedBodies), type: 'application/json' }
  if (roll < 0.4) return { text: JSON.stringify(randomJson(random)), type: 'text/plain' }
  if (roll < 0.55) return { text: JSON.stringify(randomJson(random)), type: 'application/json' }
  return { text: JSON.stringify(valueFor(doc, random, schema)), type: 'application/json' }
}

const isErrorShape = (body: unknown) => {
  const error = (body as { error?: Record<string, unknown> } | null)?.error
  return (
    typeof error?.['code'] === 'string' &&
    typeof error['message'] === 'string' &&
    typeof error['details'] === 'object' &&
    error['details'] !== null
  )
}

describeEachBackend('hostile input on every route of the OpenAPI document', (db) => {
  it(`answers random and malformed requests with a 4xx in the error shape, never a 5xx (seed ${String(seed)})`, async () => {
    const { apiKey } = await db().workspace()
    const app = createHttpApp({
      storage: db().storage,
      clock: fixedClock(),
      logger: pino({ level: 'silent' }),
      version: 'test',
      apiRateLimit: { capacity: 1, perMinute: 0 },
    })
    const doc = (await (await app.request('/openapi.json')).json()) as OpenApi
    const random = seededRandom(seed)
    const failures: string[] = []
    let sent = 0
    const started = performance.now()
    for (const [template, methods] of Object.entries(doc.paths)) {
      for (const [method, operation] of Object.entries(methods)) {
        const hasBody = operation.requestBody !== undefined || method !== 'get'
        for (let i = 0; i < casesPerRoute; i += 1) {
          const path = pathFor(random, template) + queryFor(doc, random, operation)
          const body = hasBody ? bodyFor(doc, random, operation) : undefined
          const response = await app.request(path, {
            method: method.toUpperCase(),
            headers: {
              authorization: random.pick([
                ...Array<string>(8).fill(`Bearer ${apiKey}`),
                'Bearer bk_aaaaaaaaaaaa_not-a-real-secret',
                `Basic ${apiKey}`,
              ]),
              ...(body === undefined ? {} : { 'content-type': body.type }),
            },
            ...(body === undefined ? {} : { body: body.text }),
          })
          sent += 1
          const text = await response.text()
          const parsed = (() => {
            try {
              return JSON.parse(text) as unknown
            } catch {
              return undefined
            }
          })()
          const what = `${method.toUpperCase()} ${path} ${body?.type ?? ''} ${body?.text.slice(0, 200) ?? ''}`
          if (response.status >= 500)
            failures.push(`${String(response.status)} ${what}: ${text.slice(0, 300)}`)
          else if (response.status >= 400 && !isErrorShape(parsed))
            failures.push(
              `${String(response.status)} without the error shape: ${what}: ${text.slice(0, 200)}`,
            )
        }
      }
    }
    expect(sent).toBeGreaterThan(100)
    expect(failures, `seed ${String(seed)}`).toEqual([])
    expect(performance.now() - started).toBeLessThan(60_000)
  }, 120_000)

  it.each([
    ['a body sent as text/plain', 'POST', '/v1/people', 'text/plain', '{"email":"a@b.com"}'],
    [
      'a NUL in a JSON string',
      'POST',
      '/v1/api-keys',
      'application/json',
      '{"name":"a\\u0000b","role":"sdr"}',
    ],
    ['a NUL in the query', 'GET', '/v1/people?cursor=%00', undefined, undefined],
    [
      'a version past any integer column',
      'POST',
      '/v1/scores/rebuild',
      'application/json',
      '{"model":1099511627776}',
    ],
  ])('answers %s with 400 request.invalid', async (_case, method, path, type, body) => {
    const { apiKey } = await db().workspace()
    const app = createHttpApp({
      storage: db().storage,
      clock: fixedClock(),
      logger: pino({ level: 'silent' }),
      version: 'test',
    })
    const response = await app.request(path, {
      method,
      headers: {
        authorization: `Bearer ${apiKey}`,
        ...(type === undefined ? {} : { 'content-type': type }),
      },
      ...(body === undefined ? {} : { body }),
    })
    expect(response.status).toBe(400)
    expect(await response.json()).toMatchObject({ error: { code: 'request.invalid' } })
  })

  it('still takes a JSON string that spells a backslash before u0000', async () => {
    const { apiKey } = await db().workspace()
    const app = createHttpApp({
      storage: db().storage,
      clock: fixedClock(),
      logger: pino({ level: 'silent' }),
      version: 'test',
    })
    const response = await app.request('/v1/api-keys', {
      method: 'POST',
      headers: { authorization: `Bearer ${apiKey}`, 'content-type': 'application/json' },
      body: '{"name":"C:\\\\u0000 folder","role":"sdr"}',
    })
    expect(response.status).toBe(201)
    expect(((await response.json()) as { name: string }).name).toBe('C:\\u0000 folder')
  })
})
