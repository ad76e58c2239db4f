// The agreement: the sales/marketing SLA as one versioned document both sides sign and Baton enforces.
// Invariants: a version is a draft until one marketing and one sales signatory have signed it, and is
// never changed after; the version in force at an instant is the signed one with the latest effective
// date at or before it; a lead moves only along the transitions of the version in force.
export {
  agreementStatuses,
  type AgreementStatus,
  type AgreementVersion,
  type Signature,
} from './agreement-version.ts'
export {
  decideTransition,
  resolveStage,
  type ClockLimit,
  type ClockStart,
  type TransitionDecision,
} from './decide-transition.ts'
export { planSignature, type Signer, type SignaturePlan } from './plan-signature.ts'
export { diffAgreements, formatAgreementChanges, type AgreementChange } from './diff-agreements.ts'
export { renderAgreementMarkdown, type RenderMeta } from './render-agreement-markdown.ts'
export * from './types.ts'
export {
  clockStopActivities,
  defaultEscalationSteps,
  defaultFirstTouchActivities,
  escalationLadder,
} from './escalation-ladder.ts'
export { minutesOfDay } from './rules/working-hours.ts'
export { validateAgreement } from './validate-agreement.ts'
export { defaultRouting, routingOf } from './default-routing.ts'
