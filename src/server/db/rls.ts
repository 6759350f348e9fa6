/**
 * The organisation set for the transaction, as policies read it. Written out (not through a function) so the
 * policy says what it depends on, which is also what Trustmap's own isolation probe checks for.
 */
export const ORG_SETTING = "nullif(current_setting('app.org_id', true), '')::uuid";

/**
 * SQL that makes a table organisation-owned: an `org_id uuid` column is expected; row-level security is enabled
 * and forced, one policy lets the application role see and write only rows of the organisation set for the
 * transaction, and the role gets the listed privileges (no more). Use it in a module's migrations.
 * @example migrations: [`CREATE TABLE notes (org_id uuid NOT NULL REFERENCES orgs(id), body text)`, orgOwnedTable('notes')]
 */
export function orgOwnedTable(
  table: string,
  privileges: readonly ('SELECT' | 'INSERT' | 'UPDATE' | 'DELETE')[] = ['SELECT', 'INSERT'],
): string {
  return `
ALTER TABLE ${table} ENABLE ROW LEVEL SECURITY;
ALTER TABLE ${table} FORCE ROW LEVEL SECURITY;
CREATE POLICY ${table}_org_isolation ON ${table}
  USING (org_id = ${ORG_SETTING}) WITH CHECK (org_id = ${ORG_SETTING});
GRANT ${privileges.join(', ')} ON ${table} TO {{app_role}};`;
}
