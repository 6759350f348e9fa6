import type { CheckModule } from '../check.js';
import { aiInfrastructureBaseline } from './aiInfrastructureBaseline.js';
import { dataEncryption } from './dataEncryption.js';
import { deletionCoverage } from './deletionCoverage.js';
import { createDiscoveryDriftCheck } from './discoveryDrift.js';
import { evidenceFreshness } from './evidenceFreshness.js';
import { llmSubprocessorTerms } from './llmSubprocessorTerms.js';
import { manualControls } from './manualControls.js';
import { noTrainingOnCustomerData } from './noTrainingOnCustomerData.js';
import { promptRetention } from './promptRetention.js';
import { tenantIsolation } from './tenantIsolation.js';
import { trainingDataProvenance } from './trainingDataProvenance.js';
import { userAuthentication } from './userAuthentication.js';

/** Every check, in report order. */
export const CHECKS: readonly CheckModule[] = [
  noTrainingOnCustomerData,
  tenantIsolation,
  llmSubprocessorTerms,
  deletionCoverage,
  promptRetention,
  aiInfrastructureBaseline,
  dataEncryption,
  userAuthentication,
  createDiscoveryDriftCheck(),
  trainingDataProvenance,
  evidenceFreshness,
  manualControls,
];
