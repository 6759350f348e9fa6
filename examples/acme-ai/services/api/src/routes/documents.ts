import { randomUUID } from 'node:crypto';
import express, { Router } from 'express';
import pgvector from 'pgvector/pg';
import { z } from 'zod';
import { sessionOf } from '../auth.js';
import { chunkText } from '../chunking.js';
import { withTenant } from '../db.js';
import { HttpError } from '../errors.js';
import { embed } from '../llm/openai.js';
import { putDocument } from '../storage.js';

const MAX_UPLOAD_BYTES = 10 * 1024 * 1024;
// text-embedding-3-small accepts at most 2048 inputs per request; smaller batches keep requests short.
const EMBED_BATCH = 96;

const uploadQuery = z.object({ title: z.string().trim().min(1).max(300) });

export const documentsRouter = Router();

/**
 * Uploads a text document (the web app converts PDF and Office files to text first): the original
 * goes to S3 under the tenant's prefix, the row to `documents`, and its embedded chunks to
 * `document_chunks`.
 */
documentsRouter.post(
  '/',
  express.raw({ type: ['text/plain', 'text/markdown'], limit: MAX_UPLOAD_BYTES }),
  async (req, res) => {
    const { tenantId } = sessionOf(req);
    const { title } = uploadQuery.parse(req.query);
    if (!Buffer.isBuffer(req.body) || req.body.length === 0) {
      throw new HttpError(415, 'send the document as text/plain or text/markdown');
    }
    const text = new TextDecoder('utf-8', { fatal: true }).decode(req.body);
    const chunks = chunkText(text);
    const embeddings: number[][] = [];
    for (let i = 0; i < chunks.length; i += EMBED_BATCH) {
      embeddings.push(...(await embed(chunks.slice(i, i + EMBED_BATCH))));
    }

    const documentId = randomUUID();
    const s3Key = await putDocument(tenantId, documentId, req.body, req.get('content-type') ?? 'text/plain');
    await withTenant(tenantId, async (client) => {
      await client.query('INSERT INTO documents (id, tenant_id, title, s3_key) VALUES ($1, $2, $3, $4)', [
        documentId,
        tenantId,
        title,
        s3Key,
      ]);
      for (const [index, content] of chunks.entries()) {
        await client.query(
          'INSERT INTO document_chunks (tenant_id, document_id, content, embedding) VALUES ($1, $2, $3, $4)',
          [tenantId, documentId, content, pgvector.toSql(embeddings[index]!)],
        );
      }
    });
    res.status(201).json({ id: documentId, title, chunks: chunks.length });
  },
);

documentsRouter.get('/', async (req, res) => {
  const { tenantId } = sessionOf(req);
  const rows = await withTenant(tenantId, async (client) => {
    const result = await client.query(
      'SELECT id, title, created_at FROM documents ORDER BY created_at DESC LIMIT 200',
    );
    return result.rows;
  });
  res.json({ documents: rows });
});

/** Deleting the row removes its chunks too (ON DELETE CASCADE); the S3 object goes with offboarding. */
documentsRouter.delete('/:id', async (req, res) => {
  const { tenantId } = sessionOf(req);
  const id = z.string().uuid().parse(req.params.id);
  const deleted = await withTenant(tenantId, async (client) => {
    const result = await client.query('DELETE FROM documents WHERE id = $1', [id]);
    return result.rowCount ?? 0;
  });
  if (deleted === 0) throw new HttpError(404, 'document not found');
  res.status(204).end();
});
