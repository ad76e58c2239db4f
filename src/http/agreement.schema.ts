import { z } from '@hono/zod-openapi'
import { AgreementSchema } from '../app/agreement/agreement.schema.ts'
import {
  agreementStatuses,
  sides,
  type Agreement,
  type AgreementChange,
  type AgreementVersion,
  type Finding,
  type Signature,
} from '../core/agreement/index.ts'
import { timestamp } from './common.schema.ts'

// Version numbers are stored as 32-bit integers; a larger one can only be "not found".
const versionNumber = z.coerce
  .number({ error: 'a version is a whole number from 1' })
  .int({ error: 'a version is a whole number from 1' })
  .min(1, { error: 'a version is a whole number from 1' })
  .max(2_147_483_647, { error: 'no version is that large' })

export const VersionParam = z.object({
  version: versionNumber.openapi({ param: { name: 'version', in: 'path' }, example: 1 }),
})

export const DiffParam = VersionParam.extend({
  other: versionNumber.openapi({ param: { name: 'other', in: 'path' }, example: 2 }),
})

export const InForceQuery = z.strictObject({
  at: timestamp.optional().openapi({ description: 'The instant to ask about; defaults to now' }),
})

export const DocumentQuery = z.strictObject({
  format: z.enum(['html', 'markdown']).default('html').openapi({
    description:
      'html: a print-friendly page to read and sign; markdown: the same text as Markdown',
  }),
})

// One named component, so the request and response documents share it in /openapi.json. Zod's own
// `meta` rather than `.openapi()`: the schema may be built before @hono/zod-openapi extends zod.
const AgreementDocument = AgreementSchema.meta({ id: 'Agreement' })

export const AgreementDocumentRequest = z
  .strictObject({ document: AgreementDocument })
  .openapi('AgreementDocumentRequest')

export const SignatureRequest = z
  .strictObject({
    signerEmail: z.string().trim().min(3).max(320).openapi({ example: 'maria@acme.com' }),
  })
  .openapi('SignatureRequest')

const SignatureBody = z
  .object({
    side: z.enum(sides),
    signerName: z.string(),
    signerEmail: z.string(),
    signedAt: timestamp,
  })
  .openapi('AgreementSignature')

const versionFields = {
  version: z.number().int(),
  status: z.enum(agreementStatuses),
  effectiveFrom: timestamp.nullable().openapi({ description: 'Set when both sides have signed' }),
  signatures: z.array(SignatureBody),
  createdBy: z.string(),
  createdAt: timestamp,
}

export const AgreementVersionSummaryBody = z
  .object(versionFields)
  .openapi('AgreementVersionSummary')

export const AgreementVersionBody = z
  .object({ ...versionFields, document: AgreementDocument })
  .openapi('AgreementVersion')

export const AgreementVersionList = z
  .object({ items: z.array(AgreementVersionSummaryBody) })
  .openapi('AgreementVersionList')

const FindingBody = z
  .object({
    path: z.array(z.union([z.string(), z.number()])),
    message: z.string(),
    fix: z.string(),
    line: z.number().int().optional(),
    column: z.number().int().optional(),
  })
  .openapi('AgreementFinding')

export const AgreementDraftBody = z
  .object({ version: AgreementVersionBody, warnings: z.array(FindingBody) })
  .openapi('AgreementDraft')

export const AgreementDiffBody = z
  .object({
    changes: z.array(
      z.object({
        path: z.array(z.union([z.string(), z.number()])),
        kind: z.enum(['added', 'removed', 'changed']),
        before: z.unknown().optional(),
        after: z.unknown().optional(),
      }),
    ),
  })
  .openapi('AgreementDiff')

export const AgreementValidationRequest = z
  .strictObject({
    text: z
      .string()
      .max(1_000_000)
      .openapi({ description: 'The agreement as YAML or JSON, as a file would hold it' }),
  })
  .openapi('AgreementValidationRequest')

export const AgreementValidationBody = z
  .object({
    valid: z.boolean().openapi({ description: 'True when there is no error (warnings allowed)' }),
    errors: z.array(FindingBody),
    warnings: z.array(FindingBody),
    document: AgreementDocument.optional().openapi({
      description:
        'The parsed document, ready for POST /v1/agreements; absent when there are errors',
    }),
  })
  .openapi('AgreementValidation')

const toSignatureBody = (signature: Signature) => ({
  ...signature,
  signedAt: signature.signedAt.toISOString(),
})

/** The wire form of a version without its document, for lists. */
export function toVersionSummaryBody(
  version: AgreementVersion,
): z.infer<typeof AgreementVersionSummaryBody> {
  return {
    version: version.version,
    status: version.status,
    effectiveFrom: version.effectiveFrom?.toISOString() ?? null,
    signatures: version.signatures.map(toSignatureBody),
    createdBy: version.createdBy,
    createdAt: version.createdAt.toISOString(),
  }
}

// Every stored document passed AgreementSchema when it was saved; the wire type differs from
// Agreement only in dropping `readonly`.
const toDocumentBody = (document: Agreement) => document as z.output<typeof AgreementSchema>

/** The wire form of a version with its document. */
export function toVersionBody(version: AgreementVersion): z.infer<typeof AgreementVersionBody> {
  return { ...toVersionSummaryBody(version), document: toDocumentBody(version.document) }
}

/** The wire form of a draft just saved, with the validator's warnings. */
export function toDraftBody(result: {
  readonly version: AgreementVersion
  readonly warnings: readonly Finding[]
}): z.infer<typeof AgreementDraftBody> {
  return {
    version: toVersionBody(result.version),
    warnings: result.warnings.map((finding) => ({ ...finding, path: [...finding.path] })),
  }
}

const toFindingBody = (finding: Finding) => ({ ...finding, path: [...finding.path] })

/** The wire form of a validation: located findings, and the document when it can be saved. */
export function toValidationBody(parsed: {
  readonly agreement?: Agreement
  readonly report: { readonly errors: readonly Finding[]; readonly warnings: readonly Finding[] }
}): z.infer<typeof AgreementValidationBody> {
  const { errors, warnings } = parsed.report
  const valid = errors.length === 0 && parsed.agreement !== undefined
  return {
    valid,
    errors: errors.map(toFindingBody),
    warnings: warnings.map(toFindingBody),
    ...(errors.length === 0 && parsed.agreement !== undefined
      ? { document: toDocumentBody(parsed.agreement) }
      : {}),
  }
}

/** The wire form of a diff between two versions. */
export function toDiffBody(changes: readonly AgreementChange[]): z.infer<typeof AgreementDiffBody> {
  return { changes: changes.map((change) => ({ ...change, path: [...change.path] })) }
}
