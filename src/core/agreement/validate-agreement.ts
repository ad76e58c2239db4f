import type { Agreement, Finding, ValidationReport } from './types.ts'
import { checkCadences } from './rules/check-cadences.ts'
import { checkCalendar } from './rules/check-calendar.ts'
import { checkClocks } from './rules/check-clocks.ts'
import { checkEscalations } from './rules/check-escalations.ts'
import { checkExitCriteria } from './rules/check-exit-criteria.ts'
import { checkGoals } from './rules/check-goals.ts'
import { checkIdealCustomerProfiles } from './rules/check-ideal-customer-profiles.ts'
import { checkLeadFields } from './rules/check-lead-fields.ts'
import { checkLeadQualification } from './rules/check-lead-qualification.ts'
import { checkLeadThresholds } from './rules/check-lead-thresholds.ts'
import { checkNurturePrograms } from './rules/check-nurture-programs.ts'
import { checkOpportunityStages } from './rules/check-opportunity-stages.ts'
import { checkReasonCodes } from './rules/check-reason-codes.ts'
import { checkRequalification } from './rules/check-requalification.ts'
import { checkRouting } from './rules/check-routing.ts'
import { checkResponseTargets } from './rules/check-response-targets.ts'
import { checkSignatories } from './rules/check-signatories.ts'
import { checkStageReachability } from './rules/check-stage-reachability.ts'
import { checkTerm } from './rules/check-term.ts'
import { checkTransitionStages } from './rules/check-transition-stages.ts'
import type { RuleFinding } from './rules/rule-finding.ts'

// In document order, so a report reads top to bottom like the agreement.
const rules: readonly ((agreement: Agreement) => RuleFinding[])[] = [
  checkTerm,
  checkTransitionStages,
  checkStageReachability,
  checkRequalification,
  checkOpportunityStages,
  checkIdealCustomerProfiles,
  checkLeadFields,
  checkLeadThresholds,
  checkLeadQualification,
  checkResponseTargets,
  checkCalendar,
  checkCadences,
  checkExitCriteria,
  checkClocks,
  checkEscalations,
  checkReasonCodes,
  checkNurturePrograms,
  checkRouting,
  checkGoals,
  checkSignatories,
]

const toFinding = ({ path, message, fix }: RuleFinding): Finding => ({ path, message, fix })

/** Checks a structurally valid agreement for contradictions (errors) and departures from seed practice (warnings). */
export function validateAgreement(agreement: Agreement): ValidationReport {
  const findings = rules.flatMap((rule) => rule(agreement))
  return {
    errors: findings.filter((f) => f.severity === 'error').map(toFinding),
    warnings: findings.filter((f) => f.severity === 'warning').map(toFinding),
  }
}
