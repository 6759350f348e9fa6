import type { CheckResult } from '../controls/types.js';
import type { Model } from '../model/index.js';
import { aiPathsSection } from './aiPathsSection.js';
import { boundarySection } from './boundary.js';
import { commitmentsSection } from './commitments.js';
import { componentsSection } from './components.js';
import { reviewNotesSection } from './reviewNotes.js';
import { servicesSection } from './services.js';
import { subserviceSection } from './subservice.js';
import type { SystemDescription } from './types.js';

/**
 * Drafts the SOC 2 system description from the model: services, commitments and requirements, components,
 * boundary, subservice organisations with complementary controls, and the AI paths. Pure; every statement keeps
 * its source. Failing checks are listed as notes for reviewers at the end.
 * @example
 * const description = describeSystem(model, runChecks(model));
 * const markdown = renderDescriptionMarkdown(description);
 */
export function describeSystem(model: Model, results: readonly CheckResult[] = []): SystemDescription {
  const notes = reviewNotesSection(results);
  return {
    organization: model.map.organization.name,
    asOf: model.now.toISOString().slice(0, 10),
    sections: [
      servicesSection(model),
      commitmentsSection(model),
      componentsSection(model),
      boundarySection(model),
      subserviceSection(model),
      aiPathsSection(model),
      ...(notes ? [notes] : []),
    ],
  };
}
