import { addUser, listUsers } from '../app/access/users.ts'
import {
  draftAgreement,
  getAgreement,
  listAgreements,
  signAgreement,
} from '../app/agreement/agreements.ts'
import type { UseCaseContext } from '../app/context.ts'
import { dismissDuplicate } from '../app/duplicates/dismiss-duplicate.ts'
import { listDuplicates } from '../app/duplicates/list-duplicates.ts'
import { mergeDuplicates } from '../app/duplicates/merge-duplicates.ts'
import { unmergeDuplicates } from '../app/duplicates/unmerge-duplicates.ts'
import { funnelReport, velocityReport } from '../app/reports/funnel-report.ts'
import { costReport } from '../app/reports/cost-report.ts'
import { dispositionReport } from '../app/reports/disposition-report.ts'
import { pipelineReport } from '../app/reports/pipeline-report.ts'
import { qualityReport } from '../app/reports/quality-report.ts'
import { ingestLeads } from '../app/intake/ingest-leads.ts'
import { importBatch } from '../app/intake/import-batch.ts'
import { changeStage } from '../app/funnel/change-stage.ts'
import type { Clock, Storage, Workspace } from '../app/ports.ts'
import { withRealTimeScoring } from '../app/scoring/with-real-time-scoring.ts'
import { createPerson, getPerson, listPeople } from '../app/records/people.ts'
import type { CliBackend } from '../cli/cli-backend.ts'
import { localScoring } from './local-scoring.ts'
import { localAnalytics } from './local-analytics.ts'
import { localTracking } from './local-tracking.ts'
import { localPredictive } from './local-predictive.ts'
import { localAccess } from './local-access.ts'
import { actAsUser } from '../app/access/act-as-user.ts'
import { localPlanning } from './local-planning.ts'
import { localHandoff } from './local-handoff.ts'
import { toId } from '../core/shared/index.ts'

export const systemClock: Clock = { now: () => new Date() }

/** A CliBackend that runs the use cases directly on an open database. */
export function localBackend(
  storage: Storage,
  workspace: Workspace,
  options: { readonly description: string; readonly close: () => Promise<void> },
): CliBackend {
  const ctx: UseCaseContext = withRealTimeScoring({
    store: storage.forWorkspace(workspace.id),
    clock: systemClock,
    actor: 'cli',
    // Whoever can open the database files owns it: the local CLI acts as an admin.
    role: 'admin',
  })
  return {
    description: options.description,
    createPerson: (input) => createPerson(ctx, input),
    getPerson: (id) => getPerson(ctx, toId(id, 'id')),
    listPeople: ({ stage, ...page }) => listPeople(ctx, page, stage === undefined ? {} : { stage }),
    changePersonStage: (id, change) =>
      changeStage(ctx, { ...change, subject: { type: 'person', id: toId(id, 'id') } }),
    draftAgreement: (document) => draftAgreement(ctx, document),
    // The database owner signs in the signatory's name; over the API a signer uses their own key.
    signAgreement: async (version, signerEmail) =>
      signAgreement(await actAsUser(ctx, signerEmail), version, signerEmail),
    listAgreements: () => listAgreements(ctx),
    getAgreement: (version) => getAgreement(ctx, version),
    addUser: (input) => addUser(ctx, input),
    listUsers: () => listUsers(ctx),
    ingestLeads: async (leads, channel) => (await ingestLeads(ctx, leads, { channel })).outcomes,
    importBatch: (batch) => importBatch(ctx, batch),
    listDuplicates: (page) => listDuplicates(ctx, page),
    mergeDuplicates: (personId, intoPersonId) =>
      mergeDuplicates(ctx, toId(personId, 'personId'), toId(intoPersonId, 'intoPersonId')),
    dismissDuplicate: (candidateId) => dismissDuplicate(ctx, candidateId),
    unmergePerson: (personId) => unmergeDuplicates(ctx, toId(personId, 'personId')),
    qualityReport: (months) => qualityReport(ctx, months),
    funnelReport: (request) => funnelReport(ctx, request),
    velocityReport: (request) => velocityReport(ctx, request),
    pipelineReport: (request) => pipelineReport(ctx, request),
    costReport: (request) => costReport(ctx, request),
    dispositionReport: (request) => dispositionReport(ctx, request),
    recordImportRun: (run) => ctx.store.reports.recordImportRun(run),
    refreshStatistics: () => ctx.store.reports.refreshStatistics(),
    scoring: localScoring(ctx),
    analytics: localAnalytics(ctx),
    tracking: localTracking(ctx),
    predictive: localPredictive(ctx),
    access: localAccess(ctx),
    planning: localPlanning(ctx),
    handoff: localHandoff(ctx, storage),
    close: options.close,
  }
}
