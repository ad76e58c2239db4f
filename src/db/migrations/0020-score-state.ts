import { sql, type Kysely } from 'kysely'

// Real-time scoring folds a batch's events into what it kept of the person's history instead of
// reading the history again: the events rules scored, as [rule, instant] pairs, the first match of
// each negative event rule and the latest event (core/scoring ScoreState, as compact text: see
// db/score-state-text.ts). NULL means "score the whole history": every writer of a person's events
// other than real-time scoring clears it.
export async function up(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE person ADD COLUMN score_state text`.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE person DROP COLUMN score_state`.execute(db)
}
