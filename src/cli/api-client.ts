import type { RowOutcome } from '../app/intake/ingest-each.ts'
import type { IngestOutcome } from '../app/intake/ingest-lead.ts'
import type { OpportunityInput } from '../app/intake/ingest-opportunity.ts'
import type {
  CostReport,
  DispositionReport,
  FunnelReport,
  PipelineReport,
  QualityReport,
  VelocityReport,
} from '../core/analytics/index.ts'
import type { User } from '../app/ports.ts'
import type { AgreementVersion, Finding } from '../core/agreement/index.ts'
import type { StageEvent } from '../core/funnel/index.ts'
import type { Person } from '../core/records/index.ts'
import { AppError, isErrorCode, type Page } from '../core/shared/index.ts'
import type { CliBackend } from './cli-backend.ts'
import { importTargets } from '../http/import-targets.ts'
import { duplicateApi } from './duplicate-api.ts'
import { scoringApi } from './scoring-api.ts'
import { analyticsApi } from './analytics-api.ts'
import { trackingApi } from './tracking-api.ts'
import { predictiveApi } from './predictive-api.ts'
import { accessApi } from './access-api.ts'
import { planningApi } from './planning-api.ts'
import { handoffApi } from './handoff-api.ts'

type Wire = Record<string, unknown>

const toWireDeal = ({ openedAt, closedAt, ...deal }: OpportunityInput) => ({
  ...deal,
  openedAt: openedAt?.toISOString() ?? null,
  closedAt: closedAt?.toISOString() ?? null,
})

function toPerson(wire: Wire): Person {
  return {
    ...wire,
    createdAt: new Date(String(wire['createdAt'])),
    updatedAt: new Date(String(wire['updatedAt'])),
  } as Person
}

function toVersion(wire: Wire): AgreementVersion {
  const signatures = (wire['signatures'] as Wire[] | undefined) ?? []
  return {
    ...wire,
    effectiveFrom:
      typeof wire['effectiveFrom'] === 'string' ? new Date(wire['effectiveFrom']) : null,
    createdAt: new Date(String(wire['createdAt'])),
    signatures: signatures.map((s) => ({ ...s, signedAt: new Date(String(s['signedAt'])) })),
  } as unknown as AgreementVersion
}

function toStageEvent(wire: Wire): StageEvent {
  return {
    ...wire,
    occurredAt: new Date(String(wire['occurredAt'])),
    recordedAt: new Date(String(wire['recordedAt'])),
  } as StageEvent
}

async function toAppError(response: Response, url: string): Promise<AppError> {
  const body = (await response.json().catch(() => ({}))) as {
    error?: { code?: string; message?: string; details?: Wire }
  }
  const code = body.error?.code
  if (code !== undefined && isErrorCode(code)) {
    return new AppError(code, body.error?.message ?? code, { details: body.error?.details ?? {} })
  }
  return new AppError(
    'internal',
    `The Baton server at ${url} answered ${response.status} ${response.statusText}.`,
  )
}

// How often a rate-limited request is sent again, and the longest wait for one (seconds).
const maxRateLimitRetries = 5
const maxRetryAfterSeconds = 60

async function waitRetryAfter(response: Response): Promise<void> {
  await response.body?.cancel()
  const seconds = Number(response.headers.get('retry-after') ?? '1')
  const waitSeconds = Number.isFinite(seconds)
    ? Math.min(Math.max(seconds, 0), maxRetryAfterSeconds)
    : 1
  await new Promise((resolve) => setTimeout(resolve, waitSeconds * 1000))
}

/** A CliBackend that forwards every command to a running Baton server's HTTP API. */
export function apiClient(baseUrl: string, apiKey: string): CliBackend {
  async function call(method: string, path: string, body?: unknown): Promise<Wire> {
    let response = await send(method, path, body)
    // A 429 is answered before the route runs, so sending again is safe: wait as the server says.
    for (let retry = 0; response.status === 429 && retry < maxRateLimitRetries; retry += 1) {
      await waitRetryAfter(response)
      response = await send(method, path, body)
    }
    if (!response.ok) throw await toAppError(response, baseUrl)
    if (response.status === 204) return {}
    return (await response.json()) as Wire
  }
  async function send(method: string, path: string, body?: unknown): Promise<Response> {
    try {
      return await fetch(new URL(path, baseUrl), {
        method,
        headers: {
          authorization: `Bearer ${apiKey}`,
          ...(body === undefined ? {} : { 'content-type': 'application/json' }),
        },
        ...(body === undefined ? {} : { body: JSON.stringify(body) }),
      })
    } catch (cause) {
      throw new AppError(
        'store.unavailable',
        `Cannot reach the Baton server at ${baseUrl}; is it still running?`,
        { cause },
      )
    }
  }
  const query = (params: Record<string, string | number | undefined>) =>
    new URLSearchParams(
      Object.entries(params).flatMap(([k, v]): [string, string][] =>
        v === undefined ? [] : [[k, String(v)]],
      ),
    ).toString()
  return {
    description: `the Baton server at ${baseUrl}`,
    createPerson: async (input) => toPerson(await call('POST', '/v1/people', input)),
    getPerson: async (id) => toPerson(await call('GET', `/v1/people/${encodeURIComponent(id)}`)),
    async listPeople(page) {
      const wire = await call(
        'GET',
        `/v1/people?${query({ limit: page.limit, cursor: page.cursor, stage: page.stage })}`,
      )
      const items = (wire['items'] as Wire[]).map(toPerson)
      const next = wire['nextCursor']
      return (
        typeof next === 'string' ? { items, nextCursor: next } : { items }
      ) satisfies Page<Person>
    },
    changePersonStage: async (id, change) =>
      toStageEvent(await call('POST', `/v1/people/${encodeURIComponent(id)}/stage`, change)),
    async draftAgreement(document) {
      const wire = await call('POST', '/v1/agreements', { document })
      return {
        version: toVersion(wire['version'] as Wire),
        warnings: wire['warnings'] as Finding[],
      }
    },
    signAgreement: async (version, signerEmail) =>
      toVersion(await call('POST', `/v1/agreements/${version}/signatures`, { signerEmail })),
    async listAgreements() {
      const wire = await call('GET', '/v1/agreements')
      // The list leaves documents out; fetch each to give the CLI whole versions.
      const items = wire['items'] as Wire[]
      return Promise.all(
        items.map(async (item) =>
          toVersion(await call('GET', `/v1/agreements/${String(item['version'])}`)),
        ),
      )
    },
    getAgreement: async (version) => toVersion(await call('GET', `/v1/agreements/${version}`)),
    addUser: async (input) => (await call('POST', '/v1/users', input)) as User,
    listUsers: async () => (await call('GET', '/v1/users'))['items'] as User[],
    async ingestLeads(leads) {
      const outcomes: IngestOutcome[] = []
      // The API takes at most 1,000 leads a request.
      for (let start = 0; start < leads.length; start += 1000) {
        const batch = leads.slice(start, start + 1000).map(({ extra, occurredAt, ...lead }) => ({
          ...lead,
          properties: extra,
          occurredAt: occurredAt?.toISOString() ?? null,
        }))
        const wire = await call('POST', '/v1/leads', { leads: batch })
        outcomes.push(...(wire['results'] as IngestOutcome[]))
      }
      return outcomes
    },
    async importBatch(batch) {
      const { path, key } = importTargets[batch.entity]
      const rows = batch.entity === 'opportunities' ? batch.inputs.map(toWireDeal) : batch.inputs
      const extra = batch.entity === 'events' ? { channel: batch.channel } : {}
      const outcomes: RowOutcome[] = []
      // The API takes at most 1,000 rows a request.
      for (let start = 0; start < rows.length; start += 1000) {
        const wire = await call('POST', path, { [key]: rows.slice(start, start + 1000), ...extra })
        outcomes.push(...(wire['results'] as RowOutcome[]))
      }
      return outcomes
    },
    ...duplicateApi(call),
    scoring: scoringApi(call),
    analytics: analyticsApi(call),
    tracking: trackingApi(call),
    predictive: predictiveApi(call),
    access: accessApi(call),
    planning: planningApi(call),
    handoff: handoffApi(call),
    qualityReport: async (months) =>
      (await call(
        'GET',
        `/v1/reports/quality?staleAfterMonths=${months}`,
      )) as unknown as QualityReport,
    funnelReport: async (request) =>
      (await call('GET', `/v1/reports/funnel?${query({ ...request })}`)) as unknown as FunnelReport,
    dispositionReport: async ({ from, to }) =>
      (await call(
        'GET',
        `/v1/reports/dispositions?${query({ from, to })}`,
      )) as unknown as DispositionReport,
    costReport: async ({ from, to }) =>
      (await call('GET', `/v1/reports/cost?${query({ from, to })}`)) as unknown as CostReport,
    pipelineReport: async (request) =>
      (await call(
        'GET',
        `/v1/reports/pipeline?${query({ ...request })}`,
      )) as unknown as PipelineReport,
    velocityReport: async (request) =>
      (await call(
        'GET',
        `/v1/reports/velocity?${query({ ...request })}`,
      )) as unknown as VelocityReport,
    // The server refreshes its own statistics when the import run is recorded.
    refreshStatistics: () => Promise.resolve(),
    async recordImportRun(run) {
      await call('POST', '/v1/import-runs', {
        ...run,
        startedAt: run.startedAt.toISOString(),
        finishedAt: run.finishedAt.toISOString(),
      })
    },
    close: () => Promise.resolve(),
  }
}
