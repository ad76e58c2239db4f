import { z } from '@hono/zod-openapi'
import type { StoredScoreModel } from '../app/scoring/scoring-ports.ts'
import { timestamp } from './common.schema.ts'
import { toScoreModelBody } from './scoring.schema.ts'

export const PredictiveModelBody = z
  .object({
    name: z.string(),
    kind: z.literal('predictive'),
    version: z.number().int(),
    status: z.enum(['draft', 'live', 'retired']),
    document: z.unknown().openapi({ description: 'The model file (baton model train --out)' }),
    metrics: z.unknown().openapi({
      description: 'Test AUC, PR AUC, log loss, Brier, base rate, baseline AUC, outcomes per class',
    }),
    createdBy: z.string(),
    createdAt: timestamp,
    publishedAt: timestamp.nullable(),
    trainedAt: timestamp.nullable(),
    replacesVersion: z.number().int().nullable(),
  })
  .openapi('PredictiveModel')

export const toPredictiveModelBody = (m: StoredScoreModel) => ({
  ...toScoreModelBody(m),
  kind: 'predictive' as const,
  metrics: m.metrics,
  trainedAt: m.trainedAt?.toISOString() ?? null,
  replacesVersion: m.replacesVersion,
})

export const PredictiveModelCreate = z
  .strictObject({
    model: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'A model file written by `baton model train --out`' }),
    name: z.string().min(1).max(200).optional(),
  })
  .openapi('PredictiveModelCreate')

export const OutcomeTrainBody = z
  .strictObject({
    since: z.iso.datetime({ offset: true }).optional().openapi({
      description: 'Only people captured at or after this instant',
    }),
    algorithm: z.enum(['logistic', 'gbdt', 'auto']).default('auto'),
    seed: z.number().int().min(0).default(42),
    exclude: z.array(z.string()).default([]),
    allow: z.array(z.string()).default([]),
  })
  .openapi('OutcomeTrainRequest')

export const OutcomeTrainingBody = z
  .object({
    summary: z.record(z.string(), z.unknown()),
    model: z.record(z.string(), z.unknown()),
    leakWarning: z.string(),
    open: z.number().int().openapi({ description: 'Leads whose outcome is not decided yet' }),
  })
  .openapi('OutcomeTraining')

export const LookalikeQuery = z.strictObject({
  limit: z.coerce.number().int().min(1).max(1000).default(20),
})

export const LookalikeBody = z
  .object({
    best: z.number().int(),
    worst: z.number().int(),
    unmatched: z.array(z.string()),
    accounts: z.number().int(),
    features: z.array(
      z.object({
        feature: z.string(),
        separation: z.number(),
        levels: z.array(
          z.object({ level: z.string(), best: z.number(), worst: z.number(), lift: z.number() }),
        ),
      }),
    ),
    ranked: z.array(
      z.object({
        id: z.string(),
        name: z.string(),
        similarity: z.number(),
        reasons: z.array(z.string()),
      }),
    ),
  })
  .openapi('Lookalikes')
