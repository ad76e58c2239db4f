/** The PostgreSQL server the server-database suite runs on, if any (a throwaway database). */
export function testDatabaseUrl(): string | undefined {
  const url = process.env['BATON_TEST_DATABASE_URL'] ?? process.env['DATABASE_URL']
  return url === undefined || url.trim() === '' ? undefined : url
}
