import {
  planSignature,
  type Agreement,
  type AgreementVersion,
  type ValidationReport,
} from '../../core/agreement/index.ts'
import { checkAgreement } from './check-agreement.ts'
import { AppError } from '../../core/shared/index.ts'
import type { UseCaseContext } from '../context.ts'
import type { Stores } from '../ports.ts'
import { authorize, authorizeOwned } from '../access/authorize.ts'

function assertValid(document: Agreement): ValidationReport {
  const report = checkAgreement(document)
  if (report.errors.length > 0) {
    const first = report.errors[0]
    const where = first ? ` First: ${first.path.join('.')}: ${first.message} Fix: ${first.fix}` : ''
    throw new AppError(
      'agreement.invalid',
      `The agreement has ${report.errors.length} error(s) and cannot be saved.${where}`,
      { details: { errors: report.errors, warnings: report.warnings } },
    )
  }
  return report
}

async function lockVersion(tx: Stores, version: number): Promise<AgreementVersion> {
  const found = await tx.agreements.find(version, { forUpdate: true })
  if (!found) {
    throw new AppError(
      'agreement.not_found',
      `There is no agreement version ${version} in this workspace.`,
      {
        details: { version },
      },
    )
  }
  return found
}

export type DraftResult = {
  readonly version: AgreementVersion
  readonly warnings: ValidationReport['warnings']
}

/** Saves a valid document as the next draft version; a document with errors is refused whole. */
export async function draftAgreement(
  ctx: UseCaseContext,
  document: Agreement,
): Promise<DraftResult> {
  authorize(ctx, 'agreement.draft')
  const { warnings } = assertValid(document)
  const version = await ctx.store.transaction((tx) =>
    tx.agreements.insertDraft({ document, createdBy: ctx.actor }),
  )
  return { version, warnings }
}

/** Replaces a draft's document (dropping any signature it had); signed versions never change. */
export async function reviseDraft(
  ctx: UseCaseContext,
  versionNumber: number,
  document: Agreement,
): Promise<DraftResult> {
  authorize(ctx, 'agreement.draft')
  const { warnings } = assertValid(document)
  const version = await ctx.store.transaction(async (tx) => {
    const current = await lockVersion(tx, versionNumber)
    if (current.status !== 'draft') {
      throw new AppError(
        'agreement.immutable',
        `Version ${versionNumber} is ${current.status}; a signed version never changes. Draft a new version instead.`,
        { details: { version: versionNumber, status: current.status } },
      )
    }
    await tx.agreements.replaceDraft(versionNumber, document)
    return { ...current, document, signatures: [] }
  })
  return { version, warnings }
}

/**
 * Signs a draft for the signer's side (their role: marketing or sales); the second side's signature
 * makes the version signed and in force from its effective date.
 */
export async function signAgreement(
  ctx: UseCaseContext,
  versionNumber: number,
  signerEmail: string,
): Promise<AgreementVersion> {
  authorize(ctx, 'agreement.sign')
  return ctx.store.transaction(async (tx) => {
    const current = await lockVersion(tx, versionNumber)
    const user = await tx.users.findByEmail(signerEmail)
    if (!user) {
      throw new AppError(
        'user.not_found',
        `No user ${signerEmail} in this workspace; add them with \`baton user add\`.`,
        {
          details: { email: signerEmail },
        },
      )
    }
    if (!user.active) {
      throw new AppError(
        'agreement.signature_refused',
        `${signerEmail} is disabled and cannot sign.`,
        {
          details: { email: signerEmail },
        },
      )
    }
    // A signatory signs only as themselves: the caller's key must belong to the signing user.
    authorizeOwned(ctx, 'agreement.sign', user.id)
    const plan = planSignature(current, user, ctx.clock.now())
    await tx.agreements.saveSignatures(versionNumber, plan)
    return { ...current, ...plan }
  })
}

/** All versions, oldest first. */
export async function listAgreements(ctx: UseCaseContext): Promise<readonly AgreementVersion[]> {
  authorize(ctx, 'agreement.read')
  return ctx.store.agreements.list()
}

/** One version, or `agreement.not_found`. */
export async function getAgreement(
  ctx: UseCaseContext,
  version: number,
): Promise<AgreementVersion> {
  authorize(ctx, 'agreement.read')
  const found = await ctx.store.agreements.find(version)
  if (!found) {
    throw new AppError(
      'agreement.not_found',
      `There is no agreement version ${version} in this workspace.`,
      {
        details: { version },
      },
    )
  }
  return found
}

/** The version in force at `at` (default now), or `agreement.none_in_force`. */
export async function getAgreementInForce(
  ctx: UseCaseContext,
  at?: Date,
): Promise<AgreementVersion> {
  authorize(ctx, 'agreement.read')
  const when = at ?? ctx.clock.now()
  const found = await ctx.store.agreements.findInForce(when)
  if (!found) {
    throw new AppError(
      'agreement.none_in_force',
      `No signed agreement is in force at ${when.toISOString()}; draft one with \`baton agreement draft\` and have both sides sign it.`,
    )
  }
  return found
}
