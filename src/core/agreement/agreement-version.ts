import type { Agreement, Side } from './types.ts'

export const agreementStatuses = ['draft', 'signed', 'retired'] as const
export type AgreementStatus = (typeof agreementStatuses)[number]

export type Signature = {
  readonly side: Side
  readonly signerName: string
  readonly signerEmail: string
  readonly signedAt: Date
}

/** One stored version of the agreement: drafts collect signatures; signed versions never change. */
export type AgreementVersion = {
  readonly version: number
  readonly status: AgreementStatus
  readonly document: Agreement
  readonly signatures: readonly Signature[]
  readonly effectiveFrom: Date | null
  readonly createdBy: string
  readonly createdAt: Date
}
