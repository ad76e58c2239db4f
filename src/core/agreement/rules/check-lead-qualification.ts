import type { Agreement, Qualification } from '../types.ts'
import { error, warning, type RuleFinding } from './rule-finding.ts'

function criteriaCount(qualification: Qualification): number {
  switch (qualification.framework) {
    case 'bant':
      return 4
    case 'meddic':
      return 6
    case 'checklist':
      return qualification.items.length
  }
}

/** minimumMet lies between 1 and the framework's criteria; BANT and MEDDIC are not asked on web forms. */
export function checkLeadQualification(agreement: Agreement): RuleFinding[] {
  return agreement.leadDefinitions.flatMap((definition, index): RuleFinding[] => {
    const { qualification } = definition
    if (!qualification) return []
    const findings: RuleFinding[] = []
    const path = ['leadDefinitions', index, 'qualification']
    const criteria = criteriaCount(qualification)
    const { framework, minimumMet } = qualification
    if (minimumMet < 1 || minimumMet > criteria) {
      findings.push(
        error(
          [...path, 'minimumMet'],
          `minimumMet ${minimumMet} is outside the 1..${criteria} ${framework} criteria`,
          criteria < 1
            ? 'add checklist items, then set minimumMet to how many must be met'
            : `set minimumMet between 1 and ${criteria} (seed 004: the SDR confirms at least 2 of the 4 BANT criteria)`,
        ),
      )
    }
    if (framework !== 'checklist' && definition.capturedBy === 'web_form') {
      findings.push(
        warning(
          [...path, 'framework'],
          `${framework.toUpperCase()} qualification on a definition captured by a web form`,
          'BANT/MEDDIC belong to SDR/sales (seed 004): set capturedBy to sdr or sales, or qualify on a later stage',
        ),
      )
    }
    return findings
  })
}
