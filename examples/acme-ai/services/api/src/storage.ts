import { DeleteObjectsCommand, ListObjectsV2Command, PutObjectCommand, S3Client } from '@aws-sdk/client-s3';
import { config } from './config.js';

export const s3 = new S3Client({ region: config.AWS_REGION });

/** Every object of a tenant lives under this prefix; the IAM session policy is written against it. */
export function tenantPrefix(tenantId: string): string {
  return `tenants/${tenantId}/`;
}

export async function putDocument(
  tenantId: string,
  documentId: string,
  body: Buffer,
  contentType: string,
): Promise<string> {
  const key = `${tenantPrefix(tenantId)}documents/${documentId}`;
  await s3.send(
    new PutObjectCommand({
      Bucket: config.DOCUMENT_BUCKET,
      Key: key,
      Body: body,
      ContentType: contentType,
      ServerSideEncryption: 'aws:kms',
    }),
  );
  return key;
}

/** Deletes every object under a tenant's prefix, a page of at most 1000 keys at a time. */
export async function deleteTenantObjects(tenantId: string): Promise<number> {
  let deleted = 0;
  let token: string | undefined;
  do {
    const page = await s3.send(
      new ListObjectsV2Command({
        Bucket: config.DOCUMENT_BUCKET,
        Prefix: tenantPrefix(tenantId),
        ContinuationToken: token,
      }),
    );
    const keys = (page.Contents ?? []).flatMap((object) => (object.Key ? [{ Key: object.Key }] : []));
    if (keys.length > 0) {
      await s3.send(
        new DeleteObjectsCommand({ Bucket: config.DOCUMENT_BUCKET, Delete: { Objects: keys, Quiet: true } }),
      );
      deleted += keys.length;
    }
    token = page.IsTruncated ? page.NextContinuationToken : undefined;
  } while (token);
  return deleted;
}
