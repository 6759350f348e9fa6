export type {
  Control,
  FrameworkId,
  Iso42001Item,
  Soc2Category,
  Soc2Criterion,
} from '../../core/catalog/types.js';
