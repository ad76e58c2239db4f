import type { ExperimentDesign, LeadOutcome } from '../../core/experiments/index.ts'
import type { PersonId } from '../../core/shared/index.ts'

export type StoredExperiment = {
  readonly id: string
  readonly name: string
  /** The design; its seed, when left out, is the experiment id. */
  readonly design: ExperimentDesign
  readonly status: 'draft' | 'running' | 'stopped'
  readonly startedAt: Date | null
  readonly createdBy: string
  readonly createdAt: Date
}

export type ExperimentAssignment = {
  readonly experimentId: string
  readonly personId: PersonId
  readonly arm: string
  readonly bucket: number
  readonly assignedAt: Date
}

/** Experiments of one workspace and the arm recorded for each assigned person. */
export interface ExperimentStore {
  /** Throws `experiment.invalid` when the name is taken. */
  insert(experiment: {
    readonly name: string
    readonly design: Omit<ExperimentDesign, 'seed'> & { readonly seed?: string }
    readonly startedAt: Date
    readonly createdBy: string
  }): Promise<StoredExperiment>
  find(id: string): Promise<StoredExperiment | undefined>
  listRunning(): Promise<readonly StoredExperiment[]>
  /** Records assignments; a person already assigned keeps the first arm, which is returned. */
  assign(assignments: readonly ExperimentAssignment[]): Promise<readonly ExperimentAssignment[]>
  /** The arms recorded for one person, in every experiment they were assigned to. */
  armsOf(personId: PersonId): Promise<readonly ExperimentAssignment[]>
  /** Every assigned person's outcome: a first meeting (reached `meetingStage` or later), pipeline and won revenue. */
  outcomes(experimentId: string, meetingStages: readonly string[]): Promise<readonly LeadOutcome[]>
}
