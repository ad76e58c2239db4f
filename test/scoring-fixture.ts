import { readFileSync } from 'node:fs'
import { parse } from 'yaml'
import { actAsUser } from '../src/app/access/act-as-user.ts'
import { addUser } from '../src/app/access/users.ts'
import { draftAgreement, signAgreement } from '../src/app/agreement/agreements.ts'
import type { UseCaseContext } from '../src/app/context.ts'
import type { WorkspaceStorage } from '../src/app/ports.ts'
import { withRealTimeScoring } from '../src/app/scoring/with-real-time-scoring.ts'
import { agreementFixture } from './agreement-fixture.ts'
import { fixedClock } from './fixed-clock.ts'

/** The hand-raiser preset as a parsed document (demo request 50, VP title 15, 60-point hand-off). */
export function handRaiserDocument(): Record<string, unknown> {
  const url = new URL('../presets/score-models/hand-raiser.yaml', import.meta.url)
  return parse(readFileSync(url, 'utf8')) as Record<string, unknown>
}

/** A scoring context on a fresh workspace with a signed agreement (mql at 60) in force. */
export async function scoringContext(store: WorkspaceStorage, now = '2026-11-23T15:00:00.000Z') {
  const clock = fixedClock(now)
  const plain: UseCaseContext = { store, clock, actor: 'test', role: 'admin' }
  await addUser(plain, { email: 'maria@acme.com', name: 'Maria Marketing', role: 'marketing' })
  await addUser(plain, { email: 'sam@acme.com', name: 'Sam Sales', role: 'sales' })
  const { version } = await draftAgreement(plain, agreementFixture())
  await signAgreement(await actAsUser(plain, 'maria@acme.com'), version.version, 'maria@acme.com')
  await signAgreement(await actAsUser(plain, 'sam@acme.com'), version.version, 'sam@acme.com')
  return { ctx: withRealTimeScoring(plain), clock, agreementVersion: version.version }
}
