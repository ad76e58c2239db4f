import { AppError } from '../shared/index.ts'
import type { AgreementVersion, Signature } from './agreement-version.ts'
import type { Side } from './types.ts'

export type Signer = { readonly email: string; readonly name: string; readonly role: string }

export type SignaturePlan = {
  readonly signatures: readonly Signature[]
  /** Signed once both sides have signed; the version then takes force at `effectiveFrom`. */
  readonly status: 'draft' | 'signed'
  readonly effectiveFrom: Date | null
}

const sideOfRole: Readonly<Record<string, Side>> = { marketing: 'marketing', sales: 'sales' }

function refuse(message: string, details: Record<string, unknown>): never {
  throw new AppError('agreement.signature_refused', message, { details })
}

/**
 * Adds one signature to a draft: the signer's role names the side (marketing or sales), the signer
 * must be a listed signatory of that side, and each side signs once. When both sides have signed the
 * version is signed, effective from its term start or from now, whichever is later.
 */
export function planSignature(version: AgreementVersion, signer: Signer, now: Date): SignaturePlan {
  if (version.status !== 'draft') {
    throw new AppError(
      'agreement.immutable',
      `Version ${version.version} is ${version.status}; a signed version never changes. Draft a new version instead.`,
      { details: { version: version.version, status: version.status } },
    )
  }
  const side = sideOfRole[signer.role]
  if (side === undefined) {
    refuse(
      `${signer.email} has role ${signer.role}; only a marketing or a sales user signs the agreement.`,
      {
        signer: signer.email,
        role: signer.role,
      },
    )
  }
  const email = signer.email.toLowerCase()
  const listed = version.document.signatories[side].some((s) => s.email.toLowerCase() === email)
  if (!listed) {
    refuse(
      `${signer.email} is not a listed ${side} signatory of version ${version.version}; add them under signatories.${side} in a new draft.`,
      {
        signer: signer.email,
        side,
      },
    )
  }
  if (version.signatures.some((s) => s.side === side)) {
    refuse(
      `The ${side} side has already signed version ${version.version}; the other side must sign now.`,
      {
        side,
      },
    )
  }
  const signatures = [
    ...version.signatures,
    { side, signerName: signer.name, signerEmail: email, signedAt: now },
  ]
  const complete =
    signatures.some((s) => s.side === 'marketing') && signatures.some((s) => s.side === 'sales')
  if (!complete) return { signatures, status: 'draft', effectiveFrom: null }
  const termStart = new Date(`${version.document.term.startsOn}T00:00:00.000Z`)
  return { signatures, status: 'signed', effectiveFrom: termStart > now ? termStart : now }
}
