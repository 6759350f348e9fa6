import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

// sec-insights (a9b6da0): backend/app/chat/engine.py keeps the uploaded filings and
// the LlamaIndex stores in S3 through `s3fs.S3FileSystem(…)`; AWS was "only mentioned (poetry.lock)", and `check` called
// the user's declared AWS sub-processor unused.
describe("fsspec file systems are their cloud's object store", () => {
  it('s3fs is Amazon S3, declared in pyproject.toml and imported', async () => {
    const report = await scan({
      'backend/pyproject.toml':
        '[tool.poetry.dependencies]\npython = "^3.11"\ns3fs = "^2023.6.0"\nfsspec = "^2023.6.0"\n',
      'backend/app/chat/engine.py':
        'import s3fs\nfrom fsspec.asyn import AsyncFileSystem\n\n\ndef get_s3_fs() -> AsyncFileSystem:\n    return s3fs.S3FileSystem(key=settings.AWS_KEY, secret=settings.AWS_SECRET)\n',
    });
    const s3 = report.findings.find((finding) => finding.id === 'aws-s3');
    expect(s3).toMatchObject({ status: 'used', vendor: 'aws', hosting: 'vendor-hosted' });
  });

  it('fsspec opened by protocol names the store; gcsfs and adlfs are Google Cloud Storage and Azure Blob', async () => {
    const report = await scan({
      'app/files.py':
        'import fsspec\n\ns3 = fsspec.filesystem("s3", anon=False)\ngcs = fsspec.filesystem("gcs")\n',
      'app/azure.py': 'import adlfs\n\nfs = adlfs.AzureBlobFileSystem(account_name=name)\n',
    });
    expect(statusOf(report, 'aws-s3')).toBe('used');
    expect(statusOf(report, 'gcs')).toBe('used');
    expect(statusOf(report, 'azure-blob-storage')).toBe('used');
    // fsspec on the local disk names no cloud.
    const local = await scan({ 'app/files.py': 'import fsspec\n\nfs = fsspec.filesystem("file")\n' });
    expect(local.findings).toEqual([]);
  });
});
