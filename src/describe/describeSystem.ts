import type { CheckResult } from '../controls/types.js';
import type { Model } from '../model/index.js';
import { aiPathsSection } from './aiPathsSection.js';
import { boundarySection } from './boundary.js';
import { commitmentsSection } from './commitments.js';
import { componentsSection } from './components.js';
import { categoriesInScope, criteriaNotRelevantSection, criteriaSection } from './criteria.js';
import { internalControlSection } from './internalControl.js';
import { changesSection, incidentsSection } from './period.js';
import { confirmedView, proposedNotes } from './proposed.js';
import { reviewNotesSection } from './reviewNotes.js';
import { servicesSection } from './services.js';
import { subserviceSection } from './subservice.js';
import type { DescribeOptions, DescriptionHistory, SystemDescription } from './types.js';

/**
 * Drafts the SOC 2 system description from the model, in the order of the description criteria (DC 200):
 * services, commitments and requirements, components (infrastructure, software, people, procedures, data),
 * boundary, incidents and significant changes during the period (from `history`, the ledger), the internal
 * control components, applicable criteria with related controls, criteria not relevant, subservice organisations
 * and the AI paths. Pure; every statement keeps its source. Proposed map entries are never stated as fact: they
 * and failing checks are listed as notes for reviewers at the end. Where no fact exists, a marked block asks the
 * company to write the part.
 * @example
 * const description = describeSystem(model, runChecks(model).results);
 * const markdown = renderDescriptionMarkdown(description);
 */
export function describeSystem(
  model: Model,
  results: readonly CheckResult[] = [],
  history?: DescriptionHistory,
  options: DescribeOptions = {},
): SystemDescription {
  const { model: confirmed, proposed } = confirmedView(model);
  const notes = reviewNotesSection(results, proposedNotes(proposed));
  const categories = categoriesInScope(confirmed, options.categories);
  return {
    organization: confirmed.map.organization.name,
    asOf: confirmed.now.toISOString().slice(0, 10),
    ...(history ? { period: history.window } : {}),
    sections: [
      servicesSection(confirmed),
      commitmentsSection(confirmed),
      componentsSection(confirmed),
      boundarySection(confirmed),
      incidentsSection(history),
      changesSection(history),
      internalControlSection(confirmed),
      criteriaSection(confirmed, categories),
      criteriaNotRelevantSection(confirmed, categories),
      subserviceSection(confirmed),
      aiPathsSection(confirmed),
      ...(notes ? [notes] : []),
    ],
  };
}
