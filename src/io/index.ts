export { assertInsideRoot } from './confine.js';
export { ensureDir } from './ensureDir.js';
export { removeOnExit } from './exitCleanup.js';
export {
  confinedPath,
  type ReadOptions,
  type ReadRefusal,
  ReadRefused,
  readUserFile,
  readUserText,
} from './readUserFile.js';
export { createKeyFile, defaultKeyFile, gitRootOf, loadSigningKey } from './signingKey.js';
export { userCacheDir, writeCacheEntry } from './userCache.js';
export { type WriteOptions, writeFileAtomic } from './writeFileAtomic.js';
export {
  expandEntry,
  readZipArchive,
  writeZipArchive,
  type ZipEntry,
  type ZipOutput,
} from './zipArchive.js';
export { assertZipWithin, type ZipLimits, ZipRefused } from './zipBounds.js';
