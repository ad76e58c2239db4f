import { sides, type Agreement, type Side } from '../types.ts'
import { error, type RuleFinding } from './rule-finding.ts'

/** Both sides sign, and no one signs for both. */
export function checkSignatories(agreement: Agreement): RuleFinding[] {
  const sideByEmail = new Map<string, Side>()
  return sides.flatMap((side) => {
    const signatories = agreement.signatories[side]
    const findings: RuleFinding[] = []
    if (signatories.length === 0) {
      findings.push(
        error(
          ['signatories', side],
          `${side} has no signatory`,
          `add at least one ${side} signatory: both sides sign the agreement`,
        ),
      )
    }
    signatories.forEach((signatory, index) => {
      const email = signatory.email.trim().toLowerCase()
      const otherSide = sideByEmail.get(email)
      if (otherSide === undefined) sideByEmail.set(email, side)
      else if (otherSide !== side) {
        findings.push(
          error(
            ['signatories', side, index, 'email'],
            `${signatory.email} also signs for ${otherSide}`,
            'one person cannot sign for both sides: name a different signatory',
          ),
        )
      }
    })
    return findings
  })
}
