import { profileLookalikes, type LookalikeProfile } from '../../core/predict/index.ts'
import { authorize } from '../access/authorize.ts'
import { AppError } from '../../core/shared/index.ts'
import { getAgreementInForce } from '../agreement/agreements.ts'
import type { UseCaseContext } from '../context.ts'

const features = ['industry', 'employeeCount', 'annualRevenueCents', 'country', 'region'] as const

/** The look-alike profile plus how many accounts were ranked before `limit` cut the list. */
export type LookalikeReport = LookalikeProfile & { readonly accounts: number }

/**
 * Profiles the agreement's best vs worst customers (every ideal customer profile's lists, by
 * account name) over account firmographics and ranks the other accounts by resemblance to the best.
 */
export async function lookalikeAccounts(
  ctx: UseCaseContext,
  options: { readonly limit: number },
): Promise<LookalikeReport> {
  authorize(ctx, 'accounts.read')
  const inForce = await getAgreementInForce(ctx)
  const profiles = inForce.document.idealCustomerProfiles
  const best = [...new Set(profiles.flatMap((p) => p.bestCustomers))]
  const worst = [...new Set(profiles.flatMap((p) => p.worstCustomers))]
  if (best.length === 0 || worst.length === 0) {
    throw new AppError(
      'request.invalid',
      `The agreement in force (version ${inForce.version}) lists ${best.length} best and ${worst.length} worst customers; look-alikes need both — fix: name accounts under idealCustomerProfiles[].bestCustomers and worstCustomers in a new version`,
      { details: { best: best.length, worst: worst.length } },
    )
  }
  const rows = await ctx.store.predictive.listAccountProfiles()
  const accounts = rows.map((row) => ({
    id: row.id,
    name: row.name,
    values: Object.fromEntries(features.map((f) => [f, row[f]])),
  }))
  const profile = profileLookalikes(accounts, { best, worst }, features)
  return {
    ...profile,
    accounts: profile.ranked.length,
    ranked: profile.ranked.slice(0, options.limit),
  }
}
