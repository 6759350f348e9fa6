export { codeRef, evidenceRef, mapRef, probeRef } from '../model/index.js';
