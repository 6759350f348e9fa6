import pgvector from 'pgvector/pg';
import { withTenant } from '../db.js';

export interface RetrievedChunk {
  id: string;
  documentId: string;
  title: string;
  content: string;
  distance: number;
}

/**
 * The eight nearest chunks of the caller's tenant by cosine distance. The query has no tenant filter of its
 * own on purpose: row-level security on document_chunks and documents scopes it, so a forgotten
 * WHERE clause cannot leak another tenant's chunks.
 */
export async function searchChunks(tenantId: string, embedding: number[]): Promise<RetrievedChunk[]> {
  return withTenant(tenantId, async (client) => {
    const result = await client.query<{
      id: string;
      document_id: string;
      title: string;
      content: string;
      distance: number;
    }>(
      `SELECT c.id, c.document_id, d.title, c.content, c.embedding <=> $1 AS distance
         FROM document_chunks c
         JOIN documents d ON d.id = c.document_id
        ORDER BY embedding <=> $1 LIMIT 8`,
      [pgvector.toSql(embedding)],
    );
    return result.rows.map((row) => ({
      id: String(row.id),
      documentId: row.document_id,
      title: row.title,
      content: row.content,
      distance: Number(row.distance),
    }));
  });
}

/** Every chunk of one document in reading order, for questions about a whole document. */
export async function documentChunks(tenantId: string, documentId: string): Promise<RetrievedChunk[]> {
  return withTenant(tenantId, async (client) => {
    const result = await client.query<{ id: string; document_id: string; title: string; content: string }>(
      `SELECT c.id, c.document_id, d.title, c.content
         FROM document_chunks c
         JOIN documents d ON d.id = c.document_id
        WHERE c.document_id = $1
        ORDER BY c.id`,
      [documentId],
    );
    return result.rows.map((row) => ({
      id: String(row.id),
      documentId: row.document_id,
      title: row.title,
      content: row.content,
      distance: 0,
    }));
  });
}
