import { randomBytes } from 'node:crypto';
import { readdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { InputError, UsageError } from '../errors/index.js';
import { ensureDir, ReadRefused, readUserFile, readUserText, removeOnExit } from '../io/index.js';
import { OUTPUT_MARKER } from '../map/index.js';
import type { Model } from '../model/index.js';
import type { InputFile, TrustCenterSite } from './build.js';
import { type SubprocessorList, SubprocessorListSchema } from './subprocessors.js';

const MAX_LOGO_BYTES = 2 * 1024 * 1024;
const MAX_DOCUMENT_BYTES = 25 * 1024 * 1024;

async function exists(file: string): Promise<boolean> {
  return stat(file).then(
    () => true,
    () => false,
  );
}

/**
 * Reads the `subprocessors.json` published last time in `outDir`, if any. A file that is there but unreadable
 * is an error rather than a fresh start, so a corrupted file never silently wipes the change history.
 * @example const previous = await readPublishedSubprocessors('site');
 */
export async function readPublishedSubprocessors(outDir: string): Promise<SubprocessorList | undefined> {
  const file = path.join(outDir, 'subprocessors.json');
  if (!(await exists(file))) return undefined;
  const location = { file, line: 1, col: 1 };
  const hint =
    'this file holds the sub-processor change history; restore it from the published site, or delete it to start the history again';
  let data: unknown;
  try {
    data = JSON.parse(readUserText('subprocessors.json', { root: outDir, maxBytes: 8 << 20 }));
  } catch (error) {
    throw new InputError([
      {
        location,
        message: `cannot read the published sub-processor list: ${(error as Error).message}`,
        hint,
      },
    ]);
  }
  const parsed = SubprocessorListSchema.safeParse(data);
  if (!parsed.success) {
    const issue = parsed.error.issues[0];
    throw new InputError([
      {
        location,
        message: `the published sub-processor list is not in the expected form (${issue?.path.join('.') || 'root'}: ${issue?.message})`,
        hint,
      },
    ]);
  }
  return parsed.data;
}

/** Reads a file named in the map through the bounded reader: inside the map's folder, symlinks followed. */
async function readInside(root: string, relative: string, limit: number): Promise<InputFile | string> {
  try {
    const bytes = readUserFile(relative, { root, maxBytes: limit, what: 'file' });
    return { name: path.basename(relative), bytes: new Uint8Array(bytes) };
  } catch (error) {
    if (!(error instanceof ReadRefused)) return `${relative} cannot be read`;
    if (error.code === 'outside-root') return `${relative} is outside the map's folder`;
    if (error.code === 'not-regular') return `${relative} is not a file`;
    if (error.code === 'too-large') return `${relative} is larger than ${limit / 1024 / 1024} MB`;
    return `${relative} cannot be read`;
  }
}

/**
 * Reads what the build copies into the site: the logo and the public evidence files, from the map's folder.
 * Problems (missing file, path outside the map) become warnings; the build then leaves the item out.
 * @example const inputs = await readTrustCenterInputs(model);
 */
export async function readTrustCenterInputs(
  model: Model,
): Promise<{ logo?: InputFile; documents: Record<string, InputFile>; warnings: string[] }> {
  const root = model.map.source.root;
  const warnings: string[] = [];
  const documents: Record<string, InputFile> = {};
  let logo: InputFile | undefined;
  const logoPath = model.map.organization.branding?.logo;
  if (logoPath && !/^[a-z][a-z0-9+.-]*:/i.test(logoPath)) {
    const read = await readInside(root, logoPath, MAX_LOGO_BYTES);
    if (typeof read === 'string') warnings.push(`logo left out: ${read}`);
    else logo = read;
  }
  for (const evidence of model.map.evidence) {
    if (evidence.visibility !== 'public' || !evidence.path) continue;
    const read = await readInside(root, evidence.path, MAX_DOCUMENT_BYTES);
    if (typeof read === 'string') warnings.push(`public document ${evidence.id}: ${read}`);
    else documents[evidence.id] = read;
  }
  return { logo, documents, warnings };
}

/** True when the folder is absent, empty, or holds a site we built (so replacing it loses nothing else). */
async function replaceable(outDir: string): Promise<boolean> {
  if (!(await exists(outDir))) return true;
  const entries = await readdir(outDir);
  return (
    entries.length === 0 ||
    entries.includes(OUTPUT_MARKER) ||
    (entries.includes('index.html') && entries.includes('subprocessors.json'))
  );
}

/**
 * Writes the site to `outDir` as a whole: into a temporary sibling folder first, then swapped into place,
 * so a failed build or write leaves the previously published site intact. Refuses to replace a folder that
 * holds anything other than a trust center.
 * @example await writeTrustCenter('site', buildTrustCenter(model, run.results));
 */
export async function writeTrustCenter(
  outDir: string,
  site: Pick<TrustCenterSite, 'files'>,
): Promise<string> {
  const target = path.resolve(outDir);
  if (!(await replaceable(target))) {
    throw new UsageError(
      `${outDir} already holds files that are not a trust center`,
      'choose an empty folder (or one a previous `trustmap trust-center build` wrote) for --out',
    );
  }
  const parent = path.dirname(target);
  await ensureDir(parent);
  const suffix = randomBytes(6).toString('hex');
  const staging = path.join(parent, `.${path.basename(target)}.${suffix}.tmp`);
  const retired = path.join(parent, `.${path.basename(target)}.${suffix}.old`);
  // A build killed half-way (Ctrl-C, CI timeout) must not leave a hidden copy of the site behind.
  const releaseStaging = removeOnExit(staging);
  try {
    for (const [name, content] of Object.entries(site.files)) {
      const file = path.join(staging, name);
      await ensureDir(path.dirname(file));
      await writeFile(file, content);
    }
    // So that discovery, run beside the map, does not read our own pages as the project's code.
    await writeFile(
      path.join(staging, OUTPUT_MARKER),
      'Written by `trustmap trust-center build`: Trustmap does not scan this folder as code.\n',
    );
    const hadSite = await exists(target);
    if (hadSite) await rename(target, retired);
    try {
      await rename(staging, target);
    } catch (error) {
      if (hadSite) await rename(retired, target);
      throw error;
    }
    await rm(retired, { recursive: true, force: true });
  } finally {
    await rm(staging, { recursive: true, force: true });
    releaseStaging();
  }
  return path.join(target, 'index.html');
}
