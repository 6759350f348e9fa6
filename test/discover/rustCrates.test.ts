import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

// AppFlowy-Cloud (4fb9c92): its file storage on S3 (`aws-sdk-s3` in Cargo.toml, `use aws_sdk_s3::…`) and its Redis
// client were not found, and the checks said "discovery found no trace of aws-s3 in the code" of a map listing it.
describe('Rust crates', () => {
  it("finds an AWS service from the Rust SDK's crate and its `use`, and datastores from their clients", async () => {
    const report = await scan({
      'Cargo.toml':
        '[package]\nname = "cloud"\nversion = "0.1.0"\n\n[dependencies]\naws-sdk-s3 = "1.36"\nredis = { version = "0.25", features = ["aio"] }\nsentry = "0.34"\n',
      'src/storage.rs':
        'use aws_sdk_s3::primitives::ByteStream;\nuse aws_sdk_s3::Client;\n\npub async fn put(client: &Client, key: &str) {}\n',
      'src/cache.rs': 'use redis::aio::ConnectionManager;\n',
      'src/main.rs': 'fn main() {\n    let _guard = sentry::init(sentry::ClientOptions::default());\n}\n',
      'src/mail.rs': 'use aws_sdk_sesv2::Client as Ses;\nuse aws_sdk_cloudwatchlogs as logs;\n',
    });
    expect(statusOf(report, 'aws-s3')).toBe('used');
    expect(statusOf(report, 'redis')).toBe('used');
    expect(statusOf(report, 'sentry')).toBe('used');
    expect(statusOf(report, 'amazon-ses')).toBe('used');
    expect(statusOf(report, 'aws-cloudwatch-logs')).toBe('used');
    const s3 = report.findings.find((finding) => finding.id === 'aws-s3');
    expect(s3?.evidence.map((proof) => `${proof.file}:${proof.signal}`)).toEqual(
      expect.arrayContaining(['Cargo.toml:manifest', 'src/storage.rs:import']),
    );
  });

  it('does not read a crate that only shares a prefix', async () => {
    const report = await scan({
      'Cargo.toml': '[dependencies]\naws-sdk-s3control = "1"\nredis-protocol = "5"\n',
      'src/main.rs':
        'use aws_sdk_s3control::Client;\nuse redis_protocol::resp3;\nmod redis;\nfn f() { crate::redis::pool(); }\n',
    });
    expect(statusOf(report, 'aws-s3')).toBeUndefined();
    expect(statusOf(report, 'redis')).toBeUndefined();
  });
});
