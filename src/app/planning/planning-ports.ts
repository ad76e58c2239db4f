import type {
  CapacityCheck,
  DriftPolicy,
  PlanChannel,
  PlanResult,
  PlanTarget,
  SalesModel,
  SalesModelOutcome,
  TeamCapacity,
} from '../../core/planning/index.ts'

/** What a plan was computed from: channels with resolved rates, targets, and the checks' inputs. */
export type PlanAssumptions = {
  readonly channels: readonly PlanChannel[]
  readonly targets: readonly PlanTarget[]
  readonly drift: DriftPolicy
  readonly salesModels: readonly SalesModel[]
  readonly capacity: readonly TeamCapacity[]
  /** The history window rates were derived from, when the plan asked for it. */
  readonly history?: { readonly from: string; readonly to: string; readonly months: number }
  /** Cost per inquiry written in the plan, by channel (cents). */
  readonly costPerInquiryCents: Readonly<Record<string, number>>
}

/** What the plan requires: the reverse funnel, the sales models side by side, and capacity. */
export type PlanOutcome = {
  readonly plan: PlanResult
  readonly salesModels: readonly SalesModelOutcome[]
  readonly capacity: CapacityCheck
  readonly warnings: readonly string[]
}

export type StoredPlan = {
  readonly id: string
  readonly name: string
  readonly periodStart: string
  readonly periodEnd: string
  /** The plan file as it was given. */
  readonly document: unknown
  readonly assumptions: PlanAssumptions
  readonly result: PlanOutcome
  readonly createdBy: string
  readonly createdAt: Date
}

/** Saved plans of one workspace; a plan never changes once saved (a what-if is computed, not stored). */
export interface PlanStore {
  insert(plan: Omit<StoredPlan, 'id' | 'createdAt'>): Promise<StoredPlan>
  find(id: string): Promise<StoredPlan | undefined>
  /** Newest first. */
  list(): Promise<readonly StoredPlan[]>
}
