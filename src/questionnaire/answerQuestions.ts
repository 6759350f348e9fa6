import { citeAll } from '../core/cite.js';
import { asksLeaving, namedArea } from '../model/index.js';
import {
  type Answer,
  type AnswerFacts,
  type AnswerSource,
  type ComposedAnswer,
  composeAnswer,
  holdForReview,
  RETENTION_SETTING_TOPICS,
  type YesNo,
} from './answers/index.js';
import { disputesOf } from './answers/verdict.js';
import { type LibraryEntry, mapDigests } from './library.js';
import { stripFormPrefix } from './match/analyze.js';
import { decide } from './match/decide.js';
import { buildMatcher, type MatchConfidence, type Matcher, matchQuestion } from './match/matcher.js';
import {
  askedInNegative,
  asksAboutFilesOnly,
  asksAboutInternalTraffic,
  asksAboutModelFailover,
  asksAboutProductUsers,
  asksAboutProviderRetention,
  asksAboutProvisioning,
  asksAboutRetentionSetting,
  asksAboutSaml,
  asksAboutServiceAccess,
  asksAboutSharedModels,
  asksAboutStaffSeeingData,
  asksAboutTermination,
  asksAboutThirdParties,
  asksAboutUserTraffic,
  asksDefaultOn,
  asksHowLongKept,
  asksWhetherEmbeddingsAreCustomerData,
  asksWhetherKept,
  asksYesOrNo,
  foreignAsk,
  HARM_NAMES,
  harmOf,
  leadWithTime,
  unaddressedWords,
  unconfirmedSpecifics,
  unheldAsk,
} from './match/questionForm.js';
import { rankedOpinion, SENTENCE_MIX, type SentenceOpinions } from './model/dense.js';
import { shippedSentenceModel, shippedTopicModel } from './model/shipped.js';
import { classProbabilities, rankClasses, type TopicModel } from './model/softmax.js';
import { TOPICS, topicById } from './topics/index.js';

/** A question read from the buyer's file. */
export interface QuestionInput {
  sheet: string;
  /** 1-based row in the sheet (for CSV: the line's record number, header = 1). */
  row: number;
  question: string;
}

/** `answered`: filled as is. `review`: filled, a person must check it. `blank`: left empty, the note says why. */
export type AnswerStatus = 'answered' | 'review' | 'blank';

/**
 * Why an answer waits for a person, in the order to look at them: its facts are disputed (a failing check, lapsed
 * evidence); it rests on map entries nobody has confirmed yet (`proposed`: a draft in the note, nothing in the
 * buyer's file); the question asks more than the answer states (`unconfirmedSpecifics`, `unaddressedWords`); the
 * topic is uncertain; the map lacks the facts; the question is outside every topic.
 */
export type ReviewKind = 'facts' | 'proposed' | 'unstated' | 'match' | 'missing' | 'unknown';

/** One answered question: what `--format json` prints and what goes into the buyer's file. */
export interface AnsweredQuestion {
  sheet: string;
  row: number;
  question: string;
  /** Topic id, or null when the question is outside what Trustmap knows. */
  topic: string | null;
  /** Empty when blank. */
  answer: string;
  yesNo: YesNo | null;
  confidence: MatchConfidence;
  status: AnswerStatus;
  /** Set when status is not `answered`. */
  reviewKind?: ReviewKind;
  sources: AnswerSource[];
  /** For the reviewer: confidence, review reason, what to add to the map, a second topic. */
  note: string;
  /** A second topic a bundled question also asks about. */
  also?: string;
  /** The approved library entry the answer came from. */
  library?: string;
}

/**
 * What reads a question before any fact is known: the trained models and what they have worked out so far. Built
 * first (`prepareReader`), so a questionnaire is read, and the sentence encoder started only if some question needs
 * it, while the map loads; `prepareKnowledge` then adds the facts.
 */
export interface QuestionReader {
  /** The trained topic model: first opinion on the topic, and the out-of-scope gate. */
  model: TopicModel;
  /**
   * The sentence model and the vectors of the questions the word model is unsure of (filled by
   * `addSentenceVectors`, the only asynchronous step); a question without a vector has the word model's opinion alone.
   */
  sentence: SentenceOpinions & { vectors: Map<string, Float32Array> };
  /**
   * The word model's probabilities of the questions `addSentenceVectors` looked at, kept until the question is
   * matched so the word model runs once a question.
   */
  words: Map<string, Float64Array>;
}

/** Everything needed to answer questions: the two matchers and the facts. Build once per questionnaire. */
export interface QuestionnaireKnowledge extends QuestionReader {
  /** The BM25 matcher: second opinion on the topic, and the approved library's matcher. */
  matcher: Matcher;
  facts: AnswerFacts;
  library: readonly LibraryEntry[];
  libraryFile: string;
  answers: Map<string, ComposedAnswer>;
}

/**
 * The shipped word and sentence models, with nothing read yet.
 * @example const reader = prepareReader(); await addSentenceVectors(reader, questions)
 */
export function prepareReader(): QuestionReader {
  return {
    model: shippedTopicModel(),
    sentence: { model: shippedSentenceModel(), mix: SENTENCE_MIX, vectors: new Map() },
    words: new Map(),
  };
}

/**
 * What a question asks about, where a topic's answer differs by it (`AnswerFacts.about`): the first form that reads,
 * among those for the matched topic (a third element names the one topic a form is for).
 */
const QUESTION_FORMS: readonly [(question: string) => boolean, NonNullable<AnswerFacts['about']>, string?][] =
  [
    [asksAboutUserTraffic, 'user-traffic', 'encryption-in-transit'],
    [asksAboutInternalTraffic, 'internal-traffic', 'encryption-in-transit'],
    [asksWhetherEmbeddingsAreCustomerData, 'embeddings'],
    [asksAboutModelFailover, 'failover'],
    [asksAboutTermination, 'termination'],
    [asksAboutRetentionSetting, 'retention-setting'],
    [asksAboutFilesOnly, 'files', 'data-retention'],
    [asksAboutSharedModels, 'shared-models'],
    [asksAboutProviderRetention, 'provider-retention'],
    [asksAboutProvisioning, 'provisioning'],
    [asksAboutSaml, 'saml'],
    [asksAboutServiceAccess, 'service-access', 'access-control'],
    [asksAboutStaffSeeingData, 'staff-data'],
    [asksAboutProductUsers, 'users'],
  ];

/**
 * What a question asks about for its topic's answer (`AnswerFacts.about`): for residency, the one area it asks the data
 * to stay in ("Can our data stay within the EU?" → `in:EU`); otherwise the first of `QUESTION_FORMS` that reads.
 */
function askedAbout(topic: string, question: string): AnswerFacts['about'] {
  if (topic === 'data-residency') {
    const area = namedArea(stripFormPrefix(question));
    return area ? `in:${area}` : undefined;
  }
  return QUESTION_FORMS.find(([asks, , only]) => (!only || only === topic) && asks(question))?.[1];
}

/**
 * Indexes the topics and the approved library, ready to answer questions from these facts, with `reader`'s models
 * and what it has read (default: the shipped models, nothing read).
 * @example const knowledge = prepareKnowledge({ model, results }); answerQuestions(knowledge, questions)
 */
export function prepareKnowledge(
  facts: AnswerFacts,
  library: readonly LibraryEntry[] = [],
  libraryFile = 'answers.yaml',
  reader: QuestionReader = prepareReader(),
): QuestionnaireKnowledge {
  return {
    ...reader,
    matcher: buildMatcher(TOPICS, library),
    facts,
    library,
    libraryFile,
    answers: new Map(),
  };
}

function composed(
  knowledge: QuestionnaireKnowledge,
  topic: string,
  about?: AnswerFacts['about'],
): ComposedAnswer {
  const key = about ? `${topic} about ${about}` : topic;
  let found = knowledge.answers.get(key);
  if (!found) {
    found = composeAnswer(topic, about ? { ...knowledge.facts, about } : knowledge.facts);
    knowledge.answers.set(key, found);
  }
  return found;
}

/** Sources as short text lines, for notes and CSV columns. */
export function describeSources(sources: readonly AnswerSource[]): string[] {
  return citeAll(sources, { style: 'full' });
}

/**
 * The topic of a question: the trained model decides, BM25 confirms (high confidence needs both), and BM25 alone
 * finds approved library answers and a bundled question's second topic.
 */
/**
 * The word model's probability of every class for a question, in class order: computed once, and kept in
 * `knowledge.words` until the question is matched.
 */
export function wordProbabilities(knowledge: QuestionReader, question: string): Float64Array {
  let found = knowledge.words.get(question);
  if (!found) {
    found = classProbabilities(knowledge.model, question);
    knowledge.words.set(question, found);
  }
  return found;
}

function matchTopic(knowledge: QuestionnaireKnowledge, question: string) {
  const bm25 = matchQuestion(knowledge.matcher, question);
  const words = wordProbabilities(knowledge, question);
  knowledge.words.delete(question);
  const ranked = rankedOpinion(rankClasses(knowledge.model.classes, words), question, knowledge.sentence);
  const decided = decide(question, ranked, bm25);
  // How long data stays if nobody deletes it is retention, not how it is deleted (deepwiki-open, langflow, AFFiNE).
  const decision =
    decided.topic === 'data-deletion' && asksHowLongKept(question)
      ? { ...decided, topic: 'data-retention' }
      : decided;
  const also = decision.topic && bm25.also && bm25.also !== decision.topic ? bm25.also : undefined;
  return { ...decision, also, library: bm25.library };
}

const FLIPPED: Readonly<Record<YesNo, YesNo>> = { Yes: 'No', No: 'Yes', Partially: 'Partially' };
/** A question about plans, not about what is held today. */
const PLANS =
  /\b(?:plan|plans|planned|planning|working towards?|roadmap|intend|pursu\w*|in progress|timeline|expect|aim)\b/;
/** Ways to ask "is our data kept out of training?" without a "not". */
const KEPT_OUT = /\b(?:exclud\w*|refrain\w*|prohibit\w*|forbid\w*|forbidden|prevent\w*|block\w*)\b/;
/** "Is our data commingled?", "Can another customer's search return our files?": of customers kept apart, no. */
const commingled = (question: string) => {
  const harm = harmOf(question);
  return harm === 'commingled' || harm === 'cross-customer';
};

/**
 * Topics whose verdict a question can ask the other way round, with the forms where that is sure: `opposite`, the
 * question's yes is the verdict's no; `unanswered`, the verdict does not answer the question and the text speaks
 * alone. Data: a topic's reading is a line here.
 */
const VERDICT_READINGS: Readonly<
  Record<string, { opposite?: (question: string) => boolean; unanswered?: (question: string) => boolean }>
> = {
  // "Please confirm customer data is not used for training", "excluded from training?": yes, it is not.
  'ai-training-on-customer-data': {
    opposite: (question) => askedInNegative(question) || KEPT_OUT.test(question.toLowerCase()),
  },
  // "On by default unless we opt out?" of an opt-in policy: no.
  'ai-training-opt-in': { opposite: (question) => !askedInNegative(question) && asksDefaultOn(question) },
  // "Is our data commingled?", "Could another company's question surface our files?" of tenants separated in every
  // store: no.
  'tenant-segregation': { opposite: commingled },
  'ai-tenant-isolation': { opposite: commingled },
  // "No certificate yet" does not answer "Are you working towards ISO 42001?".
  certifications: { unanswered: (question) => PLANS.test(question.toLowerCase()) },
  // "We keep them" answers "Do you store prompts?", not "Is zero retention available?" nor "For how long?".
  // Whether each customer may set the period is answered by the map's `retentionConfigurable` (`withRetentionSetting`).
  'ai-prompt-retention': {
    unanswered: (question) => !asksWhetherKept(question) && !asksAboutRetentionSetting(question),
  },
  // "Is any of our data processed outside the EU?" of data kept in the EU: no.
  'data-residency': { opposite: (question) => asksLeaving(stripFormPrefix(question)) },
};

/**
 * A topic's verdict answers the topic's own question ("Is customer data used for training?", "Is MFA enforced?");
 * a question may ask its opposite. Where the topic's reading is sure (`VERDICT_READINGS`) the verdict turns or
 * goes; otherwise a question about an unwanted state ("Have you had a breach?") or asked in the negative ("Are
 * there accounts that do not require MFA?") loses it, for a person to give.
 */
function orientVerdict(topic: string, question: string, answer: Answer): Answer {
  if (!answer.yesNo) return answer;
  if (answer.presumes?.test(question)) return { ...answer, yesNo: undefined };
  const reading = VERDICT_READINGS[topic];
  if (reading?.opposite?.(question)) return { ...answer, yesNo: FLIPPED[answer.yesNo] };
  if (reading?.unanswered?.(question)) return { ...answer, yesNo: undefined };
  const harm = harmOf(question);
  if (harm)
    return holdForReview(
      answer,
      `the question asks about ${HARM_NAMES[harm]}, which a Yes would admit: give its Yes or No by hand`,
    );
  // "…including not keeping it at all?" is an option of the setting asked about, not the question in the negative.
  if (
    askedInNegative(question) &&
    !(RETENTION_SETTING_TOPICS.has(topic) && asksAboutRetentionSetting(question))
  )
    return holdForReview(answer, 'the question is asked in the negative: give its Yes or No by hand');
  return answer;
}

const quoted = (words: readonly string[]) =>
  words
    .slice(0, 6)
    .map((word) => `"${word}"`)
    .join(', ');

/**
 * What a question asks beyond its topic's answer, as a reason to hold the answer for a person and the verdict that
 * still stands, or nothing when the answer covers it. A "Yes" covers the whole question: it goes where the question
 * names a practice, figure or word the answer does not state; any verdict goes where the question asks about third
 * parties' own practice and the topic states ours; a bundled question ("encrypted at rest and in transit?") gets
 * this topic's answer only, and keeps a verdict only where the other topic's is the same.
 */
function beyondTheAnswer(
  knowledge: QuestionnaireKnowledge,
  topicId: string,
  also: string | undefined,
  question: string,
  oriented: Answer,
): { reason: string; yesNo: YesNo | undefined } | undefined {
  const topic = topicById(topicId);
  const vocabulary = topic ? [topic.title, ...topic.phrasings].join('\n') : '';
  const specifics = unconfirmedSpecifics(question, oriented.text, vocabulary);
  const unaddressed = specifics.length === 0 ? unaddressedWords(question, oriented.text, vocabulary) : [];
  const unstated =
    specifics.length > 0
      ? `the question also asks about ${quoted(specifics)}, which the answer does not state${specifics.includes('diagram') ? ' (`trustmap lineage --format svg` draws the map’s flows to attach)' : ''}`
      : unaddressed.length > 0
        ? `the answer gives the topic's facts but may not address what the question asks (${quoted(unaddressed)})`
        : undefined;
  const other = also ? composed(knowledge, also) : undefined;
  const otherVerdict =
    also && other && 'answer' in other ? orientVerdict(also, question, other.answer).yesNo : undefined;
  const bundled = also
    ? `the answer covers one part of a bundled question${oriented.yesNo && otherVerdict !== oriented.yesNo ? ', and its Yes or No may not hold for the other' : ''}`
    : undefined;
  const theirs =
    topic && !topic.thirdParties && asksAboutThirdParties(question)
      ? "the question asks about third parties' own practice (providers, vendors, sub-processors), and the answer states ours"
      : undefined;
  const reason = [theirs, unstated, bundled].filter(Boolean).join('; ');
  if (!reason) return undefined;
  const dropped =
    theirs || (unstated && oriented.yesNo === 'Yes') || (bundled && otherVerdict !== oriented.yesNo);
  return { reason, yesNo: dropped ? undefined : oriented.yesNo };
}

function reviewKindOf(composed: Answer, held: string | undefined, oriented: Answer): ReviewKind {
  if (composed.review) return 'facts';
  // A verdict left for a person is what the answer does not state.
  return held || oriented.review ? 'unstated' : 'match';
}

/**
 * What goes into a buyer's Yes/No cell, if anything: a plain Yes or No, only for a question that asks for one
 * (`asksYesOrNo`: not "RTO and RPO for the service", not "Describe…") and only on a topic matched with high
 * confidence. A buyer's tool often scores that cell without reading the text, so a verdict on a topic that may be
 * the wrong one stays in the text, marked for review, and the cell waits for the reviewer.
 * @example yesNoCell(answered) // 'Yes'
 */
export function yesNoCell(answer: AnsweredQuestion): 'Yes' | 'No' | undefined {
  if (answer.status === 'blank' || answer.confidence !== 'high') return undefined;
  if (answer.yesNo !== 'Yes' && answer.yesNo !== 'No') return undefined;
  return asksYesOrNo(answer.question) ? answer.yesNo : undefined;
}

/**
 * Whether an answer may go to the buyer as it is, in the buyer's copy: an approved library answer, or a
 * high-confidence one on confirmed facts that nothing holds for review. Drafts, blanks and answers to review stay
 * out of it until a person settles them (in the map, or as an approved answer in `answers.yaml`).
 */
export function sendable(answer: AnsweredQuestion): boolean {
  return answer.status === 'answered' && answer.answer.trim() !== '';
}

/** Days after which an approved library answer is reviewed again before it is sent. */
export const LIBRARY_REVIEW_AFTER_DAYS = 365;

/** A library entry's `approvedOn` as `YYYY-MM-DD` (YAML may have read it as a date), or undefined. */
function libraryDate(value: string | Date | undefined): string | undefined {
  if (value instanceof Date)
    return Number.isNaN(value.getTime()) ? undefined : value.toISOString().slice(0, 10);
  return value && /^\d{4}-\d{2}-\d{2}$/.test(value) && !Number.isNaN(Date.parse(value)) ? value : undefined;
}

/** The note's list of sources, one a line. */
function sourceLines(sources: readonly AnswerSource[]): string {
  return `\nSources:\n${describeSources(sources)
    .map((line) => `- ${line}`)
    .join('\n')}`;
}

function answerOne(knowledge: QuestionnaireKnowledge, input: QuestionInput): AnsweredQuestion {
  const match = matchTopic(knowledge, input.question);
  const base = { ...input, confidence: match.confidence };
  const alsoLine = match.also
    ? ` Also asks about ${topicById(match.also)?.title ?? match.also}; answer that part separately.`
    : '';
  const entry = match.library
    ? knowledge.library.find((candidate) => candidate.id === match.library)
    : undefined;
  if (entry) {
    // An approval is a person's word on a date: past a year it is checked again before it is sent, as reviewers
    // re-approve a library every year.
    const approvedOn = libraryDate(entry.approvedOn);
    const stale =
      approvedOn !== undefined &&
      knowledge.facts.model.now.getTime() - Date.parse(approvedOn) > LIBRARY_REVIEW_AFTER_DAYS * 86_400_000;
    // A check on the topic that fails now and did not when the answer was approved reopens it.
    const known = entry.disputedWhenApproved;
    const since =
      entry.topic && known
        ? disputesOf(knowledge.facts, entry.topic).filter((dispute) => !known.includes(dispute.key))
        : [];
    // And an entry the answer rests on that says something else now, which no check may judge.
    const changed = entry.mapWhenApproved
      ? Object.entries(mapDigests(knowledge.facts.model.map, Object.keys(entry.mapWhenApproved)))
          .filter(([pointer, digest]) => entry.mapWhenApproved![pointer] !== digest)
          .map(([pointer]) => pointer)
      : [];
    const reasons = [
      ...(stale
        ? [
            `approved more than ${LIBRARY_REVIEW_AFTER_DAYS} days ago; confirm it still holds, then approve it again`,
          ]
        : []),
      ...(since.length > 0
        ? [
            `since it was approved: ${since.map((dispute) => dispute.plain).join('; ')}; confirm or change it, then approve it again`,
          ]
        : []),
      ...(changed.length > 0
        ? [
            `since it was approved, the map changed at ${changed.join(', ')}; confirm the answer still holds, then approve it again`,
          ]
        : []),
    ];
    return {
      ...base,
      topic: entry.topic ?? match.topic,
      answer: entry.answer,
      yesNo: entry.yesNo ?? null,
      confidence: 'high',
      status: reasons.length > 0 ? 'review' : 'answered',
      ...(reasons.length > 0 ? { reviewKind: 'facts' as const } : {}),
      sources: [
        { kind: 'evidence', id: `${knowledge.libraryFile}#${entry.id}`, path: knowledge.libraryFile },
      ],
      note: `Trustmap: approved answer \`${entry.id}\` (${knowledge.libraryFile}:${entry.line})${entry.approvedBy ? `, approved by ${entry.approvedBy}` : ''}${approvedOn ? ` on ${approvedOn}` : ''}.${reasons.length > 0 ? ` Review before sending: ${reasons.join('. ')}.` : ''}${alsoLine}`,
      library: entry.id,
      ...(match.also ? { also: match.also } : {}),
    };
  }
  if (!match.topic) {
    const closest = match.closest ? ` Closest topic: ${match.closest} (low confidence).` : '';
    return {
      ...base,
      topic: null,
      answer: '',
      yesNo: null,
      status: 'blank',
      reviewKind: 'unknown',
      sources: [],
      note: `Trustmap: needs information. The question matches no topic Trustmap knows.${closest} Answer it by hand, or add an approved answer to answers.yaml.`,
    };
  }
  const result = composed(knowledge, match.topic, askedAbout(match.topic, input.question));
  const also = match.also ? { also: match.also } : {};
  // Nothing for the buyer's cell; the reviewer reads why in the note.
  const blank = (reviewKind: ReviewKind, note: string, sources: AnswerSource[] = []): AnsweredQuestion => ({
    ...base,
    topic: match.topic,
    answer: '',
    yesNo: null,
    status: 'blank',
    reviewKind,
    sources,
    note,
    ...also,
  });
  if ('missing' in result)
    return blank(
      'missing',
      `Trustmap: needs information. Topic ${match.topic} (confidence ${match.confidence}); the map does not hold the facts: ${result.missing}.${alsoLine}`,
    );
  if (result.answer.proposed)
    // Not confirmed, not a fact: as `describe` leaves such entries out and the trust center will not publish them,
    // the buyer's file gets nothing; the reviewer gets the draft and what to confirm.
    return blank(
      'proposed',
      `Trustmap: not filled. Topic ${match.topic} (confidence ${match.confidence}); the answer rests on map entries not yet confirmed: ${result.answer.proposed.join(', ')}. Check them against your system; in trustmap.yaml, write what is true in place of any text that begins "Proposed by trustmap discover" and delete any \`status: proposed\` line of theirs, then answer again.${alsoLine}\nDraft: ${result.answer.text}${sourceLines(result.answer.sources)}`,
      result.answer.sources,
    );
  const foreign = foreignAsk(input.question, match.topic, result.answer.text);
  if (foreign)
    return {
      ...blank(
        'unknown',
        `Trustmap: needs information. The question asks about ${foreign}, which the closest topic's answer (${match.topic}) does not address. Answer it by hand, or add an approved answer to answers.yaml.${alsoLine}\nDraft of the closest topic: ${result.answer.text}`,
      ),
      topic: null,
    };
  // What the topic's facts on record do not answer: the builder's own limit (`answersOnly`), or an ask of the topic's
  // own subject the map does not record (`unheldAsk`). The topic stays; the reviewer gets the draft and what to add.
  const only = result.answer.answersOnly;
  const unheld = unheldAsk(input.question, match.topic, result.answer.text);
  const beside =
    only && !only.asks.test(input.question)
      ? `the map holds ${only.holds}, which does not answer this question. Add what it asks to the map`
      : unheld
        ? `the question asks about ${unheld}, which the map does not record for this topic. Answer it by hand`
        : undefined;
  if (beside)
    return blank(
      'missing',
      `Trustmap: needs information. Topic ${match.topic} (confidence ${match.confidence}); ${beside}, or add an approved answer to answers.yaml.${alsoLine}\nDraft of what the map holds: ${result.answer.text}${sourceLines(result.answer.sources)}`,
      result.answer.sources,
    );
  const oriented = orientVerdict(match.topic, input.question, result.answer);
  const held = beyondTheAnswer(knowledge, match.topic, match.also, input.question, oriented);
  const answer: Answer = held ? holdForReview(oriented, held.reason, held.yesNo) : oriented;
  const status: AnswerStatus = match.confidence === 'high' && !answer.review ? 'answered' : 'review';
  const reasons = [
    ...(match.confidence === 'high' ? [] : ['the question matched its topic with medium confidence']),
    ...(answer.review ? [answer.review] : []),
  ];
  return {
    ...base,
    topic: match.topic,
    // "Yes." opens the text only where the question asks for a yes or a no; the Yes/No column and `yesNo` keep it.
    answer:
      answer.yesNo && asksYesOrNo(input.question)
        ? `${answer.yesNo}. ${answer.text}`
        : leadWithTime(input.question, answer.text),
    yesNo: answer.yesNo ?? null,
    status,
    ...(status === 'review' ? { reviewKind: reviewKindOf(result.answer, held?.reason, oriented) } : {}),
    sources: answer.sources,
    note: `Trustmap: topic ${match.topic}, confidence ${match.confidence}.${status === 'review' ? ` Review before sending: ${reasons.join('; ')}.` : ''}${alsoLine}${sourceLines(answer.sources)}`,
    ...also,
  };
}

/**
 * Answers questions from the knowledge: high confidence fills the answer, medium fills it for review, low leaves
 * it blank with "needs information". Pure and deterministic.
 * @example answerQuestions(knowledge, [{ sheet: 'Security', row: 4, question: 'Is MFA enforced?' }])
 */
export function answerQuestions(
  knowledge: QuestionnaireKnowledge,
  questions: readonly QuestionInput[],
): AnsweredQuestion[] {
  return questions.map((input) => answerOne(knowledge, input));
}

const REVIEW_ORDER: Record<ReviewKind, number> = {
  facts: 0,
  proposed: 1,
  unstated: 2,
  match: 3,
  missing: 4,
  unknown: 5,
};

/**
 * The questions a person should look at, most urgent first, in the order of `ReviewKind`: disputed facts, drafts
 * on unconfirmed entries, answers that say less than asked, uncertain topics, blanks the map could fill, questions
 * outside every topic. Stable within each group.
 * @example reviewFirst(run.questions).slice(0, 10)
 */
export function reviewFirst(questions: readonly AnsweredQuestion[]): AnsweredQuestion[] {
  return questions
    .filter((question) => question.status !== 'answered')
    .map((question, index) => ({ question, index }))
    .sort(
      (a, b) =>
        REVIEW_ORDER[a.question.reviewKind ?? 'unknown'] - REVIEW_ORDER[b.question.reviewKind ?? 'unknown'] ||
        a.index - b.index,
    )
    .map(({ question }) => question);
}
