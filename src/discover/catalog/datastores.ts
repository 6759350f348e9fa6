import type { ProviderEntry } from './types.js';

const datastore = (entry: Omit<ProviderEntry, 'category' | 'ai'>): ProviderEntry => ({
  category: 'datastore',
  ai: false,
  ...entry,
});

/** An object store: where an app keeps the files users upload (`serves: files`). */
const objectStore = (entry: Omit<ProviderEntry, 'category' | 'ai' | 'serves'>): ProviderEntry =>
  datastore({ ...entry, serves: 'files' });

/** Databases, caches and object stores that hold the data AI features read and write. */
export const DATASTORE_PROVIDERS: readonly ProviderEntry[] = [
  datastore({
    id: 'postgres',
    name: 'PostgreSQL',
    vendor: 'postgres',
    hosting: 'self-hosted',
    signals: {
      // NuGet: Npgsql, its Entity Framework provider, and Semantic Kernel's and Kernel Memory's Postgres stores.
      nuget: [
        'Npgsql',
        'Npgsql.EntityFrameworkCore.PostgreSQL',
        'Microsoft.SemanticKernel.Connectors.Postgres',
        'Microsoft.KernelMemory.MemoryDb.Postgres',
      ],
      // Drizzle's PostgreSQL drivers by their import path (scira's `drizzle-orm/node-postgres`: its one database was
      // said only mentioned in package.json).
      npm: [
        'pg',
        'postgres',
        'pg-promise',
        '@langchain/langgraph-checkpoint-postgres',
        'drizzle-orm/node-postgres',
        'drizzle-orm/postgres-js',
      ],
      // LangGraph's checkpointers keep each agent thread's state in the store (SurfSense: `AsyncPostgresSaver`).
      pypi: ['psycopg', 'psycopg2', 'psycopg2-binary', 'asyncpg', 'langgraph-checkpoint-postgres'],
      pythonImports: ['langgraph.checkpoint.postgres'],
      // SQLAlchemy's PostgreSQL dialect schemes, which load the driver without an import (as for MySQL).
      markers: [
        'postgresql+psycopg',
        'postgresql+asyncpg',
        'postgresql+pg8000',
        'PostgresSaver',
        'PostgresqlDatabase(',
        'PostgresqlExtDatabase(',
        // sqlx's PostgreSQL pool and options (docs.rs/sqlx, `sqlx::postgres`, checked 2026-12-07).
        'PgPool',
        'PgPoolOptions',
        'PgConnectOptions',
      ],
      // GORM's drivers too (`gorm.io/driver/postgres`, then `gorm.Open(postgres.New(…))`): one-api's database was said
      // only mentioned in go.mod, the driver its GORM driver wraps being an indirect dependency there.
      go: ['github.com/jackc/pgx', 'github.com/lib/pq', 'gorm.io/driver/postgres'],
      // sqlx speaks PostgreSQL, MySQL and SQLite, each behind a Cargo feature of its own and, from 0.7, a crate of its
      // own (`sqlx-postgres`): the crate alone names no database (meeting-minutes' `sqlx` with the `sqlite` feature
      // only was proposed as PostgreSQL). `crate/feature` is Cargo's own spelling of a crate's feature.
      cargo: ['tokio-postgres', 'sqlx/postgres', 'sqlx-postgres'],
      gem: ['pg'],
      maven: ['postgresql'],
      env: ['PGHOST', 'PGDATABASE', 'POSTGRES_URL', 'POSTGRES_PASSWORD', 'POSTGRES_DB'],
      images: ['postgres', 'postgis/postgis', 'bitnami/postgresql'],
      terraform: [
        { type: 'aws_db_instance', attribute: 'engine', matches: 'postgres' },
        { type: 'aws_rds_cluster', attribute: 'engine', matches: 'postgres' },
        { type: 'google_sql_database_instance', attribute: 'database_version', matches: '^postgres' },
        { type: 'azurerm_postgresql*' },
      ],
    },
  }),
  datastore({
    id: 'mysql',
    name: 'MySQL',
    vendor: 'mysql',
    hosting: 'self-hosted',
    signals: {
      npm: ['mysql', 'mysql2'],
      gem: ['mysql2'],
      pypi: ['mysqlclient', 'pymysql', 'mysql-connector-python', 'asyncmy', 'aiomysql'],
      go: ['github.com/go-sql-driver/mysql', 'gorm.io/driver/mysql'],
      cargo: ['mysql', 'sqlx/mysql', 'sqlx-mysql'],
      images: ['mysql', 'mariadb'],
      // SQLAlchemy loads the driver its URL's scheme names, and the code never imports it (Autoflow's TiDB, reached
      // with the scheme `mysql+pymysql`, was "not found in the code" in a lineage answer sent without review).
      // SQLAlchemy's dialect names, from its MySQL dialect documentation (checked 2026-12-05).
      markers: [
        'mysql+pymysql',
        'mysql+asyncmy',
        'mysql+aiomysql',
        'mysql+mysqldb',
        'mysql+mysqlconnector',
        'MySQLDatabase(',
        // sqlx's MySQL pool and options (docs.rs/sqlx, `sqlx::mysql`).
        'MySqlPool',
        'MySqlPoolOptions',
        'MySqlConnectOptions',
      ],
      terraform: [
        { type: 'aws_db_instance', attribute: 'engine', matches: 'mysql|mariadb' },
        { type: 'aws_rds_cluster', attribute: 'engine', matches: 'mysql' },
      ],
    },
  }),
  datastore({
    id: 'redis',
    name: 'Redis',
    vendor: 'redis',
    hosting: 'self-hosted',
    signals: {
      // NuGet: StackExchange.Redis, and Semantic Kernel's and Kernel Memory's Redis stores.
      nuget: [
        'StackExchange.Redis',
        'Microsoft.SemanticKernel.Connectors.Redis',
        'Microsoft.KernelMemory.MemoryDb.Redis',
      ],
      npm: ['redis', 'ioredis', '@redis/client', '@langchain/langgraph-checkpoint-redis'],
      cargo: ['redis', 'deadpool-redis', 'fred'],
      pypi: ['redis', 'langgraph-checkpoint-redis'],
      pythonImports: ['langgraph.checkpoint.redis'],
      // The session stores of web frameworks are Redis clients too (Casibase imports beego's for its sessions).
      go: [
        'github.com/redis/go-redis',
        'github.com/go-redis/redis',
        'github.com/gomodule/redigo',
        'github.com/beego/beego/session/redis',
        'github.com/beego/beego/v2/server/web/session/redis',
        'github.com/astaxie/beego/session/redis',
        'github.com/gin-contrib/sessions/redis',
      ],
      gem: ['redis'],
      env: ['REDIS_URL', 'REDIS_HOST'],
      images: ['redis', 'redis/redis-stack', 'valkey/valkey', 'bitnami/redis'],
      terraform: [
        { type: 'aws_elasticache_replication_group' },
        { type: 'aws_elasticache_cluster' },
        { type: 'aws_elasticache_serverless_cache' },
      ],
    },
  }),
  // An analytical database: Langfuse keeps every trace, prompt and completion in it, required by its settings, and it
  // was proposed as nothing. Client names from ClickHouse's own language-client docs (`@clickhouse/client`,
  // `clickhouse-connect`, `clickhouse-go`) and its server image (`clickhouse/clickhouse-server`), checked 2026-12-05.
  datastore({
    id: 'clickhouse',
    name: 'ClickHouse',
    vendor: 'clickhouse',
    hosting: 'self-hosted',
    website: 'https://clickhouse.com',
    signals: {
      npm: ['@clickhouse/client', '@clickhouse/client-web'],
      cargo: ['clickhouse'],
      pypi: ['clickhouse-connect', 'clickhouse-driver'],
      go: ['github.com/ClickHouse/clickhouse-go'],
      env: ['CLICKHOUSE_URL', 'CLICKHOUSE_HOST'],
      images: ['clickhouse/clickhouse-server', 'yandex/clickhouse-server'],
    },
  }),
  // Serverless Redis over HTTP, hosted by Upstash, and Vercel KV built on it (Novel's rate limiter keeps client IP
  // addresses there): the SDKs `@upstash/redis`, `@upstash/ratelimit`, `@vercel/kv` and PyPI `upstash-redis`, their
  // REST settings, and the `*.upstash.io` hosts, from Upstash's and Vercel's docs, checked 2026-12-05.
  datastore({
    id: 'upstash-redis',
    name: 'Upstash Redis (serverless)',
    vendor: 'upstash',
    hosting: 'vendor-hosted',
    website: 'https://upstash.com/docs/redis',
    signals: {
      npm: ['@upstash/redis', '@upstash/ratelimit', '@vercel/kv'],
      pypi: ['upstash-redis'],
      env: ['UPSTASH_REDIS_REST_URL', 'UPSTASH_REDIS_REST_TOKEN', 'KV_REST_API_URL', 'KV_REST_API_TOKEN'],
      hosts: ['*.upstash.io'],
    },
  }),
  // Eleventh round: hosted databases that keep an app's data on the vendor's servers, modelled like Supabase and Upstash
  // Redis (vendor-hosted data stores). Checked on 2026-12-05 against: Neon's serverless driver pages
  // (`@neondatabase/serverless`, `neon(process.env.DATABASE_URL)`) and its connection-string pages (compute hosts such
  // as `ep-cool-darkness-a1b2c3d4-pooler.us-east-2.aws.neon.tech`); PlanetScale's serverless driver page
  // (`@planetscale/database`) and its keyspace-targeting page (`mysql -h aws.connect.psdb.cloud`); Turso's TypeScript
  // and SQL-over-HTTP quickstarts (TURSO_DATABASE_URL, TURSO_AUTH_TOKEN, `@tursodatabase/serverless`), the Python
  // serverless driver README in tursodatabase/turso (`import turso_serverless`, `libsql://my-db.turso.io`); Tinybird's
  // TypeScript SDK quick start (`@tinybirdco/sdk`; TINYBIRD_TOKEN, TINYBIRD_URL), its regions table (`api.tinybird.co`,
  // `api.us-east.tinybird.co`, `api.<region>.<cloud>.tinybird.co`) and the `@chronark/zod-bird` README (a typed client
  // for Tinybird pipes, reading TINYBIRD_TOKEN). Neon's driver was PostgreSQL's until now: it connects to Neon's own
  // servers (only PlanetScale documents it for its Postgres too), so it names the hosted service, not a database of
  // ours. A generic DATABASE_URL names no vendor; `@libsql/client` is not Turso's alone (it opens local SQLite files
  // too), nor are `pg` and `mysql2` Neon's or PlanetScale's: their hosts in a URL name them.
  // The drivers and ORM adapters that speak only to these services (make-real's `@vercel/postgres`, Vercel's managed
  // Postgres on Neon's servers, was proposed as a PostgreSQL of ours, self-hosted): `@vercel/postgres` wraps Neon's
  // driver, and Vercel moved its Postgres stores to Neon (Drizzle's "Drizzle <> Vercel Postgres" and "Drizzle with
  // Postgres on Vercel" pages, checked 2026-12-06); Drizzle's `neon-http`, `neon-serverless`, `vercel-postgres` and
  // `planetscale-serverless` drivers and Prisma's `@prisma/adapter-neon` and `@prisma/adapter-planetscale` adapters
  // are built on those drivers. `engine`: a database of that engine found only beside them is theirs (`merge.ts`).
  // The variables Vercel's Postgres integration sets for a store (`POSTGRES_PRISMA_URL` for Prisma's pooled connection,
  // `POSTGRES_URL_NON_POOLING` for its direct one) and its hosts `<endpoint>[-pooler].<region>.postgres.vercel-storage.com`:
  // prisma/nextjs-edge-functions' README ("Vercel Postgres uses Neon under the hood", with both variables and sample
  // URLs) and Neon's Vercel template `.env.example` ("Parameters for Vercel Postgres Templates"), checked 2026-12-06.
  // Not `POSTGRES_URL`, which a PostgreSQL of one's own is given as often (pdftochat: Prisma's `provider = "postgresql"`
  // read from `POSTGRES_PRISMA_URL`, beside `@vercel/postgres`, was proposed as a PostgreSQL of ours, self-hosted).
  datastore({
    id: 'neon',
    name: 'Neon (serverless PostgreSQL)',
    vendor: 'neon',
    hosting: 'vendor-hosted',
    website: 'https://neon.com',
    engine: 'postgres',
    signals: {
      npm: [
        '@neondatabase/serverless',
        '@vercel/postgres',
        '@vercel/postgres-kysely',
        '@prisma/adapter-neon',
        'drizzle-orm/neon-http',
        'drizzle-orm/neon-serverless',
        'drizzle-orm/vercel-postgres',
      ],
      env: ['POSTGRES_PRISMA_URL', 'POSTGRES_URL_NON_POOLING'],
      hosts: ['*.neon.tech', '*.postgres.vercel-storage.com'],
    },
  }),
  datastore({
    id: 'planetscale',
    name: 'PlanetScale (hosted MySQL)',
    vendor: 'planetscale',
    hosting: 'vendor-hosted',
    website: 'https://planetscale.com',
    engine: 'mysql',
    signals: {
      npm: ['@planetscale/database', '@prisma/adapter-planetscale', 'drizzle-orm/planetscale-serverless'],
      hosts: ['*.connect.psdb.cloud'],
    },
  }),
  datastore({
    id: 'turso',
    name: 'Turso (hosted libSQL)',
    vendor: 'turso',
    hosting: 'vendor-hosted',
    website: 'https://turso.tech',
    signals: {
      npm: ['@tursodatabase/serverless'],
      pythonImports: ['turso_serverless'],
      env: ['TURSO_DATABASE_URL', 'TURSO_AUTH_TOKEN'],
      hosts: ['*.turso.io'],
    },
  }),
  datastore({
    id: 'tinybird',
    name: 'Tinybird (hosted analytics database)',
    vendor: 'tinybird',
    hosting: 'vendor-hosted',
    website: 'https://www.tinybird.co',
    signals: {
      npm: ['@tinybirdco/sdk', '@chronark/zod-bird'],
      env: ['TINYBIRD_TOKEN', 'TINYBIRD_URL'],
      hosts: ['api.tinybird.co', 'api.*.tinybird.co'],
    },
  }),
  datastore({
    id: 'mongodb',
    name: 'MongoDB',
    vendor: 'mongodb',
    hosting: 'self-hosted',
    signals: {
      npm: ['mongodb', 'mongoose', '@langchain/langgraph-checkpoint-mongodb'],
      gem: ['mongo', 'mongoid'],
      cargo: ['mongodb'],
      pypi: ['pymongo', 'motor', 'langgraph-checkpoint-mongodb'],
      pythonImports: ['langgraph.checkpoint.mongodb'],
      go: ['go.mongodb.org/mongo-driver'],
      env: ['MONGODB_URI', 'MONGO_URL'],
      images: ['mongo', 'mongodb/mongodb-community-server'],
    },
  }),
  // The fsspec file systems for each cloud's object store (s3fs, gcsfs, adlfs; names not re-checked on PyPI, 2026-12-06)
  // read and write `s3://`, `gs://` and `abfs://` paths with no boto3 or cloud SDK import: sec-insights keeps its
  // uploaded filings and LlamaIndex stores in S3 through `s3fs.S3FileSystem(…)`, and AWS was "only mentioned".
  // `fsspec.filesystem("s3")` loads s3fs by its protocol's name.
  objectStore({
    id: 'aws-s3',
    name: 'Amazon S3',
    vendor: 'aws',
    hosting: 'vendor-hosted',
    signals: {
      pypi: ['s3fs'],
      // The v2 SDK's client (`new AWS.S3()`: self.so's lib/server/deleteS3File.ts), whose package `aws-sdk` names
      // every AWS service and is the `aws` entry's.
      markers: ['fsspec.filesystem("s3"', "fsspec.filesystem('s3'", 'AWS.S3('],
      // `next-s3-upload` uploads the browser's files to the app's bucket (self.so's app/api/s3-upload/route.ts).
      npm: ['@aws-sdk/client-s3', '@aws-sdk/lib-storage', '@aws-sdk/s3-request-presigner', 'next-s3-upload'],
      go: ['github.com/aws/aws-sdk-go-v2/service/s3'],
      maven: ['s3'],
      terraform: [{ type: 'aws_s3_bucket' }],
      awsServices: ['s3'],
      env: ['S3_BUCKET', 'AWS_S3_BUCKET'],
    },
  }),
  datastore({
    id: 'aws-dynamodb',
    name: 'Amazon DynamoDB',
    vendor: 'aws',
    hosting: 'vendor-hosted',
    signals: {
      npm: ['@aws-sdk/client-dynamodb', '@aws-sdk/lib-dynamodb'],
      terraform: [{ type: 'aws_dynamodb_table' }],
      awsServices: ['dynamodb'],
    },
  }),
  datastore({
    id: 'aws-cloudwatch-logs',
    name: 'Amazon CloudWatch Logs',
    vendor: 'aws',
    hosting: 'vendor-hosted',
    signals: {
      npm: ['@aws-sdk/client-cloudwatch-logs'],
      terraform: [{ type: 'aws_cloudwatch_log_group' }],
      awsServices: ['logs'],
    },
  }),
  objectStore({
    id: 'gcs',
    name: 'Google Cloud Storage',
    vendor: 'google',
    hosting: 'vendor-hosted',
    signals: {
      npm: ['@google-cloud/storage'],
      pypi: ['google-cloud-storage', 'gcsfs'],
      pythonImports: ['google.cloud.storage'],
      // The Go client library (pkg.go.dev/cloud.google.com/go/storage, read 2026-12-07): helix's GCS filestore.
      go: ['cloud.google.com/go/storage'],
      markers: [
        'fsspec.filesystem("gcs"',
        "fsspec.filesystem('gcs'",
        'fsspec.filesystem("gs"',
        "fsspec.filesystem('gs'",
      ],
      terraform: [{ type: 'google_storage_bucket' }],
    },
  }),
  objectStore({
    id: 'azure-blob-storage',
    name: 'Azure Blob Storage',
    vendor: 'microsoft',
    hosting: 'vendor-hosted',
    signals: {
      // NuGet: the Azure SDK's blob client and Kernel Memory's document storage on it.
      nuget: ['Azure.Storage.Blobs', 'Microsoft.KernelMemory.DocumentStorage.AzureBlobs'],
      npm: ['@azure/storage-blob'],
      pypi: ['azure-storage-blob', 'adlfs'],
      // The distribution is imported as `azure.storage.blob` (RAGFlow's `from azure.storage.blob import …`).
      pythonImports: ['azure.storage.blob'],
      markers: [
        'fsspec.filesystem("abfs"',
        "fsspec.filesystem('abfs'",
        'fsspec.filesystem("az"',
        "fsspec.filesystem('az'",
      ],
      terraform: [{ type: 'azurerm_storage_account' }],
    },
  }),
  // Azure Cosmos DB (microsoft/sample-app-aoai-chatGPT keeps every user's chat history in it through `azure.cosmos`,
  // and the catalog had no entry): the client packages from PyPI's `azure-cosmos` page and Microsoft's Python SDK
  // reference (checked 2026-12-06), npm's `@azure/cosmos`, and its accounts' `<account>.documents.azure.com` host.
  datastore({
    id: 'azure-cosmos-db',
    name: 'Azure Cosmos DB',
    vendor: 'microsoft',
    hosting: 'vendor-hosted',
    signals: {
      // NuGet: the .NET SDK (`Microsoft.Azure.Cosmos`, chat-copilot's chat history) and Semantic Kernel's stores.
      nuget: ['Microsoft.Azure.Cosmos', 'Microsoft.SemanticKernel.Connectors.AzureCosmosDBNoSQL'],
      npm: ['@azure/cosmos'],
      pypi: ['azure-cosmos'],
      pythonImports: ['azure.cosmos'],
      hosts: ['*.documents.azure.com'],
      terraform: [{ type: 'azurerm_cosmosdb_account' }],
    },
  }),
  // An app's own database file (anything-llm's chats and users through Prisma, private-gpt's sqlite): checked on
  // 2026-12-04 against the packages' registry pages (better-sqlite3, sqlite3 and sqlite on npm; aiosqlite and
  // sqlite-utils on PyPI; mattn/go-sqlite3 and modernc.org/sqlite; rusqlite; the sqlite3 gem) and Python's standard
  // `sqlite3` module; Django's engine name from its database settings reference.
  datastore({
    id: 'sqlite',
    name: 'SQLite',
    vendor: 'sqlite',
    hosting: 'self-hosted',
    website: 'https://sqlite.org',
    signals: {
      npm: ['better-sqlite3', 'sqlite3', 'sqlite', '@langchain/langgraph-checkpoint-sqlite'],
      pypi: ['aiosqlite', 'sqlite-utils', 'langgraph-checkpoint-sqlite'],
      pythonImports: ['sqlite3', 'aiosqlite', 'sqlite_utils', 'langgraph.checkpoint.sqlite'],
      // GORM's SQLite drivers (`gorm.io/driver/sqlite`, and the pure-Go `github.com/glebarez/sqlite` from GORM's
      // "Connecting to a Database" page, checked 2026-12-07): paperless-gpt's history database was only mentioned.
      go: [
        'github.com/mattn/go-sqlite3',
        'modernc.org/sqlite',
        'gorm.io/driver/sqlite',
        'github.com/glebarez/sqlite',
      ],
      cargo: ['rusqlite', 'sqlx/sqlite', 'sqlx-sqlite'],
      gem: ['sqlite3'],
      // SQLAlchemy's database URLs (kotaemon's `sqlite:///{…}/sql.db` named no driver): from SQLAlchemy's engine
      // configuration reference, checked 2026-12-04.
      // Peewee's database classes (docs.peewee-orm.com, "Database", checked 2026-12-06): openui keeps its users and
      // sessions in `SqliteDatabase(…)`, unfound.
      markers: [
        'django.db.backends.sqlite3',
        'sqlite:///',
        'sqlite+aiosqlite:///',
        'sqlite+pysqlite:///',
        'SqliteDatabase(',
        'SqliteExtDatabase(',
        // sqlx's SQLite pool and options (docs.rs/sqlx, `sqlx::sqlite`).
        'SqlitePool',
        'SqlitePoolOptions',
        'SqliteConnectOptions',
      ],
    },
  }),
  datastore({
    id: 'supabase',
    name: 'Supabase',
    vendor: 'supabase',
    hosting: 'vendor-hosted',
    signals: {
      npm: ['@supabase/supabase-js'],
      pypi: ['supabase'],
      env: ['SUPABASE_URL', 'SUPABASE_ANON_KEY', 'SUPABASE_SERVICE_ROLE_KEY'],
      hosts: ['*.supabase.co'],
    },
  }),
  // Convex: the app's database, file storage and vector search in one deployment, Convex Cloud's unless the repository
  // runs its backend image (get-convex/convex-backend's `self-hosted/docker/docker-compose.yml`, read 2026-12-06). Its
  // functions import `convex/server` and `convex/values` (`defineSchema`, `v`) and reach it through `ctx.db`,
  // `ctx.storage` and `ctx.vectorSearch(`; the clients read `CONVEX_URL` and deploy with `CONVEX_DEPLOYMENT`. Where
  // the code searches vectors in it (`ctx.vectorSearch`), it is the app's vector store too
  // (notesGPT keeps its notes, their embeddings and the recordings there; Convex was not found at all).
  datastore({
    id: 'convex',
    name: 'Convex',
    vendor: 'convex',
    hosting: 'vendor-hosted',
    website: 'https://www.convex.dev',
    managedIndex: String.raw`vectorSearch|\.vectorIndex\(`,
    signals: {
      npm: ['convex'],
      pypi: ['convex'],
      env: [
        'CONVEX_URL',
        'NEXT_PUBLIC_CONVEX_URL',
        'CONVEX_DEPLOYMENT',
        'CONVEX_DEPLOY_KEY',
        'CONVEX_SITE_URL',
      ],
      hosts: ['*.convex.cloud', '*.convex.site'],
      markers: ['ctx.vectorSearch('],
    },
    selfHosted: { name: 'Convex (self-hosted)', images: ['get-convex/convex-backend'] },
  }),
  // Ninth round (RAGFlow and LibreChat reviews), checked on 2026-12-04. MinIO's SDK page (PyPI and npm `minio`, Go
  // `github.com/minio/minio-go`, Maven `io.minio:minio`) and container docs (`quay.io/minio/minio`, `minio/minio`,
  // MINIO_ROOT_USER, MINIO_ROOT_PASSWORD). Alibaba Cloud OSS: the `oss2` PyPI README, the `ali-oss` README and
  // Alibaba's Node.js quick start (OSS_ACCESS_KEY_ID, OSS_ACCESS_KEY_SECRET), the Go SDK README
  // (`github.com/aliyun/aliyun-oss-go-sdk`), and the region endpoints `oss-<region>[-internal].aliyuncs.com` with
  // buckets at `<bucket>.oss-<region>.aliyuncs.com`. Cloud Storage for Firebase: the web SDK's `firebase/storage`
  // and the Admin SDK's `firebase-admin/storage` (Node) and `from firebase_admin import storage` (Python), download
  // URLs on `firebasestorage.googleapis.com` and default buckets `<project>.firebasestorage.app`; the `firebase` and
  // `firebase-admin` packages alone also serve Auth, Firestore and Messaging, so they name no storage.
  objectStore({
    id: 'minio',
    name: 'MinIO',
    vendor: 'minio',
    hosting: 'self-hosted',
    signals: {
      pypi: ['minio'],
      npm: ['minio'],
      go: ['github.com/minio/minio-go'],
      jvm: ['io.minio'],
      env: ['MINIO_ROOT_USER', 'MINIO_ROOT_PASSWORD'],
      images: ['minio/minio'],
    },
  }),
  // Twelfth round, checked on 2026-12-05 against Cloudflare's R2 docs: "S3" in Get started (any S3 SDK, with the
  // endpoint URL changed) and "Configure aws-sdk-js-v3" (`new S3Client({ region: "auto", endpoint:
  // \`https://${ACCOUNT_ID}.r2.cloudflarestorage.com\` })`), and django-storages' R2 page (`endpoint_url`).
  objectStore({
    id: 'cloudflare-r2',
    name: 'Cloudflare R2',
    vendor: 'cloudflare',
    hosting: 'vendor-hosted',
    speaksS3: true,
    signals: {
      hosts: ['*.r2.cloudflarestorage.com'],
    },
  }),
  objectStore({
    id: 'aliyun-oss',
    name: 'Alibaba Cloud Object Storage Service (OSS)',
    vendor: 'alibaba',
    hosting: 'vendor-hosted',
    signals: {
      pypi: ['oss2'],
      npm: ['ali-oss'],
      go: ['github.com/aliyun/aliyun-oss-go-sdk'],
      env: ['OSS_ACCESS_KEY_ID', 'OSS_ACCESS_KEY_SECRET'],
      hosts: ['oss-*.aliyuncs.com', '*.oss-*.aliyuncs.com'],
    },
  }),
  objectStore({
    id: 'firebase-storage',
    name: 'Cloud Storage for Firebase',
    vendor: 'google',
    hosting: 'vendor-hosted',
    signals: {
      npm: ['firebase/storage', 'firebase-admin/storage'],
      pythonImports: ['firebase_admin.storage'],
      hosts: ['firebasestorage.googleapis.com', '*.firebasestorage.app'],
    },
  }),
  // vercel/ai-chatbot's uploads (review of 2026-12-05). Vercel's "@vercel/blob" SDK page
  // (vercel.com/docs/vercel-blob/using-blob-sdk, updated 2026-02-19: the package and BLOB_READ_WRITE_TOKEN, created
  // with the store), checked on 2026-12-05; public blobs are served from `<store>.public.blob.vercel-storage.com`.
  // Eleventh round: hosted media and upload services that keep the files users upload. Checked on 2026-12-05 against:
  // Cloudinary's Node.js SDK pages (npm `cloudinary`, the CLOUDINARY_URL variable), its Next.js upload page and
  // configuration tutorial with the next-cloudinary README (`next-cloudinary`'s CldUploadWidget;
  // NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME), PyPI `cloudinary` and the Upload API reference
  // (`https://api.cloudinary.com/v1_1/:cloud_name/:action`); UploadThing's setup pages (npm
  // `uploadthing`, `@uploadthing/react`; UPLOADTHING_TOKEN) and the `uploadthing` package's default API URL
  // (`https://api.uploadthing.com`). Their delivery hosts (`res.cloudinary.com`, `utfs.io`, `<app>.ufs.sh`) are left
  // out: an image or logo served from them is a page's asset, often someone else's, not an upload the app sends.
  objectStore({
    id: 'cloudinary',
    name: 'Cloudinary (media uploads and storage)',
    vendor: 'cloudinary',
    hosting: 'vendor-hosted',
    website: 'https://cloudinary.com',
    signals: {
      npm: ['cloudinary', 'next-cloudinary'],
      pypi: ['cloudinary'],
      env: ['CLOUDINARY_URL', 'NEXT_PUBLIC_CLOUDINARY_CLOUD_NAME'],
      hosts: ['api.cloudinary.com'],
    },
  }),
  objectStore({
    id: 'uploadthing',
    name: 'UploadThing (file uploads)',
    vendor: 'uploadthing',
    hosting: 'vendor-hosted',
    website: 'https://uploadthing.com',
    signals: {
      npm: ['uploadthing', '@uploadthing/react'],
      env: ['UPLOADTHING_TOKEN'],
      hosts: ['api.uploadthing.com'],
    },
  }),
  // Twelfth round, checked on 2026-12-05: a file-processing service, modelled like Cloudinary: the app uploads users'
  // files to it (images, video, documents) to be converted, and it keeps them until exported. Transloadit's Node.js SDK
  // page (npm `transloadit`, now also `@transloadit/node`; TRANSLOADIT_KEY, TRANSLOADIT_SECRET), its Python SDK page
  // (PyPI `pytransloadit`, `from transloadit import client`) and its Postman guide (`https://api2.transloadit.com/
  // assemblies`).
  objectStore({
    id: 'transloadit',
    name: 'Transloadit (file uploads and processing)',
    vendor: 'transloadit',
    hosting: 'vendor-hosted',
    website: 'https://transloadit.com',
    signals: {
      npm: ['transloadit', '@transloadit/node'],
      pypi: ['pytransloadit'],
      pythonImports: ['transloadit'],
      env: ['TRANSLOADIT_KEY', 'TRANSLOADIT_SECRET'],
      hosts: ['api2.transloadit.com'],
    },
  }),
  // Upload services that keep every file users upload (pdftochat keeps each uploaded PDF at Bytescale: found nowhere).
  // Checked on 2026-12-06, like Cloudinary's, with their delivery hosts left out (`upcdn.io`, Filestack's
  // `cdn.filestackcontent.com`, Uploadcare's `ucarecdn.com`, ImageKit's `ik.imagekit.io`): an image served from there
  // is a page's asset, often someone else's. Bytescale (formerly Upload.io): its docs' Upload Widget and JavaScript
  // SDK pages (`@bytescale/upload-widget`, `@bytescale/sdk`'s `UploadManager` and `UrlBuilder`), its npm account's
  // framework widgets (`@bytescale/upload-widget-react`, `-vue`, `-angular`, `-jquery`), the Upload.io packages the
  // registry lists under Bytescale's repositories (`uploader` "Migrated to: @bytescale/upload-widget", `react-uploader`,
  // `upload-js`), its Upload API host `api.bytescale.com` and Upload.io's `api.upload.io`; the key's name as pdftochat's
  // `.env.example` gives it (NEXT_PUBLIC_BYTESCALE_API_KEY). Filestack: npm `filestack-js` ("Official JavaScript
  // library for Filestack") and `filestack-react`, the PyPI `filestack-python` README (`from filestack import Client`),
  // and filestack-js's default URLs (`https://upload.filestackapi.com`, `https://www.filestackapi.com/api/file`).
  // Uploadcare: npm `@uploadcare/upload-client` (whose default `baseURL` is `https://upload.uploadcare.com`),
  // `@uploadcare/rest-client` (the REST API, `api.uploadcare.com`), `@uploadcare/file-uploader`, `@uploadcare/blocks`,
  // `@uploadcare/react-uploader`, `@uploadcare/react-widget`, `uploadcare-widget`; PyPI `pyuploadcare`; and the keys as
  // uploadcare-ruby's examples read them (UPLOADCARE_PUBLIC_KEY, UPLOADCARE_SECRET_KEY). ImageKit: npm `imagekit` and
  // `@imagekit/nodejs` ("Offical NodeJS SDK for ImageKit.io"), `@imagekit/next` (its Next.js integration page),
  // `imagekitio-next`, `imagekitio-react`; PyPI `imagekitio`; its upload API `https://upload.imagekit.io/api/v1/files/upload`
  // and management API `https://api.imagekit.io/v1/files`; IMAGEKIT_PRIVATE_KEY as its Next.js tutorials read it.
  objectStore({
    id: 'bytescale',
    name: 'Bytescale (file uploads and storage)',
    vendor: 'bytescale',
    hosting: 'vendor-hosted',
    website: 'https://www.bytescale.com',
    signals: {
      npm: [
        '@bytescale/sdk',
        '@bytescale/upload-widget',
        '@bytescale/upload-widget-react',
        '@bytescale/upload-widget-vue',
        '@bytescale/upload-widget-angular',
        '@bytescale/upload-widget-jquery',
        'uploader',
        'react-uploader',
        'upload-js',
      ],
      env: ['BYTESCALE_API_KEY', 'NEXT_PUBLIC_BYTESCALE_API_KEY'],
      hosts: ['api.bytescale.com', 'api.upload.io'],
    },
  }),
  objectStore({
    id: 'filestack',
    name: 'Filestack (file uploads and storage)',
    vendor: 'filestack',
    hosting: 'vendor-hosted',
    website: 'https://www.filestack.com',
    signals: {
      npm: ['filestack-js', 'filestack-react'],
      pypi: ['filestack-python'],
      pythonImports: ['filestack'],
      hosts: ['upload.filestackapi.com', 'www.filestackapi.com/api'],
    },
  }),
  objectStore({
    id: 'uploadcare',
    name: 'Uploadcare (file uploads and storage)',
    vendor: 'uploadcare',
    hosting: 'vendor-hosted',
    website: 'https://uploadcare.com',
    signals: {
      npm: [
        '@uploadcare/upload-client',
        '@uploadcare/rest-client',
        '@uploadcare/file-uploader',
        '@uploadcare/blocks',
        '@uploadcare/react-uploader',
        '@uploadcare/react-widget',
        'uploadcare-widget',
      ],
      pypi: ['pyuploadcare'],
      env: ['UPLOADCARE_PUBLIC_KEY', 'UPLOADCARE_SECRET_KEY', 'NEXT_PUBLIC_UPLOADCARE_PUBLIC_KEY'],
      hosts: ['upload.uploadcare.com', 'api.uploadcare.com'],
    },
  }),
  objectStore({
    id: 'imagekit',
    name: 'ImageKit (media uploads and storage)',
    vendor: 'imagekit',
    hosting: 'vendor-hosted',
    website: 'https://imagekit.io',
    signals: {
      npm: ['imagekit', '@imagekit/nodejs', '@imagekit/next', 'imagekitio-next', 'imagekitio-react'],
      pypi: ['imagekitio'],
      env: ['IMAGEKIT_PRIVATE_KEY'],
      hosts: ['upload.imagekit.io', 'api.imagekit.io'],
    },
  }),
  objectStore({
    id: 'vercel-blob',
    name: 'Vercel Blob',
    vendor: 'vercel',
    hosting: 'vendor-hosted',
    signals: {
      npm: ['@vercel/blob'],
      env: ['BLOB_READ_WRITE_TOKEN'],
      hosts: ['*.public.blob.vercel-storage.com', '*.blob.vercel-storage.com'],
    },
  }),
  // Dropbox's API: its RPC and content hosts (`api.dropboxapi.com/2/files/list_folder`, `content.dropboxapi.com/2/files/
  // download`), the official SDKs (PyPI `dropbox`, `import dropbox`; npm `dropbox`) (dropbox.com/developers/
  // documentation/http/documentation and the SDKs' READMEs, checked 2026-12-07). Tandoor syncs recipes from each
  // space's linked Dropbox (`cookbook/provider/dropbox.py:15`), unfound; most apps reach it with the token each user
  // links (`signals/customerKey.ts`: the user's own account).
  objectStore({
    id: 'dropbox',
    name: 'Dropbox',
    vendor: 'dropbox',
    hosting: 'vendor-hosted',
    website: 'https://www.dropbox.com/developers',
    signals: {
      npm: ['dropbox'],
      pypi: ['dropbox'],
      pythonImports: ['dropbox'],
      hosts: ['api.dropboxapi.com', 'content.dropboxapi.com'],
    },
  }),
];
