import { sql, type Kysely } from 'kysely'

// Dynamic segments: what a segment's members are (people or accounts), what it is for and who
// saved it. The filter itself stays in `definition`, as the data the API took.
const statements = [
  sql`ALTER TABLE segment ADD COLUMN subject text NOT NULL DEFAULT 'person'
    CHECK (subject IN ('person', 'account'))`,
  sql`ALTER TABLE segment ADD COLUMN description text`,
  sql`ALTER TABLE segment ADD COLUMN created_by text`,
]

export async function up(db: Kysely<unknown>): Promise<void> {
  for (const statement of statements) await statement.execute(db)
}

export async function down(db: Kysely<unknown>): Promise<void> {
  await sql`ALTER TABLE segment DROP COLUMN created_by`.execute(db)
  await sql`ALTER TABLE segment DROP COLUMN description`.execute(db)
  await sql`ALTER TABLE segment DROP COLUMN subject`.execute(db)
}
