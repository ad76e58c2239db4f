import { sql } from 'kysely'
import type { EscalationStep } from '../src/core/agreement/index.ts'
import { openEmbedded } from '../src/db/open-database.ts'

/** How far the first-response clocks of a database have climbed, and every way they disagree with their messages. */
export type LadderState = {
  readonly clocks: number
  /** Clocks with at least one step run. */
  readonly advanced: number
  /** Clocks at the top of the ladder. */
  readonly finished: number
  /** Step messages in the outbox. */
  readonly steps: number
  readonly newestOutboxId: number
  readonly problems: readonly string[]
}

// The message each ladder action queues; a recycle queues none of its own.
const topicOf: Record<EscalationStep['action'], string | undefined> = {
  remind_owner: 'sla.reminder',
  notify_manager: 'sla.escalated',
  take_back: 'person.taken_back',
  recycle: undefined,
}

type ClockRow = {
  id: string
  level: number
  outcome: string | null
  nextCheckAt: Date | null
}
type MessageRow = { key: string; topic: string; clockId: string; level: string }

function clockProblems(
  clock: ClockRow,
  levels: readonly number[],
  ladder: readonly EscalationStep[],
): string[] {
  const problems: string[] = []
  // Step messages are keyed by the level before the step: a clock at level L has 0..L-1, once each.
  const expected = Array.from({ length: clock.level }, (_, i) => i)
  if (levels.join() !== expected.join())
    problems.push(
      `clock ${clock.id} is at level ${clock.level} with step messages [${levels.join()}]`,
    )
  const breached = clock.outcome === 'breached'
  if (breached !== clock.level > 0)
    problems.push(
      `clock ${clock.id} is at level ${clock.level} with outcome ${String(clock.outcome)}`,
    )
  if ((clock.nextCheckAt === null) !== (clock.level === ladder.length))
    problems.push(
      `clock ${clock.id} is at level ${clock.level} with next check ${String(clock.nextCheckAt)}`,
    )
  return problems
}

function messageProblems(
  messages: readonly MessageRow[],
  ladder: readonly EscalationStep[],
): string[] {
  const problems: string[] = []
  if (new Set(messages.map((m) => m.key)).size !== messages.length)
    problems.push('two step messages share a dedupe key')
  for (const m of messages) {
    const step = ladder[Number(m.level)]
    if (m.key !== `clock:${m.clockId}:step:${m.level}`)
      problems.push(`message ${m.key} names clock ${m.clockId} level ${m.level}`)
    else if (step === undefined || topicOf[step.action] !== m.topic)
      problems.push(`message ${m.key} is ${m.topic}, not step ${m.level} of the ladder`)
  }
  return problems
}

/** Reads the clocks and step messages of a closed embedded database and checks them against each other. */
export async function readLadderState(
  dataDir: string,
  ladder: readonly EscalationStep[],
): Promise<LadderState> {
  const opened = await openEmbedded(dataDir)
  try {
    const clocks = (
      await sql<ClockRow>`SELECT id, escalation_level AS level, outcome, next_check_at AS "nextCheckAt"
        FROM sla_clock WHERE kind = 'first_response'`.execute(opened.db)
    ).rows
    const messages = (
      await sql<MessageRow>`SELECT dedupe_key AS key, topic, payload->>'clockId' AS "clockId",
          payload->>'escalationLevel' AS level
        FROM outbox WHERE dedupe_key LIKE 'clock:%'`.execute(opened.db)
    ).rows
    const counts = (
      await sql<{ failed: number; newest: number }>`SELECT
        (SELECT count(*)::int FROM audit_log WHERE action = 'sla.escalation_failed') AS failed,
        (SELECT coalesce(max(id), 0)::int FROM outbox) AS newest`.execute(opened.db)
    ).rows[0]
    const levelsOf = new Map<string, number[]>()
    for (const m of messages)
      levelsOf.set(m.clockId, [...(levelsOf.get(m.clockId) ?? []), Number(m.level)])
    const problems = [
      ...messageProblems(messages, ladder),
      ...clocks.flatMap((c) =>
        clockProblems(
          c,
          (levelsOf.get(c.id) ?? []).sort((a, b) => a - b),
          ladder,
        ),
      ),
      ...messages
        .filter((m) => !clocks.some((c) => c.id === m.clockId))
        .map((m) => `message ${m.key} names no first-response clock`),
      ...(counts?.failed ? [`${String(counts.failed)} escalation steps failed`] : []),
    ]
    return {
      clocks: clocks.length,
      advanced: clocks.filter((c) => c.level > 0).length,
      finished: clocks.filter((c) => c.level === ladder.length).length,
      steps: messages.length,
      newestOutboxId: counts?.newest ?? 0,
      problems,
    }
  } finally {
    await opened.db.destroy()
  }
}
