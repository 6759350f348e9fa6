/** The catalog is shared vocabulary and lives in `src/core/catalog/`; re-exported for this stage. */
export { ISO42001 } from '../../core/catalog/iso42001.js';
