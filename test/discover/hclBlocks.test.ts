import { describe, expect, it } from 'vitest';
import { discover } from '../../src/discover/index.js';
import { readHclBlocks } from '../../src/discover/signals/hclBlocks.js';
import { tree } from './fixture.js';

describe('the small HCL reader', () => {
  it('reads resources, providers, literals, nested blocks, and skips comments, heredocs and expressions', () => {
    const parsed = readHclBlocks(
      [
        '# a comment with resource "fake" "x" {',
        'terraform { required_version = ">= 1.5" }',
        'provider "aws" { region = var.region }',
        'resource "aws_db_instance" "app" {',
        '  engine   = "postgres" // trailing',
        '  tags     = { Name = "app", "Team" = "ml" }',
        '  policy   = <<EOF',
        '{ "Statement": [ { "Effect": "Allow" } ] }',
        'EOF',
        '  count    = 2',
        '  /* block',
        '     comment */',
        '  lifecycle { prevent_destroy = true }',
        '}',
        'resource "aws_bedrock_model_invocation_logging_configuration" "log" {',
        '  logging_config {',
        '    text_data_delivery_enabled = false',
        '  }',
        '}',
      ].join('\n'),
    ) as {
      resource: Record<string, Record<string, Record<string, unknown>[]>>;
      provider: Record<string, unknown[]>;
    };
    const app = parsed.resource.aws_db_instance!.app![0]!;
    expect(app).toMatchObject({ engine: 'postgres', count: 2, lifecycle: [{ prevent_destroy: true }] });
    expect(Object.keys(parsed.provider)).toEqual(['aws']);
    expect(Object.keys(parsed.resource)).toEqual([
      'aws_db_instance',
      'aws_bedrock_model_invocation_logging_configuration',
    ]);
    const log = parsed.resource.aws_bedrock_model_invocation_logging_configuration!.log![0]!;
    expect(log.logging_config).toEqual([{ text_data_delivery_enabled: false }]);
  });

  it('throws on an unclosed block so the caller can fall back', () => {
    expect(() => readHclBlocks('resource "a" "b" {\n  x = 1\n')).toThrow(/unclosed/);
  });

  it('feeds the Bedrock logging fact from a nested block', async () => {
    const report = await discover([
      await tree({
        'on.tf':
          'resource "aws_bedrock_model_invocation_logging_configuration" "l" {\n  logging_config {\n    text_data_delivery_enabled = true\n  }\n}\n',
        'off.tf':
          'resource "aws_bedrock_model_invocation_logging_configuration" "l" {\n  logging_config {\n    text_data_delivery_enabled = false\n  }\n}\n',
      }),
    ]);
    const facts = report.facts.filter((f) => f.kind === 'bedrock-invocation-logging-text');
    expect(facts.map((f) => f.evidence[0]!.file)).toEqual(['on.tf']);
  });
});
