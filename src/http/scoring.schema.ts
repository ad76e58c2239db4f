import { z } from '@hono/zod-openapi'
import type { ScoreExplanation } from '../app/scoring/explain-score.ts'
import type { StoredScoreModel } from '../app/scoring/scoring-ports.ts'
import { timestamp } from './common.schema.ts'

export const VersionParam = z.object({
  version: z.coerce
    .number()
    .int()
    .positive({ error: 'version must be a positive whole number' })
    .max(2_147_483_647, { error: 'version is larger than any stored version' })
    .openapi({ param: { name: 'version', in: 'path' }, example: 2 }),
})

export const ScoreModelCreate = z
  .strictObject({
    document: z
      .record(z.string(), z.unknown())
      .openapi({ description: 'The model as JSON (see presets/score-models/README.md)' }),
  })
  .openapi('ScoreModelCreate')

export const ScoreModelBody = z
  .object({
    name: z.string(),
    kind: z.enum(['rules', 'predictive']),
    version: z.number().int(),
    status: z.enum(['draft', 'live', 'retired']),
    document: z.unknown(),
    createdBy: z.string(),
    createdAt: timestamp,
    publishedAt: timestamp.nullable(),
  })
  .openapi('ScoreModel')

export const toScoreModelBody = (m: StoredScoreModel) => ({
  name: m.name,
  kind: m.kind,
  version: m.version,
  status: m.status,
  document: m.document,
  createdBy: m.createdBy,
  createdAt: m.createdAt.toISOString(),
  publishedAt: m.publishedAt?.toISOString() ?? null,
})

const ContributionBody = z
  .object({
    component: z.enum(['fit', 'engagement', 'intent']),
    ruleKind: z.enum(['fit', 'engagement', 'intent', 'negative']),
    ruleId: z.string(),
    eventId: z.string().optional(),
    eventType: z.string().optional(),
    occurredAt: timestamp.optional(),
    ageDays: z.number().optional(),
    rawPoints: z.number().openapi({ description: "The rule's points" }),
    cappedPoints: z.number().openapi({ description: "After the rule's cap, before decay" }),
    decayFactor: z.number().openapi({ description: '0.5^(ageDays / halfLifeDays)' }),
    points: z.number().openapi({ description: 'What it adds; all of them sum to the total' }),
    status: z.enum(['counted', 'partly_capped', 'capped', 'future']),
  })
  .openapi('ScoreContribution')

const PredictionBody = z
  .object({
    modelVersion: z.number().int(),
    probability: z.number().openapi({ description: 'P(converts), 0..1' }),
    at: timestamp,
    contributions: z.array(
      z.object({
        feature: z.string(),
        label: z.string().openapi({ description: 'The feature in words' }),
        value: z.string(),
        logOdds: z.number().openapi({ description: 'Push on the log-odds; + raises the odds' }),
      }),
    ),
    explanation: z.string().openapi({ description: 'The top contributions in plain words' }),
  })
  .openapi('PersonPrediction')

export const ScoreExplanationBody = z
  .object({
    personId: z.uuid(),
    modelVersion: z.number().int(),
    scoredAt: timestamp.nullable(),
    at: timestamp,
    fit: z.number(),
    engagement: z.number(),
    intent: z.number(),
    total: z.number(),
    band: z.object({ fit: z.string(), engagement: z.string(), name: z.string() }),
    contributions: z.array(ContributionBody),
    prediction: PredictionBody.optional().openapi({
      description: 'The live predictive model, scored on request; absent when none is live',
    }),
  })
  .openapi('ScoreExplanation')

export const toExplanationBody = ({ prediction, ...e }: ScoreExplanation) => ({
  ...e,
  ...(prediction === undefined
    ? {}
    : {
        prediction: {
          ...prediction,
          contributions: [...prediction.contributions],
          at: prediction.at.toISOString(),
        },
      }),
  scoredAt: e.scoredAt?.toISOString() ?? null,
  at: e.at.toISOString(),
  contributions: e.contributions.map(({ occurredAt, ...c }) =>
    occurredAt === undefined ? c : { ...c, occurredAt: occurredAt.toISOString() },
  ),
})

export const RebuildRequest = z
  .strictObject({
    model: z.number().int().positive().max(2_147_483_647).optional().openapi({
      description: 'A version that is not live is back-tested instead (nothing is written)',
    }),
    chunkSize: z.number().int().min(1).max(10_000).optional(),
  })
  .openapi('ScoreRebuildRequest')

const OutcomeBody = z.object({
  version: z.number().int(),
  atOrAboveMql: z.number().int(),
  reachedSql: z.number().int(),
  mqlToSqlPct: z.number().nullable(),
})

export const RebuildBody = z
  .union([
    z.object({
      kind: z.literal('rebuilt'),
      modelVersion: z.number().int(),
      people: z.number().int(),
      chunks: z.number().int(),
      moves: z.number().int(),
    }),
    z.object({
      kind: z.literal('back_test'),
      people: z.number().int(),
      mqlThreshold: z.number(),
      candidate: OutcomeBody,
      live: OutcomeBody.nullable(),
    }),
  ])
  .openapi('ScoreRebuild')
