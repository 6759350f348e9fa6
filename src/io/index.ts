export { ensureDir } from './ensureDir.js';
export {
  confinedPath,
  type ReadOptions,
  type ReadRefusal,
  ReadRefused,
  readUserFile,
  readUserText,
} from './readUserFile.js';
export { defaultKeyFile, loadSigningKey } from './signingKey.js';
export { writeFileAtomic } from './writeFileAtomic.js';
