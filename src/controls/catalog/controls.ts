/** The catalog is shared vocabulary and lives in `src/core/catalog/`; re-exported for this stage. */
export { CONTROLS } from '../../core/catalog/controls.js';
