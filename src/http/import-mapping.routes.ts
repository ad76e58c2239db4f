import { createRoute, z, type OpenAPIHono } from '@hono/zod-openapi'
import { compileMapping } from '../app/intake/mapping/apply-mapping.ts'
import type { Mapping } from '../app/intake/mapping/mapping.schema.ts'
import { parseMapping } from '../app/intake/mapping/parse-mapping.ts'
import { loadMapping, presetMappingNames } from '../app/intake/mapping/preset-mappings.ts'
import { AppError } from '../core/shared/index.ts'
import { errorResponses, jsonBody, jsonResponse } from './common.schema.ts'
import type { HttpEnv } from './http-env.ts'
import { maxRowsPerRequest } from './import.routes.ts'
import { importTargets, toImportRowBody } from './import-targets.ts'

const tags = ['Imports']

const Target = z.object({ path: z.string(), key: z.string() })

const PresetBody = z
  .object({
    name: z.string(),
    entity: z.string(),
    description: z.string().nullable(),
    delimiter: z.string().nullable(),
    skipRows: z.number().int(),
    columns: z.array(z.string()).openapi({ description: 'The file columns the mapping reads' }),
    target: Target.openapi({ description: 'Where the mapped rows go, and the body array name' }),
  })
  .openapi('ImportMappingPreset')

const MapRequest = z
  .strictObject({
    preset: z.enum(presetMappingNames).optional(),
    mapping: z
      .string()
      .max(100_000)
      .optional()
      .openapi({ description: 'Your own mapping as JSON text (presets/mappings/README.md)' }),
    header: z.array(z.string().max(500)).min(1).max(500),
    rows: z.array(z.array(z.string().max(100_000)).max(500)).max(maxRowsPerRequest),
    firstRowNumber: z.number().int().min(1).default(1),
  })
  .openapi('ImportMapRequest')

const MapBody = z
  .object({
    mapping: z.string(),
    entity: z.string(),
    target: Target,
    rows: z.array(
      z.object({
        rowNumber: z.number().int(),
        body: z.record(z.string(), z.unknown()).optional(),
        reason: z.string().optional(),
        message: z.string().optional(),
      }),
    ),
  })
  .openapi('ImportMapResult')

const routes = {
  presets: createRoute({
    method: 'get',
    path: '/v1/import-mappings',
    tags,
    summary: 'The mapping presets: which file each reads, its columns and where its rows go',
    responses: {
      200: jsonResponse(z.object({ items: z.array(PresetBody) }), 'The presets'),
      ...errorResponses(401),
    },
  }),
  map: createRoute({
    method: 'post',
    path: '/v1/import-mappings/map',
    tags,
    summary: `Map up to ${maxRowsPerRequest} file rows to rows of their import endpoint (a preview writes nothing)`,
    request: { body: jsonBody(MapRequest) },
    responses: {
      200: jsonResponse(MapBody, 'Each row as its endpoint takes it, or why it cannot be read'),
      ...errorResponses(400, 401, 413),
    },
  }),
}

const columnsOf = (mapping: Mapping) => [
  ...Object.values(mapping.fields).flatMap((source) =>
    source.kind === 'column' ? [source.column] : [],
  ),
  ...(mapping.properties ?? []),
]

async function chosenMapping(request: z.output<typeof MapRequest>): Promise<Mapping> {
  if ((request.preset === undefined) === (request.mapping === undefined)) {
    throw new AppError(
      'request.invalid',
      `Name exactly one of "preset" (${presetMappingNames.join(', ')}) or "mapping" (your mapping as JSON text).`,
      { details: { field: 'preset' } },
    )
  }
  return request.preset === undefined
    ? parseMapping(request.mapping ?? '', 'mapping')
    : loadMapping(request.preset)
}

/** The mapping presets, and mapping file rows to import rows, so a browser can import a CSV file. */
export function importMappingRoutes(app: OpenAPIHono<HttpEnv>): void {
  app.openapi(routes.presets, async (c) => {
    const items = await Promise.all(
      presetMappingNames.map(async (name) => {
        const mapping = await loadMapping(name)
        return {
          name,
          entity: mapping.entity,
          description: mapping.description ?? null,
          delimiter: mapping.delimiter ?? null,
          skipRows: mapping.skipRows ?? 0,
          columns: columnsOf(mapping),
          target: importTargets[mapping.entity],
        }
      }),
    )
    return c.json({ items }, 200)
  })
  app.openapi(routes.map, async (c) => {
    const request = c.req.valid('json')
    const mapping = await chosenMapping(request)
    const mapRow = compileMapping(mapping, request.header)
    const rows = request.rows.map((record, i) => {
      const mapped = mapRow(record, request.firstRowNumber + i)
      const problem = mapped.problems[0]
      if (problem === undefined)
        return { rowNumber: mapped.rowNumber, body: toImportRowBody(mapping.entity, mapped) }
      const message = `${problem.field}: ${problem.message}`
      return { rowNumber: mapped.rowNumber, reason: 'bad_value', message }
    })
    const target = importTargets[mapping.entity]
    return c.json({ mapping: mapping.name, entity: mapping.entity, target, rows }, 200)
  })
}
