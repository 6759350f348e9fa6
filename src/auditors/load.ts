import path from 'node:path';
import { InputError } from '../errors/index.js';
import { readUserText } from '../io/index.js';
import { parseYaml, singleSource, validateWith } from '../map/index.js';
import { packageRoot } from '../paths.js';
import { type DirectoryData, DirectorySchema } from './schema.js';

/** A loaded directory and where it came from. */
export interface Directory extends DirectoryData {
  /** The file it was read from, as given (or `bundled`). */
  file: string;
  bundled: boolean;
  /** Line of each firm's entry, by id, for problem reports. */
  lines: Map<string, number>;
}

/** A directory file is small; refuse anything bigger before parsing. */
export const MAX_DIRECTORY_BYTES = 4 * 1024 * 1024;

/** The starter directory that ships with Trustmap. */
export function bundledDirectoryFile(): string {
  return path.join(packageRoot(), 'data', 'auditors', 'directory.yaml');
}

/**
 * Parses and validates directory text. Throws `InputError` with file:line:col for every shape problem;
 * duplicate firm ids are a problem too. Facts without a source or date load, and are ignored by matching.
 * @example parseDirectory('firms.yaml', 'version: 1\nname: x\nsource: y\nchecked: 2026-12-01\nfirms: []\n')
 */
export function parseDirectory(file: string, text: string, bundled = false): Directory {
  const read = parseYaml(file, text.replace(/^\uFEFF/, ''));
  if ('problems' in read)
    throw new InputError(
      read.problems.map((problem) => ({ ...problem, message: `not valid YAML: ${problem.message}` })),
    );
  const source = singleSource(read.parsed);
  const parsed = validateWith(
    DirectorySchema,
    { ...source, value: (read.parsed.value ?? {}) as Record<string, unknown> },
    'the auditor directory',
  );
  if ('problems' in parsed) throw new InputError(parsed.problems);
  const lines = new Map<string, number>();
  const problems = [];
  for (const [i, firm] of parsed.data.firms.entries()) {
    const location = source.locate(['firms', i, 'id']);
    if (lines.has(firm.id))
      problems.push({
        location,
        message: `firm id \`${firm.id}\` appears twice`,
        hint: 'give each firm its own id',
      });
    lines.set(firm.id, location.line);
  }
  if (problems.length > 0) throw new InputError(problems);
  return { ...parsed.data, file, bundled, lines };
}

/**
 * Reads a directory: the given file (through the bounded reader, confined to `root`), or the bundled one.
 * `shown` is how messages name the file (the path as the user wrote it).
 */
export function loadDirectory(file: string | undefined, root: string, shown = file): Directory {
  if (!file) {
    const bundled = bundledDirectoryFile();
    const text = readUserText(path.basename(bundled), {
      root: path.dirname(bundled),
      maxBytes: MAX_DIRECTORY_BYTES,
      what: 'auditor directory',
    });
    return parseDirectory('bundled directory (data/auditors/directory.yaml)', text, true);
  }
  const text = readUserText(file, { root, maxBytes: MAX_DIRECTORY_BYTES, what: 'auditor directory' });
  return parseDirectory(shown ?? file, text);
}
