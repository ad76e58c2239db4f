import type { UseCaseContext } from '../src/app/context.ts'
import { addUser } from '../src/app/access/users.ts'
import { draftAgreement, signAgreement } from '../src/app/agreement/agreements.ts'
import { actAsUser } from '../src/app/access/act-as-user.ts'
import type { Agreement } from '../src/core/agreement/index.ts'
import { agreementFixture } from './agreement-fixture.ts'

/** Adds the fixture's two signatories and signs `document` (the fixture by default) into force. */
export async function signedAgreement(
  ctx: UseCaseContext,
  document: Agreement = agreementFixture(),
): Promise<void> {
  await addUser(ctx, { email: 'maria@acme.com', name: 'Maria Marketing', role: 'marketing' })
  await addUser(ctx, { email: 'sam@acme.com', name: 'Sam Sales', role: 'sales' })
  const { version } = await draftAgreement(ctx, document)
  await signAgreement(await actAsUser(ctx, 'maria@acme.com'), version.version, 'maria@acme.com')
  await signAgreement(await actAsUser(ctx, 'sam@acme.com'), version.version, 'sam@acme.com')
}
