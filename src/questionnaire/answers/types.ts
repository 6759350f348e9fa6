import type { CheckResult, SourceRef } from '../../controls/types.js';
import type { Model } from '../../model/index.js';

/** What an answer builder may read: the model and the check results computed from it. */
export interface AnswerFacts {
  model: Model;
  results: readonly CheckResult[];
  /**
   * What the question asks about, where a topic's answer differs by it: `users`, the product's own users ("Can
   * customer accounts use MFA?"), not our staff's access to production; `provisioning`, SCIM rather than single
   * sign-on; `saml`, single sign-on by SAML, named alone; `staff-data`, whether our people can see the customer's
   * data; `embeddings`, whether vectors and chunks made from the customer's content count as customer data; `failover`,
   * whether model calls fail over to another provider; `termination`, what is kept after the contract or account
   * ends; `shared-models`, whether models, fine-tunes or adapters are shared across customers; `provider-retention`, whether model providers keep what they are sent; `user-traffic`, the traffic between the
   * product's users and the service, not every hop behind it; `internal-traffic`, the hops behind the service and not
   * users' traffic to it; `files`, the files customers give the product (uploads,
   * documents) and no other data; `service-access`, how the product's own services or agents reach data; `in:EU` (an area, `namedArea`), whether the data can stay
   * in that area. Absent: as the topic
   * reads by default.
   */
  about?:
    | 'users'
    | 'provisioning'
    | 'saml'
    | 'staff-data'
    | 'embeddings'
    | 'failover'
    | 'termination'
    | 'shared-models'
    | 'provider-retention'
    | 'user-traffic'
    | 'internal-traffic'
    | 'files'
    | 'service-access'
    | 'retention-setting'
    | `in:${string}`;
}

/** A source of an answer: a map pointer, code line, probe or evidence file, or a check result. */
/** Answers cite like every other output: the shared `SourceRef`. */
export type AnswerSource = SourceRef;

export type YesNo = 'Yes' | 'No' | 'Partially';

/** An answer composed from facts. */
export interface Answer {
  /** The answer without its Yes/No word; the engine writes `Yes. <text>` when there is one. */
  text: string;
  yesNo?: YesNo;
  sources: AnswerSource[];
  /** Why a person must look before sending it (a failing check, a missing fact); absent when it can go as is. */
  review?: string;
  /**
   * The map entries it rests on that are still `status: proposed` (`section/id`): until a person confirms them the
   * answer is a draft for the reviewer, never text in the buyer's file.
   */
  proposed?: string[];
  /**
   * Where the text answers only some of its topic's questions: those it answers (`asks`), and what it holds, said to
   * the reviewer (`holds`). Another question of the topic gets no answer, the text drafted in the note: an AI
   * inventory with no policy or owner on record went out as the answer to "who is accountable for responsible AI?",
   * and a risk rating as the answer to "how do you test for hallucinations?" (open-saas).
   */
  answersOnly?: { asks: RegExp; holds: string };
  /**
   * What the map names none of, where the verdict rests on that absence: a question that presumes it ("Are vector
   * embeddings segregated per customer?" of a product that keeps none) gets the text without the Yes or No, which
   * would say the thing exists (chatgpt-web: "Yes." three times of embeddings it does not make).
   */
  presumes?: RegExp;
}

/**
 * Composes a topic's answer from facts; `undefined` when the map does not hold the facts to answer, or
 * `{ missing }` to say more precisely what to add.
 */
export type AnswerBuilder = (facts: AnswerFacts) => Answer | { missing: string } | undefined;
