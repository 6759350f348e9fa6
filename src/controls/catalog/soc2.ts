/** The catalog is shared vocabulary and lives in `src/core/catalog/`; re-exported for this stage. */
export { SOC2_CRITERIA } from '../../core/catalog/soc2.js';
