export { ensureDir } from './ensureDir.js';
export { writeFileAtomic } from './writeFileAtomic.js';
