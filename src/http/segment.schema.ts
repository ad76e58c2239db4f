import { z } from '@hono/zod-openapi'
import { segmentOps, segmentSubjects } from '../core/segments/index.ts'
import { PageQuery } from './common.schema.ts'

const Filter = z.record(z.string(), z.unknown()).openapi({
  description: `{field, op, value}, {and: [...]}, {or: [...]} or {not: {...}}; op is one of ${segmentOps.join(', ')}`,
  example: {
    and: [
      { field: 'account.industry', op: 'in', value: ['Software'] },
      { field: 'lastActivityAt', op: 'within_days', value: 180 },
    ],
  },
})

export const SegmentWrite = z.strictObject({
  name: z.string().max(200),
  subject: z
    .string()
    .optional()
    .openapi({ description: `${segmentSubjects.join(' or ')}; default person` }),
  description: z.string().max(500).optional(),
  filter: Filter,
})

export const SegmentBody = z
  .object({
    id: z.string(),
    name: z.string(),
    subject: z.enum(segmentSubjects),
    description: z.string().nullable(),
    filter: Filter,
    createdBy: z.string().nullable(),
    createdAt: z.string(),
    members: z.number().int().openapi({ description: 'How many match as of this read' }),
  })
  .openapi('Segment')

export const SegmentMemberBody = z.object({
  id: z.string(),
  name: z.string().nullable(),
  email: z.string().nullable(),
  company: z.string().nullable(),
  stage: z.string().nullable(),
  score: z.number().nullable(),
  createdAt: z.string(),
})

export const SegmentParam = z.object({
  id: z
    .string()
    .min(1)
    .max(200)
    .openapi({ param: { name: 'id', in: 'path' }, description: 'The segment id or name' }),
})

export const MembersQuery = PageQuery
