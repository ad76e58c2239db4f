import type { Agreement, LeadDefinition, LeadField } from '../types.ts'
import { error, warning, type RuleFinding } from './rule-finding.ts'

const fieldLists = ['requiredFields', 'optionalFields', 'unnecessaryFields'] as const
const alwaysRequired: readonly LeadField[] = ['name', 'company', 'website', 'area_of_interest']
const bantFields: readonly LeadField[] = ['budget', 'authority', 'need', 'timeline']

function repeatedFields(definition: LeadDefinition, index: number): RuleFinding[] {
  const listOf = new Map<LeadField, string>()
  return fieldLists.flatMap((list) =>
    definition[list].flatMap((field, fieldIndex): RuleFinding[] => {
      const earlierList = listOf.get(field)
      listOf.set(field, list)
      if (earlierList === undefined) return []
      return [
        error(
          ['leadDefinitions', index, list, fieldIndex],
          `field "${field}" is already listed in ${earlierList}`,
          `keep "${field}" in one list only: requiredFields, optionalFields or unnecessaryFields`,
        ),
      ]
    }),
  )
}

function missingAlwaysRequired(definition: LeadDefinition, index: number): RuleFinding[] {
  if (definition.stage !== 'mql') return []
  const missing = alwaysRequired.filter((field) => !definition.requiredFields.includes(field))
  if (missing.length === 0) return []
  return [
    error(
      ['leadDefinitions', index, 'requiredFields'],
      `the mql definition does not require ${missing.map((f) => `"${f}"`).join(', ')}`,
      `add ${missing.join(', ')} to requiredFields: name, company, website and area_of_interest are always required`,
    ),
  ]
}

function bantOnWebForm(definition: LeadDefinition, index: number): RuleFinding[] {
  if (definition.capturedBy !== 'web_form') return []
  return definition.requiredFields.flatMap((field, fieldIndex) =>
    bantFields.includes(field)
      ? [
          warning(
            ['leadDefinitions', index, 'requiredFields', fieldIndex],
            `a web form requires the BANT field "${field}"`,
            `BANT belongs to SDR/sales (seed 004): make "${field}" optional or unnecessary on the form and let the SDR confirm it`,
          ),
        ]
      : [],
  )
}

/** Each field sits in one list; mql requires the four always-required fields; web forms do not require BANT. */
export function checkLeadFields(agreement: Agreement): RuleFinding[] {
  return agreement.leadDefinitions.flatMap((definition, index) => [
    ...repeatedFields(definition, index),
    ...missingAlwaysRequired(definition, index),
    ...bantOnWebForm(definition, index),
  ])
}
