/** One group of an experiment: its share of the leads and what it gets (a rep group, a rule). */
export type ExperimentArm = {
  readonly name: string
  readonly share: number
  /** The rep group that works this arm's leads; none for a hold-out. */
  readonly repGroup?: string
  /** The routing rule this arm's leads go through (A/B of rules). */
  readonly routingRule?: string
}

/**
 * An experiment on lead distribution: a hold-out of a share of MQLs from a rep group, or two routing
 * rules A/B. The first arm is the control the others are compared with.
 */
export type ExperimentDesign = {
  readonly kind: 'holdout' | 'ab'
  /** The stage whose entrants are assigned (seed 004: MQLs / Conversation Leads). */
  readonly stage: string
  /** A lead counts as a meeting once it reaches this stage or a later one (seed 004: first sales meeting = sql). */
  readonly meetingStage: string
  readonly arms: readonly ExperimentArm[]
  /** Mixed into the hash with the person id; defaults to the experiment id. */
  readonly seed: string
  /** For the sample size: the relative lift to detect in the meeting rate (0.2 = +20%). */
  readonly minimumDetectableLift: number
  readonly alpha: number
  readonly power: number
}
