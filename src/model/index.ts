export {
  buildModel,
  type EvidenceFileStatus,
  type Model,
  type ModelFacts,
  type ModelIndex,
} from './model.js';
