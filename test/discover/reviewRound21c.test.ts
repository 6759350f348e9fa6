import { describe, expect, it } from 'vitest';
import { PROVIDERS } from '../../src/discover/catalog/index.js';
import { fileKindOf, manifestKindOf } from '../../src/discover/scan/fileKind.js';
import { scan, statusOf } from './fixture.js';

/** The status of each of `ids` in the report of a tree of `files`. */
const statuses = async (files: Record<string, string>, ids: readonly string[]) => {
  const report = await scan(files);
  return Object.fromEntries(ids.map((id) => [id, statusOf(report, id)]));
};

describe('C# and NuGet', () => {
  // microsoft/chat-copilot (23b2782): 189 of its 374 files were C# and MSBuild projects, none read.
  const project = [
    '<Project Sdk="Microsoft.NET.Sdk.Web">',
    '  <ItemGroup>',
    '    <PackageReference Include="Microsoft.Azure.Cosmos" />',
    '    <PackageReference Include="Microsoft.ApplicationInsights.AspNetCore" />',
    '    <PackageReference Include="Qdrant.Client" Version="1.9.0" />',
    '  </ItemGroup>',
    '</Project>',
    '',
  ].join('\n');

  it('reads C# files, project files and central package versions', () => {
    expect(fileKindOf('CosmosDbContext.cs')).toBe('csharp');
    expect(manifestKindOf('CopilotChatWebApi.csproj')).toBe('nuget');
    expect(manifestKindOf('Directory.Packages.props')).toBe('nuget');
    expect(manifestKindOf('packages.config')).toBe('nuget');
  });

  it('finds a package used where code names its namespace, and only mentioned where none does', async () => {
    const files = {
      'webapi/CopilotChatWebApi.csproj': project,
      'webapi/Storage/CosmosDbContext.cs':
        'using Microsoft.Azure.Cosmos;\n\npublic class CosmosDbContext\n{\n    private readonly CosmosClient _client;\n}\n',
      'webapi/Program.cs':
        'using Microsoft.ApplicationInsights.Extensibility;\n\nvar builder = WebApplication.CreateBuilder(args);\n',
    };
    expect(await statuses(files, ['azure-cosmos-db', 'azure-application-insights', 'qdrant'])).toEqual({
      'azure-cosmos-db': 'used',
      'azure-application-insights': 'used',
      qdrant: 'mentioned',
    });
    const report = await scan(files);
    const proof = report.findings.find((finding) => finding.id === 'azure-cosmos-db')!.evidence;
    expect(proof.map((evidence) => `${evidence.file}:${evidence.line}`)).toContain(
      'webapi/Storage/CosmosDbContext.cs:1',
    );
  });

  it('reads `Directory.Packages.props` and `packages.config`, whatever the package id’s case', async () => {
    const props =
      '<Project>\n  <ItemGroup>\n    <PackageVersion Include="Azure.Search.Documents" Version="11.6.0" />\n  </ItemGroup>\n</Project>\n';
    const config =
      '<?xml version="1.0"?>\n<packages>\n  <package id="stackexchange.redis" version="2.7.4" />\n</packages>\n';
    const code = { 'Program.cs': 'var app = WebApplication.CreateBuilder(args).Build();\n' };
    const files = { ...code, 'Directory.Packages.props': props, 'legacy/packages.config': config };
    const found = await statuses(files, ['azure-ai-search', 'redis']);
    expect(found).toEqual({ 'azure-ai-search': 'mentioned', redis: 'mentioned' });
  });

  it('reads hosts and settings in C# code, and skips its comments', async () => {
    const files = {
      'Plugins/PluginConfig.cs':
        'public class PluginConfig\n{\n    // private const string Old = "https://api.anthropic.com/v1";\n    public string Endpoint { get; set; } = "https://api.bing.microsoft.com/v7.0/search";\n}\n',
      'Services/Keys.cs': 'var key = Environment.GetEnvironmentVariable("OPENAI_API_KEY");\n',
    };
    const report = await scan(files);
    expect(statusOf(report, 'bing-search')).toBe('used');
    expect(statusOf(report, 'openai')).toBe('used');
    expect(statusOf(report, 'anthropic')).not.toBe('used');
  });

  it('does not take the OpenAI libraries’ shared namespaces for OpenAI itself', async () => {
    // chat-copilot imports `Microsoft.SemanticKernel.Connectors.OpenAI` for `OpenAIPromptExecutionSettings`, which its
    // Azure OpenAI deployment uses too; Azure OpenAI's own client returns `OpenAI.Chat` types.
    const files = {
      'Chat.cs':
        'using Azure.AI.OpenAI;\nusing OpenAI.Chat;\nusing Microsoft.SemanticKernel.Connectors.OpenAI;\n\nvar settings = new OpenAIPromptExecutionSettings();\n',
    };
    expect(await statuses(files, ['azure-openai', 'openai'])).toEqual({
      'azure-openai': 'used',
      openai: undefined,
    });
  });

  it('lists each NuGet id once in the catalog', () => {
    const ids = PROVIDERS.flatMap((provider) => provider.signals.nuget ?? []).map((id) => id.toLowerCase());
    expect(new Set(ids).size).toBe(ids.length);
    expect(PROVIDERS.find((provider) => provider.id === 'azure-application-insights')?.website).toMatch(
      /^https:\/\/learn\.microsoft\.com\//,
    );
  });
});

describe('Amazon S3 through the v2 SDK or an upload wrapper', () => {
  // Nutlope/self.so (0b32a21): `next-s3-upload` at app/api/s3-upload/route.ts:1, and the v2 SDK's
  // `new AWS.S3()` at lib/server/deleteS3File.ts:18; Amazon S3 was found only in the lockfile.
  it('is used where the upload route re-exports the wrapper', async () => {
    const files = {
      'package.json': JSON.stringify({ dependencies: { 'next-s3-upload': '^0.3.4' } }),
      'app/api/s3-upload/route.ts': "export { POST } from 'next-s3-upload/route';\n",
    };
    expect(await statuses(files, ['aws-s3'])).toEqual({ 'aws-s3': 'used' });
  });

  it('is used where the v2 SDK builds an S3 client', async () => {
    const files = {
      'package.json': JSON.stringify({ dependencies: { 'aws-sdk': '^2.1500.0' } }),
      'lib/server/deleteS3File.ts':
        "import AWS from 'aws-sdk';\n\nexport async function deleteS3File(key: string) {\n  const s3 = new AWS.S3();\n  await s3.deleteObject({ Bucket: 'b', Key: key }).promise();\n}\n",
    };
    const report = await scan(files);
    expect(statusOf(report, 'aws-s3')).toBe('used');
    const proof = report.findings.find((finding) => finding.id === 'aws-s3')!.evidence[0]!;
    expect(`${proof.file}:${proof.line}`).toBe('lib/server/deleteS3File.ts:4');
  });

  it('is not used where the v2 SDK builds another service’s client', async () => {
    const files = {
      'package.json': JSON.stringify({ dependencies: { 'aws-sdk': '^2.1500.0' } }),
      'lib/mail.ts': "import AWS from 'aws-sdk';\n\nconst ses = new AWS.SES();\n",
    };
    expect(await statuses(files, ['aws-s3'])).toEqual({ 'aws-s3': undefined });
  });
});
