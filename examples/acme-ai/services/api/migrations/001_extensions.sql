-- pgvector stores document chunk embeddings next to the rows they belong to.
CREATE EXTENSION IF NOT EXISTS vector;
