import path from 'node:path';
import { Command, Option } from 'commander';
import type { DriftItem } from '../../discover/drift.js';
import { DEFAULT_MAX_FILE_SIZE } from '../../discover/limits.js';
import { UsageError } from '../../errors/index.js';
import { VERSION } from '../../version.js';
import type { CliContext } from '../context.js';
import { failOnOption, formatOption, nowFrom } from '../options.js';

interface DiscoverFlags {
  format: 'text' | 'json' | 'markdown' | 'cyclonedx';
  map?: string;
  write?: boolean;
  maxFileSize: string;
  failOn: string;
  out?: string;
  workers?: string;
}

const UNITS: Record<string, number> = {
  '': 1,
  b: 1,
  kb: 1024,
  k: 1024,
  mb: 1024 ** 2,
  m: 1024 ** 2,
  gb: 1024 ** 3,
  g: 1024 ** 3,
};
const RANK: Record<string, number> = { critical: 0, high: 1, medium: 2, low: 3, info: 4 };

/** `2MB`, `500KB`, `1048576` -> bytes. */
export function parseSize(text: string): number {
  const match = /^\s*(\d+(?:\.\d+)?)\s*([a-z]*)\s*$/i.exec(text);
  const unit = match ? UNITS[match[2]!.toLowerCase()] : undefined;
  if (!match || unit === undefined || Number(match[1]) <= 0)
    throw new UsageError(
      `--max-file-size is not a size: ${text}`,
      'use bytes or a unit, e.g. 2MB, 500KB, 1048576',
    );
  return Math.round(Number(match[1]) * unit);
}

function failsOn(drift: readonly DriftItem[], threshold: string): boolean {
  if (threshold === 'none') return false;
  return drift.some((item) => RANK[item.severity]! <= RANK[threshold]!);
}

/** `trustmap discover [path...]`: what the code really uses, and (with --map) how that differs from the map. */
export function discoverCommand(context: CliContext): Command {
  return new Command('discover')
    .description(
      'find the AI providers, vector stores and data stores the code really uses, with file:line proof',
    )
    .argument('[path...]', 'folders or files to scan', ['.'])
    .addOption(formatOption(['text', 'json', 'markdown', 'cyclonedx']))
    .option('--map <file>', 'compare with this system map and report drift')
    .option(
      '--write',
      'add what was found to the map (--map) as proposed entries, keeping comments and order',
    )
    .option(
      '--max-file-size <size>',
      'skip files larger than this',
      `${DEFAULT_MAX_FILE_SIZE / 1024 / 1024}MB`,
    )
    .addOption(failOnOption('high'))
    .option('--out <file>', 'write the report to a file instead of standard output')
    .option('--workers <n>', 'helper threads for large trees (default: one per extra core from 4,000 files)')
    .addOption(new Option('--no-progress', 'never show the progress line'))
    .action(async (paths: string[], flags: DiscoverFlags & { progress: boolean }) => {
      // Each module loads only when this run needs it: drift and the map writer pull the map schemas (zod, yaml).
      const { discover } = await import('../../discover/discover.js');
      if (flags.write && !flags.map)
        throw new UsageError('--write needs --map <file>', 'name the map to add entries to');
      const maxFileSize = parseSize(flags.maxFileSize);
      const workers = flags.workers === undefined ? undefined : Number(flags.workers);
      if (workers !== undefined && !(Number.isInteger(workers) && workers >= 0 && workers <= 64))
        throw new UsageError(
          `--workers is not a thread count: ${flags.workers}`,
          'use 0 (main thread only) to 64',
        );
      // The map loader (zod schemas, ~350 ms to import on a busy machine) only when a map is compared.
      const mapModule = flags.map ? await import('../../map/index.js') : undefined;
      const map = flags.map ? await mapModule!.loadMap(path.resolve(context.cwd, flags.map)) : undefined;
      const showProgress =
        flags.progress && Boolean(context.stderrIsTTY) && !context.env.CI && flags.format !== 'json';
      const report = await discover(paths, {
        cwd: context.cwd,
        maxFileSize,
        ...(workers === undefined ? {} : { workers }),
        ...(showProgress
          ? {
              onProgress: ({ files, bytes }) =>
                context.stderr(`\rscanning… ${files} files, ${(bytes / 1e6).toFixed(0)} MB`),
            }
          : {}),
      });
      if (showProgress) context.stderr('\r\u001b[2K');
      const drift = map
        ? (await import('../../discover/drift.js')).computeDrift(map, report, { now: nowFrom(context.env) })
        : undefined;
      const style = flags.out ? undefined : context.colors;
      const dismissed = map
        ? new Set(mapModule!.activeDismissals(map, nowFrom(context.env)).keys())
        : undefined;
      const output =
        flags.format === 'json'
          ? (await import('../../discover/render/json.js')).renderDiscoveryJson(report, { drift, dismissed })
          : flags.format === 'markdown'
            ? (await import('../../discover/render/markdown.js')).renderDiscoveryMarkdown(report, {
                drift,
                dismissed,
              })
            : flags.format === 'cyclonedx'
              ? (await import('../../discover/render/cyclonedx.js')).renderDiscoveryCycloneDx(report, {
                  now: nowFrom(context.env),
                  toolVersion: VERSION,
                })
              : (await import('../../discover/render/text.js')).renderDiscoveryText(report, {
                  drift,
                  style,
                  dismissed,
                });
      if (flags.out) {
        // Loaded only here: the io module also holds signing (node:crypto), which a run to stdout never needs.
        const { writeFileAtomic } = await import('../../io/index.js');
        await writeFileAtomic(path.resolve(context.cwd, flags.out), output);
        context.stderr(`wrote ${flags.out} (${report.findings.length} providers)\n`);
      } else context.stdout(output);
      if (flags.write && map && drift) {
        const { files } = await mapModule!.findMapFiles(path.resolve(context.cwd, flags.map!));
        const { writeProposedEntries } = await import('../../discover/writeProposed.js');
        const written = await writeProposedEntries(files[0]!, drift, map, report.facts);
        context.stderr(
          written.added.length
            ? `added ${written.added.length} proposed entr${written.added.length === 1 ? 'y' : 'ies'} to ${flags.map}: ${written.added.map((a) => `${a.section}/${a.id}`).join(', ')}\n`
            : `nothing to add to ${flags.map}\n`,
        );
      }
      if (drift && failsOn(drift, flags.failOn)) context.exitCode = 1;
    });
}
