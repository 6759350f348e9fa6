import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

/** The status of each of `ids` in the report of a tree of `files`. */
const statuses = async (files: Record<string, string>, ids: readonly string[]) => {
  const report = await scan(files);
  return Object.fromEntries(ids.map((id) => [id, statusOf(report, id)]));
};

describe('databases a multi-database crate names by its features', () => {
  // meeting-minutes (frontend/src-tauri/Cargo.toml:140, src/api/api.rs:312): sqlx with the `sqlite` feature only, and
  // code naming `sqlx::Error`, was proposed as PostgreSQL.
  it('reads sqlx’s database from its features, not from the crate', async () => {
    const found = await statuses(
      {
        'Cargo.toml': [
          '[package]',
          'name = "app"',
          '',
          '[dependencies]',
          'sqlx = { version = "0.8", features = [ "runtime-tokio", "sqlite", "chrono"] }',
          '',
        ].join('\n'),
        'src/api.rs': [
          'pub async fn list(state: &AppState) -> Result<Vec<Meeting>, String> {',
          '    let meetings: Result<Vec<Meeting>, sqlx::Error> = sqlx::query_as("SELECT * FROM meetings")',
          '        .fetch_all(state.db_manager.pool()).await;',
          '    meetings.map_err(|e| e.to_string())',
          '}',
          '',
        ].join('\n'),
        'src/database/manager.rs': [
          'use sqlx::{migrate::MigrateDatabase, Result, Sqlite, SqlitePool};',
          '',
          'pub struct DatabaseManager { pool: SqlitePool }',
          '',
        ].join('\n'),
      },
      ['postgres', 'sqlite'],
    );
    expect(found).toEqual({ postgres: undefined, sqlite: 'used' });
  });

  it('reads a feature in a dependency’s own table and a driver module in code', async () => {
    const found = await statuses(
      {
        'Cargo.toml': [
          '[package]',
          'name = "app"',
          '',
          '[dependencies.sqlx]',
          'version = "0.8"',
          'features = [',
          '  "runtime-tokio",',
          '  "postgres",',
          ']',
          '',
          '[dependencies]',
          'serde = "1"',
          '',
        ].join('\n'),
        'src/db.rs': [
          'use sqlx::postgres::PgPoolOptions;',
          '',
          'pub async fn connect(url: &str) { let _ = PgPoolOptions::new().connect(url).await; }',
          '',
        ].join('\n'),
      },
      ['postgres', 'sqlite', 'mysql'],
    );
    expect(found).toEqual({ postgres: 'used', sqlite: undefined, mysql: undefined });
  });
});

/** The sign-in facts' kinds of a tree of `files`, sorted. */
const signInKinds = async (files: Record<string, string>) =>
  (await scan(files)).facts
    .map((fact) => fact.kind)
    .filter((kind) => kind.startsWith('sign-in'))
    .sort();

describe('sign-in the twentieth session’s second reviews found misread', () => {
  // pipeshub-ai (backend/python/app/sources/external/notion/notion.py:1003): a client of Notion's SCIM API.
  it('reads no SCIM from a client calling another service’s SCIM path', async () => {
    const kinds = await signInKinds({
      'app/sources/external/notion/notion.py': [
        'class NotionDataSource:',
        '    async def get_scim_config(self):',
        '        url = self.base_url + "/scim/v2/ServiceProviderConfig"',
        '        return await self.http.get(url)',
        '',
      ].join('\n'),
      'code-generator/notion.py': 'SPEC = {"scim": [{"method": "GET", "path": "/scim/v2/Users"}]}\n',
      // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source with a template literal, as text
      'app/web/scim.ts': 'const users = await fetch(`${base}/scim/v2/Users`)\n',
    });
    expect(kinds).toEqual([]);
  });

  it('still reads a SCIM route the app serves', async () => {
    const kinds = await signInKinds({
      'src/routes/directory.ts': 'router.get("/api/scim/v2/Users", listUsers)\n',
    });
    expect(kinds).toEqual(['sign-in:scim']);
  });

  // pipeshub-ai (frontend/app/(public)/hooks/use-auth-actions.ts:162, forms/single-provider.tsx:99): the app's own hook
  // with methods named like Supabase's, and no Supabase anywhere: proposed as Supabase Auth and a sign-in link.
  it('reads an app’s own methods named like Supabase’s, not called with one options object, as neither', async () => {
    const report = await scan({
      'app/forms/single-provider.tsx': [
        'export function Form() {',
        '  const auth = useAuthActions()',
        '  const submit = () => auth.signInWithPassword(password)',
        '  return <Otp signInWithOtp={auth.signInWithOtp} onToken={(token) => auth.signInWithOAuth(token)} />',
        '}',
        '',
      ].join('\n'),
      'app/api.ts': [
        'export const AuthApi = {',
        '  async signInWithOtp(email: string, otp: string) {',
        '    return UserAccountLoginApi.signInWithOtp(email, otp)',
        '  },',
        '}',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'supabase-auth')).toBeUndefined();
    expect(report.facts.filter((fact) => fact.kind.startsWith('sign-in'))).toEqual([]);
  });

  it('still reads Supabase’s own calls with an options object', async () => {
    const report = await scan({
      'app/login.ts': [
        'const { error } = await supabase.auth.signInWithPassword(',
        '  { email, password },',
        ')',
        'await supabase.auth.signInWithOtp({ email })',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'supabase-auth')).toBe('used');
    expect(report.facts.map((fact) => fact.kind).sort()).toEqual(
      expect.arrayContaining(['sign-in:magic-link', 'sign-in:password']),
    );
  });

  // one-api (router/api.go:37, common/crypto.go:12, controller/auth/github.go:43, controller/auth/lark.go:45): a Go
  // router naming another package's handler, a password checked by a helper of its own, and GitHub's and Lark's token
  // exchanges in the app's auth controllers; only OpenID Connect was proposed.
  it('reads a password sign-in whose route and check are in different files, and OAuth token exchanges', async () => {
    const kinds = await signInKinds({
      'router/api.go': [
        'package router',
        '',
        'func SetApiRouter(router *gin.Engine) {',
        '\tuserRoute := router.Group("/user")',
        '\tuserRoute.POST("/login", middleware.CriticalRateLimit(), controller.Login)',
        '}',
        '',
      ].join('\n'),
      'common/crypto.go': [
        'package common',
        '',
        'import "golang.org/x/crypto/bcrypt"',
        '',
        'func ValidatePasswordAndHash(password string, hash string) bool {',
        '\terr := bcrypt.CompareHashAndPassword([]byte(hash), []byte(password))',
        '\treturn err == nil',
        '}',
        '',
      ].join('\n'),
      'controller/auth/github.go': [
        'package auth',
        '',
        'func getGitHubUserInfoByCode(code string) {',
        '\treq, _ := http.NewRequest("POST", "https://github.com/login/oauth/access_token", body)',
        '}',
        '',
      ].join('\n'),
    });
    expect(kinds).toEqual(['sign-in:password', 'sign-in:social']);
  });

  it('reads no password from a hash checked where no log-in route is declared', async () => {
    const kinds = await signInKinds({
      'lib/share.ts': 'export const open = (link) => bcrypt.compare(link.password, link.hash)\n',
    });
    expect(kinds).toEqual([]);
  });
});

describe('Azure OpenAI as BetterChatGPT reaches it', () => {
  // BetterChatGPT (src/utils/api.ts:2, src/api/api.ts:18-43): the resources' domain tested with no leading dot, and the
  // deployments path appended with no leading slash; Azure OpenAI was not found.
  it('reads the resources’ domain alone and the deployments path with no leading slash', async () => {
    const found = await statuses(
      {
        'src/utils/api.ts':
          "export const isAzureEndpoint = (endpoint: string) => endpoint.includes('openai.azure.com');\n",
      },
      ['azure-openai'],
    );
    expect(found).toEqual({ 'azure-openai': 'used' });
    const byPath = await statuses(
      {
        'src/api/api.ts':
          // biome-ignore lint/suspicious/noTemplateCurlyInString: JavaScript source with a template literal, as text
          'export const path = (model: string, v: string) => `openai/deployments/${model}/chat/completions?api-version=${v}`;\n',
      },
      ['azure-openai'],
    );
    expect(byPath).toEqual({ 'azure-openai': 'used' });
  });
});

describe('documentation the twentieth session’s second reviews found read as use', () => {
  // pipeshub-ai (backend/nodejs/apps/src/modules/api-docs/pipeshub-openapi.yaml:34136): an SMTP setting's description
  // listing Amazon SES's host among common providers, in the app's OpenAPI document.
  it('reads an OpenAPI document as documentation', async () => {
    const report = await scan({
      'src/modules/api-docs/openapi.yaml': [
        'openapi: 3.0.0',
        'info:',
        '  title: Example API',
        'paths:',
        '  /smtp:',
        '    post:',
        '      description: |',
        '        - Amazon SES: host=email-smtp.us-east-1.amazonaws.com, port=587',
        '',
      ].join('\n'),
    });
    expect(statusOf(report, 'amazon-ses')).toBe('mentioned');
  });
});
