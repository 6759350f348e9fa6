import { analyze, stripFormPrefix } from './analyze.js';

/** First words of a question that asks for a description, a list or a figure, not for a yes or a no. */
const OPEN_START =
  /^(?:what|how|which|where|when|who|whom|whose|why|describe|explain|list|provide|outline|detail|specify|identify|summari[sz]e|share|attach|upload|give|name|enumerate|elaborate|walk us through|tell us)\b/;
/** "To what extent…", "Under which circumstances…", "For how long…". */
const OPEN_PHRASE = /^(?:to|in|under|for|with|at|by|on|from|of|over|within) (?:what|which|how|whom)\b/;
/**
 * A question that offers opposite alternatives ("Is training opt-in, or on by default?", "Is the index shared or
 * dedicated?", "short-lived or persistent?", "One shared index with metadata filters, or a separate index per customer?", "Do you self-host your models or call external model APIs?", "does the product degrade gracefully or stop working altogether?") asks which, and "Yes." answers neither. Other "or"s still ask for a yes
 * or a no: "Do you use our data to train models, or to fine-tune them?", "…used to train any model, whether yours
 * or a third party's?" (on the corpus, "whether" and "either" mostly join such clauses, so they are not read as
 * alternatives).
 */
const ALTERNATIVES =
  /\b(?:shared|single|opt[- ]in|internal|manual|persistent|short-lived|temporary|on-premises|cloud|public|private|physical|virtual)\b[^?]{0,25}?\bor\s+(?:an?\s+|on\s+by\s+)?(?:dedicated|multi|opt[- ]out|default|external|automated|automatic|short-lived|persistent|permanent|cloud|on-premises|private|public|virtual|logical)|\b(?:shared|one|single|common)\b[^?]{0,80}?\bor\s+(?:an?\s+)?(?:separate|dedicated|isolated|individual)\b|\b(?:self[- ]host\w*|hosted by you|host (?:your|the|its) own|in[- ]house)\b[^?]{0,60}?\bor\b[^?]{0,40}\b(?:external|third[- ]party|hosted|provider|vendor)|\b(?:degrade\w*|keeps? working|continues?|carr(?:y|ies) on|fails? over|falls? back)\b[^?]{0,40}?\bor\s+(?:\w+\s+)?(?:stops?|fails?|goes down|go down|breaks?|halts?|becomes? unavailable)\b/;
/** An opening that asks for a yes or a no whatever follows: "Do you have a defined RTO?" */
const CLOSED_START =
  /^(?:do|does|did|is|are|was|were|has|have|had|can|could|will|would|shall|should|may|must|confirm|y\/n)\b/;
/** A verb that makes a line a statement a "Yes." can confirm ("Backups are tested at a defined frequency"). */
const STATEMENT_VERB = /\b(?:is|are|was|were|has|have|had|will|must|shall|should|can|does|do)\b/;
/**
 * A figure a heading asks for: "RTO / RPO", "Data retention period", "Breach notification timeline", "Backups -
 * frequency, retention, encryption". "Yes." does not give a number.
 */
/**
 * A question that asks about the end of a contract or account ("upon termination", "after account termination",
 * "when the contract ends").
 */
const TERMINATION =
  /\b(?:upon|on|at|after|following) (?:the |our |an? )?(?:(?:contract|account|subscription|service|customer) )?terminat(?:ion|ing)\b|\b(?:contract|account|subscription) terminat(?:ion|ed)\b|\bwhen (?:we|you|the customer|the contract|the agreement) (?:terminates?|ends?)\b|\b(?:contract|agreement|subscription|relationship) (?:terminat(?:es|ion)|ends?|expir(?:es|y|ation))\b|\bterminat(?:e|ion of) (?:the |our |a )?(?:contract|agreement|subscription|account|service)\b/;

const ASKS_FIGURE =
  /\b(?:rto|rpo|recovery (?:time|point) objectives?|time ?frames?|timelines?|periods?|durations?|sla|slas|uptime|frequency|cadence|how (?:long|often|many|much|quickly|soon))\b/;
/** Politeness and framing words before the question proper. */
const LEAD_IN = /^(?:(?:please|kindly|briefly|also|additionally|if applicable|where applicable)[,:]?\s+)+/;

/** A question's opening as the form readers compare it: form id, leading punctuation and "Please," dropped, lowercase. */
function questionStart(question: string): string {
  return stripFormPrefix(question)
    .trim()
    .toLowerCase()
    .replace(/^[^a-z0-9]+/, '')
    .replace(LEAD_IN, '');
}

/**
 * Whether a question asks for a yes or a no, so that an answer may open with "Yes." or "No.": a closed question
 * ("Do you…", "Is…"), a control statement ("Data is encrypted at rest.") or a form line. Not one that asks what,
 * how, which or when, or that asks to describe, list or provide something: "Yes." does not answer "What are your
 * RTO and RPO?" and "No." does not answer "Please provide your SOC 2 report." Nor a heading, without a verb, that names
 * a figure ("RTO / RPO", "Data retention period"). Its first clause decides, so "Do you encrypt data? If so,
 * describe how." is closed. Pure.
 * @example asksYesOrNo('What is your breach notification timeline?') // false
 */
export function asksYesOrNo(question: string): boolean {
  const start = questionStart(question);
  if (OPEN_START.test(start) || OPEN_PHRASE.test(start) || ALTERNATIVES.test(start)) return false;
  return CLOSED_START.test(start) || STATEMENT_VERB.test(start) || !ASKS_FIGURE.test(start);
}

/** How often: a question that names one commits a "Yes" to it. Each with what in an answer says the same. */
const FREQUENCIES: readonly (readonly [RegExp, RegExp])[] = [
  [
    /\b(?:annual(?:ly)?|yearly|every year|once a year|every 12 months)\b/,
    // A document with its next review date on file says when it is reviewed.
    /\b(?:annual(?:ly)?|yearly|every year|once a year|12 months|next review by)\b/,
  ],
  [
    /\b(?:semi-?annual(?:ly)?|bi-?annual(?:ly)?|twice a year|every six months)\b/,
    /\b(?:semi-?annual|twice a year|six months)\b/,
  ],
  [/\b(?:quarterly|every (?:three|3) months)\b/, /\b(?:quarterly|(?:three|3) months)\b/],
  [/\b(?:monthly|every month)\b/, /\b(?:monthly|every month)\b/],
  [/\b(?:weekly|every week)\b/, /\b(?:weekly|every week)\b/],
  [/\b(?:daily|every day|nightly)\b/, /\b(?:daily|every day|nightly)\b/],
  [/\b(?:continuous(?:ly)?|real[- ]time)\b/, /\b(?:continuous|real[- ]time)\b/],
  [
    /\b(?:24x7(?:x365)?|24\/7(?:\/365)?|around the clock|round[- ]the[- ]clock)\b/,
    /\b(?:24x7|24\/7|around the clock|round[- ]the[- ]clock)\b/,
  ],
];

/** A question that asks how long: a period, a time frame, a recovery objective. */
const ASKS_DURATION =
  /\b(?:rto|rpo|recovery (?:time|point) objectives?|time ?frames?|timelines?|(?:retention|notice|notification|storage) periods?|how (?:long|quickly|soon)|within how many)\b/;
/** What in an answer says how long: a number of units, or a period in words ("not kept", "until deleted"). */
const STATES_DURATION =
  /\b\d+(?:\.\d+)?[ -]?(?:seconds?|minutes?|hours?|days?|business days?|weeks?|months?|years?)\b|\bnot kept\b|\bindefinitely\b|\buntil deleted\b|\bzero data retention\b/;

/**
 * Practices a question may add to its topic's, each with what in an answer says the same. A topic covers several
 * practices (encryption at rest also covers key management and rotation; vulnerability management covers
 * scanning, patching and penetration tests; AI risk covers bias and accuracy), and the map records some of them:
 * a "Yes" from the facts of one ("encrypted with AWS KMS", "penetration tested") is not a "Yes" to another ("are
 * keys rotated?", "do you patch critical vulnerabilities?"). Where the map records the practice, the answer names
 * it and keeps its verdict.
 */
const PRACTICES: readonly (readonly [string, RegExp, RegExp])[] = [
  ['tested', /\b(?:tested|testing|tests?|exercised|tabletop)\b/, /\b(?:test|pentest|exercis|tabletop)/],
  ['approved', /\bapproved\b|\bapproval\b/, /\bapprov/],
  ['independent', /\bindependent(?:ly)?\b/, /\b(?:independent|external|third[- ]party)\b/],
  ['notify', /\bnotif(?:y|ied|ies|ication)\b/, /\b(?:notif|inform|tell|announce|email)/],
  [
    'customer-managed keys',
    /\b(?:customer[- ]managed|customer[- ]supplied|bring your own keys?|own keys?|byok|cmek|hyok)\b/,
    /\b(?:customer[- ]managed|customer[- ]supplied|byok|cmek|hyok)\b/,
  ],
  [
    'key management',
    // "keys" in the plural is the crypto sense in these questions; "key" alone is often "key suppliers", "key risks".
    /\bkeys\b|\b(?:encryption|cryptographic|crypto|signing|private|master|data) key\b|\bkey (?:management|custody|storage|generation|vault)\b/,
    /\bkeys?\b/,
  ],
  ['rotated', /\brotat(?:e|ed|es|ion|ing)\b/, /\brotat/],
  ['encrypted', /\bencrypt(?:s|ed|ion)?\b/, /\b(?:encrypt|tls|aes)/],
  ['scanned', /\bscan(?:s|ned|ning)?\b/, /\bscan/],
  ['patched', /\bpatch(?:es|ed|ing)?\b/, /\bpatch/],
  ['remediated', /\bremediat(?:e|ed|es|ion|ing)\b/, /\b(?:remediat|fix)/],
  ['monitored', /\bmonitor(?:s|ed|ing)?\b/, /\b(?:monitor|alert)/],
  ['logged', /\blogged\b|\baudit (?:logs?|trails?)\b/, /\b(?:log|audit trail)/],
  ['reviewed', /\breview(?:s|ed)?\b/, /\breview/],
  [
    'deleted',
    /\b(?:delet(?:e|ed|es|ion|ing)|erase[ds]?|erasure|purge[ds]?|destroy(?:s|ed)?|destruction)\b/,
    /\b(?:delet|eras|purg|destr|expire|remov)/,
  ],
  ['metrics', /\bmetrics?\b|\bkpis?\b/, /\b(?:metric|kpi)/],
  ['bias', /\bbias(?:es|ed)?\b|\bfairness\b|\bdiscriminat(?:e|ory|ion)\b/, /\b(?:bias|fair|discriminat)/],
  ['accuracy', /\baccura(?:cy|te)\b|\bhallucinat(?:e|es|ed|ion|ions|ing)\b/, /\b(?:accura|hallucinat)/],
  [
    'model cards',
    /\bmodel cards?\b|\bdatasheets?\b|\bsystem cards?\b/,
    /\b(?:model card|datasheet|system card)/,
  ],
  [
    'revoked',
    /\b(?:revok(?:e|ed|es|ing)|revocation|deprovision(?:ed|ing)?|offboard(?:ed|ing)?|leavers?)\b|\b(?:leaves|left|departs?|terminated)\b[^?.]{0,40}\b(?:company|organi[sz]ation|employment)\b|\bwhen (?:an? )?(?:employee|staff member|person|user)s? (?:leaves?|departs?)\b/,
    /\b(?:revok|deprovision|offboard|leaver|remov)/,
  ],
  [
    // Sign-in for the buyer's own users is a feature of the product; an answer about how our staff reach production
    // does not say it. Not "does the platform provide encryption?", which is about the service as a whole.
    'customer accounts',
    /\b(?:customer|client|end[- ]user|user|tenant) (?:accounts?|logins?|sign[- ]ins?|users)\b|\b(?:service|platform|product|application|app|solution) (?:supports?|offers?|provides?|allows?)\b[^?.]{0,30}\b(?:multi-?factor|mfa|2fa|two-factor|single sign-on|sso|saml|passwords?)\b/,
    /\b(?:customers?|clients?|end[- ]users?|user accounts?|sign[- ]in|tenants?)\b/,
  ],
  [
    'named owner',
    /\bwho (?:owns|is (?:responsible|accountable|in charge))\b|\bownership\b|\baccountable\b|\bresponsible for\b/,
    /\b(?:owner|owned by|accountable|responsible|officer|ciso|cto|ceo|head of)\b/,
  ],
  [
    'dedicated team',
    // A team that does the work ("a dedicated incident response team"), not the buyer's ("our legal team needs…").
    /\b(?:dedicated|incident|response|security|soc|on-?call|operations|privacy) teams?\b|\bteams? (?:dedicated|responsible)\b/,
    /\bteam/,
  ],
  ['template', /\btemplates?\b/, /\btemplate/],
  [
    'post-incident report',
    /\bpost-?incident\b|\broot[- ]cause\b|\bpost-?mortems?\b/,
    /\b(?:post-?incident|root[- ]cause|post-?mortem)/,
  ],
  // "…deleted from all systems, with written certification?": a list of deletion mechanisms certifies nothing
  // (mattermost-ai).
  [
    'written certification',
    /^(?=[\s\S]*\b(?:delet|destr|eras|dispos|purg))[\s\S]*?\b(?:written|signed)\s+(?:certification|certificate|attestation|confirmation)\b|\bcertif(?:y|ied|icate|ication)\s+(?:of|that)\s+(?:the\s+)?(?:data\s+)?(?:deletion|destruction|erasure|disposal|deleted|destroyed|erased)\b|\b(?:deletion|destruction|erasure|disposal)\s+certificat/,
    /\b(?:certif|attest)/,
  ],
  // "Do you maintain a register of AI risks?": a risk class is no register (discourse-ai: "We rate … as limited risk").
  [
    'risk register',
    /\brisk (?:register|registry|log|inventory)\b|\bregister of (?:\w+ )?risks\b/,
    /\b(?:register|registry|risk log|risk inventory)/,
  ],
  // "Can end users flag a bad AI answer?": whether actions wait for approval does not say (discourse-ai).
  [
    'user feedback',
    /\b(?:flag|report|rate)\s+(?:a |an |the )?(?:bad|wrong|incorrect|inaccurate|harmful|problematic)\b|\bthumbs[- ](?:up|down)\b|\b(?:user|end[- ]user) feedback\b/,
    /\b(?:feedback|thumbs|rate|rating|report(?:s|ed)? (?:a |an )?(?:bad|wrong|incorrect))/,
  ],
  ['exported', /\bexport(?:s|ed|ing|able)?\b/, /\bexport/],
  ['intrusion detection', /\bintrusions?\b/, /\b(?:intrusion|guardduty)/],
  ['drift', /\bdrift(?:s|ing)?\b/, /\bdrift/],
  [
    // "…and the region where inference runs": a list of providers does not say where (LibreChat's model providers).
    'region',
    /\bregions?\b|\bcountr(?:y|ies)\b|\bgeograph(?:y|ic|ical|ically)\b|\bdata ?cent(?:er|re)s?\b|\bwhere\b[^?.]{0,40}\b(?:runs?|hosted|processed|stored|located|resides?)\b/,
    /\b(?:regions?|locations?|countr(?:y|ies)|us|eu|uk|europe|european|united states|(?:us|eu|ap|ca|sa|me|af)-[a-z]+-\d|data ?cent(?:er|re)s?)\b/,
  ],
  ['red teaming', /\bred[- ]?team(?:s|ed|ing)?\b|\badversarial\b/, /\b(?:red[- ]?team|adversarial)/],
  // Asks the reviews of LibreChat, AnythingLLM and Onyx found answered by the nearest topic's facts, which say nothing
  // of them: the provider list for "failover to a second provider?", the isolation answer for "do you cache
  // prompts?", the retention answer for "can we set how long history is kept?", the model-training answer for "does
  // staff training cover generative AI tools?".
  [
    'failover',
    /\bfail[- ]?overs?\b|\bfall ?backs?\b|\bfall back\b|\b(?:backup|secondary|alternate|alternative) (?:model |ai |llm )?(?:providers?|vendors?|models?)\b|\b(?:provider|vendor|model)s? (?:outage|becomes? unavailable|is down|goes down)\b/,
    /\b(?:fail[- ]?over|fall ?back|secondary|alternat|outage|unavailab)/,
  ],
  ['caching', /\bcach(?:e|es|ed|ing)\b/, /\bcach/],
  // "Are logins recorded in tamper-evident logs?", "Security log retention period": where logs go does not say either.
  [
    'tamper-evidence',
    /\btamper(?:ing|[- ]?(?:evident|proof|resistant))?\b|\bimmutab(?:le|ility)\b|\bwrite[- ]once\b|\bworm\b/,
    /\b(?:tamper|immutab|append-only|write-once|worm|object lock)/,
  ],
  ['retention period', /\bretain(?:s|ed)?\b|\bretention\b|\bhow long\b/, STATES_DURATION],
  // "Do you centrally log security events and alert on suspicious activity?": where error reports or product telemetry
  // go does not say (lmnr, sim: "Errors are sent to Sentry", "Logs are kept in Sim telemetry collector").
  [
    'security events',
    /\bsecurity[- ]events?\b|\bsuspicious (?:activity|activities|behaviou?r|logins?|access)\b|\banomal(?:y|ies|ous) (?:detection|access|activity|behaviou?r|logins?)\b|\bdetect(?:s|ing|ion of)? anomal/,
    /\b(?:security|audit|siem|suspicious|anomal|intrusion|guardduty|cloudtrail|sign-?in|log-?in|access log)/,
  ],
  [
    'zero data retention',
    /\bzero[- ]data[- ]retention\b|\bzdr\b|\bzero retention\b/,
    /\bzero[- ]data[- ]retention\b|\bzdr\b|\bzero retention\b|\bnot kept\b|\bkeeps? nothing\b/,
  ],
  [
    'recovery objectives',
    /\brto\b|\brpo\b|\brecovery (?:time|point) objectives?\b/,
    /\brto\b|\brpo\b|\brecovery (?:time|point)\b/,
  ],
  // "Do you support SAML single sign-on with Okta?", naming no other protocol: another method's sentence is no answer
  // (trieve: "sign in with OpenID Connect single sign-on … through Keycloak" read as customers federating their Okta).
  ['SAML', /^(?![\s\S]*\b(?:oidc|openid|oauth)\b)[\s\S]*\bsaml\b/, /\bsaml\b/],
  [
    'permissions',
    /\b(?:inherit|honou?r|respect|enforce|mirror|preserve)s?\b[^?.]{0,50}\bpermissions?\b|\bpermissions?\b[^?.]{0,50}\b(?:source|sharepoint|confluence|drive|file shares?|acls?)\b|\baccess control lists?\b/,
    /\b(?:permission|acl|access control list)/,
  ],
  [
    'configurable',
    /\bcan (?:we|i|customers?|the customer|clients?|admins?|administrators?|tenants?) (?:set|configure|choose|select|adjust|change|define|restrict|limit|control|disable|turn off)\b|\b(?:configurable|customi[sz]able|adjustable)\b/,
    /\b(?:configur|customi[sz]|adjust|setting|choose|chosen|select|can set|can turn|can disable|opt)/,
  ],
  ['termination', TERMINATION, /\b(?:terminat|contract end|end of (?:the |a )?contract|offboard|exit)/],
  // "Please provide a diagram …": the lineage answer is prose; the diagram is `trustmap lineage`'s to draw (Chatbot UI,
  // R2R: "Yes" and a paragraph, the note silent).
  ['diagram', /\b(?:data ?flow |architecture |network )?diagrams?\b/, /\bdiagram/],
  // "Leverage client inputs to enhance foundation models": training on them, which the retention answer does not say
  // (lead h3, read as prompt retention in five reviews).
  [
    'model improvement',
    /\b(?:improv|enhanc|train|fine-?tun|refin)\w*\b[^?.;]{0,60}\b(?:models?|llms?|ai)\b/,
    /\b(?:train|fine-?tun|improv|enhanc)/,
  ],
  [
    'staff training',
    /\b(?:staff|employees?|personnel|workforce|contractors?)\b[^?.]{0,40}\btrain(?:ed|ing)\b|\btraining (?:programs?|courses?|covers?|includes?)\b|\b(?:security awareness|acceptable use)\b/,
    /\b(?:staff|employee|personnel|workforce|awareness|acceptable use|course)/,
  ],
];

/**
 * Asks whose nearest topic is another subject by construction, not a part of the answer left unsaid: staff training
 * is not model training, failing over is not the provider list, the end of a contract is not how customers are kept
 * apart, improving models with customer inputs is not how long they are kept. Answered with that topic's facts, they read as a wrong answer (the reviews of TaskingAI, mem0 and
 * dialoqbase, and those before them), so they are left for a person. Not caching or a source system's permissions
 * beside isolation: labelled isolation questions ask about both (whether a cache or a retrieval crosses customers).
 */
const FOREIGN_ASKS: Readonly<Record<string, readonly string[]>> = {
  'staff training': ['ai-training-on-customer-data', 'ai-training-opt-in', 'ai-training-data-provenance'],
  failover: ['ai-model-providers', 'subprocessors'],
  termination: ['ai-tenant-isolation', 'tenant-segregation'],
  'model improvement': ['ai-prompt-retention', 'data-retention'],
};

/**
 * Asks of a topic's own subject that its answer holds only where the map records them, and that it otherwise leaves
 * unsaid: the isolation answer says how stores separate customers, not whether a cache or a source system's
 * permissions cross them; the logging answer says where logs go, not whether they are tamper-evident or how long they
 * are kept. Answered with the rest of the topic's facts, they read as a wrong answer (trieve, morphik-core: the
 * isolation answer to "do you cache prompts?", the logging answer to "security log retention period"), so the topic
 * stays and the answer is left for a person, drafted in the note.
 */
const UNHELD_ASKS: Readonly<Record<string, readonly string[]>> = {
  caching: ['ai-tenant-isolation', 'tenant-segregation'],
  permissions: ['ai-tenant-isolation', 'tenant-segregation'],
  'tamper-evidence': ['logging-monitoring'],
  'security events': ['logging-monitoring'],
  'retention period': ['logging-monitoring'],
  SAML: ['customer-sso'],
  // LLMStack, formbricks, OpenPipe: "has cross-tenant leakage been tested, by whom?" answered with the design; "are AI
  // interactions logged for audit?" with how long prompts are kept; "who manages the keys, can we bring our own?" with
  // whether stores are encrypted; "is zero data retention available?" with our retention; "RTO and RPO?" with backups.
  tested: ['ai-tenant-isolation', 'tenant-segregation'],
  logged: ['ai-prompt-retention'],
  'customer-managed keys': ['encryption-at-rest'],
  'zero data retention': ['ai-prompt-retention', 'data-retention'],
  'recovery objectives': ['backup-recovery', 'business-continuity'],
};

/**
 * The ask of a question on `topic`'s own subject that its answer holds only where the map records it (`UNHELD_ASKS`)
 * and does not state, if any.
 * @example unheldAsk('Security log retention period.', 'logging-monitoring', 'Logs go to Sentry.') // 'retention period'
 */
export function unheldAsk(question: string, topic: string, answer: string): string | undefined {
  return askBeside(UNHELD_ASKS, question, topic, answer);
}

/**
 * The ask of a question that `topic`'s answer cannot hold (`FOREIGN_ASKS`) and does not state, if any.
 * @example foreignAsk('Does staff training cover generative AI use?', 'ai-training-on-customer-data', 'We do not train models.') // 'staff training'
 */
export function foreignAsk(question: string, topic: string, answer: string): string | undefined {
  return askBeside(FOREIGN_ASKS, question, topic, answer);
}

/** The first practice of `table` listed for `topic` that the question asks about and the answer does not state. */
function askBeside(
  table: Readonly<Record<string, readonly string[]>>,
  question: string,
  topic: string,
  answer: string,
): string | undefined {
  const asked = stripFormPrefix(question).replace(EXAMPLES, ' ').toLowerCase();
  const said = answer.toLowerCase();
  for (const [name, inQuestion, inAnswer] of PRACTICES)
    if (table[name]?.includes(topic) && inQuestion.test(asked) && !inAnswer.test(said)) return name;
  return undefined;
}

/** Numbers buyers write in words, with their digits. */
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  one: 1,
  two: 2,
  three: 3,
  four: 4,
  five: 5,
  six: 6,
  seven: 7,
  eight: 8,
  nine: 9,
  ten: 10,
  twelve: 12,
  eighteen: 18,
  thirty: 30,
  ninety: 90,
};
/** A duration in words ("at least six months", "within three days"): a figure, like one in digits. */
const DURATION_IN_WORDS = new RegExp(
  `\\b(${Object.keys(NUMBER_WORDS).join('|')})\\s+(hours?|days?|weeks?|months?|years?)\\b`,
  'g',
);

/** "such as …", "for example …", "e.g. …" up to the end of the clause or the bracket. */
const EXAMPLES = /\b(?:such as|for example|for instance|e\.g\.|eg\.|like)\s[^?;)]*/gi;
/** Names an answer may say another way: SSL is what TLS used to be called; OIDC is OpenID Connect. */
const SAME_AS: Readonly<Record<string, RegExp>> = { SSL: /\btls\b/, OIDC: /\bopenid connect\b/ };

/** Short words in capitals that every answer may leave unsaid. */
const COMMON_ACRONYMS = new Set([
  'AI',
  'ML',
  'LLM',
  'LLMS',
  'IT',
  'US',
  'EU',
  'UK',
  'OK',
  'FAQ',
  'ID',
  'IDS',
]);

/**
 * What a question commits a "Yes" to that the answer does not say: a frequency ("reviewed quarterly"), a figure or
 * version ("TLS 1.2", "within 24 hours", "ISO 27001"), a named standard or product in capitals ("SCIM", "AES") that
 * the topic's own phrasings do not already name, or a practice beyond the topic's ("tested", "approved",
 * "independent"). An answer that says "Yes." to the whole question must cover each; where it does not, a person
 * confirms. `vocabulary` is the topic's own text (its title and phrasings). Pure.
 * @example unconfirmedSpecifics('Is access reviewed quarterly?', 'Access is granted by role.', '') // ['quarterly']
 */
export function unconfirmedSpecifics(question: string, answer: string, vocabulary: string): string[] {
  // Examples the question offers ("such as SOC 1 or SOC 2") are alternatives, not each a commitment.
  const asked = stripFormPrefix(question).replace(EXAMPLES, ' ');
  const lowerAsked = asked.toLowerCase();
  const lowerAnswer = answer.toLowerCase();
  const missing = new Set<string>();
  for (const [inQuestion, inAnswer] of FREQUENCIES) {
    const found = inQuestion.exec(lowerAsked);
    if (found && !inAnswer.test(lowerAnswer)) missing.add(found[0]);
  }
  for (const [name, inQuestion, inAnswer] of PRACTICES)
    if (inQuestion.test(lowerAsked) && !inAnswer.test(lowerAnswer)) missing.add(name);
  // A question that asks how long is answered with a duration, whatever else the answer says.
  const duration = ASKS_DURATION.exec(lowerAsked);
  if (duration && !STATES_DURATION.test(lowerAnswer)) missing.add(duration[0]);
  // A duration in words ("at least six months") is a figure: the answer must say it, in words or digits.
  for (const found of lowerAsked.matchAll(DURATION_IN_WORDS)) {
    const [phrase, word, unit] = found;
    const same = new RegExp(`\\b(?:${word}|${NUMBER_WORDS[word!]})[ -]?${unit!.slice(0, 3)}`);
    if (!same.test(lowerAnswer)) missing.add(phrase);
  }
  // Figures and versions: "1.2", "256", "27001", "72"; the answer must hold the same digits, not inside a date.
  const undated = answer.replace(/\b\d{4}-\d{2}-\d{2}(?:T[\d:.]+Z?)?\b/g, ' ');
  // A figure inside a word ("2FA", "SSLv3", "24x7") is part of a name, not a figure asked for; a figure the
  // question itself waives ("AES-256 or equivalent") is not one the answer must repeat; and the one version a
  // sign-in protocol is used in ("SAML 2.0", "OAuth 2.0") is named with the protocol.
  const figured = asked
    .replace(FIGURE_OR_EQUIVALENT, ' ')
    .replace(PROTOCOL_VERSION, (phrase, name: string) =>
      protocolNamed(name).test(lowerAnswer) ? ' ' : phrase,
    );
  for (const figure of figured.match(/(?<![A-Za-z\d.])\d+(?:\.\d+)*(?![A-Za-z\d])/g) ?? [])
    if (!new RegExp(`(?<![\\d.])${figure.replace(/\./g, '\\.')}(?![\\d])`).test(undated)) missing.add(figure);
  const lowerVocabulary = vocabulary.toLowerCase();
  for (const acronym of asked.match(/\b[A-Z][A-Z0-9]{1,7}s?\b/g) ?? []) {
    const word = acronym.replace(/s$/, '');
    if (COMMON_ACRONYMS.has(word) || !/[A-Z].*[A-Z]/.test(word)) continue;
    const pattern = new RegExp(`\\b${word.toLowerCase()}`);
    if (pattern.test(lowerAnswer) || pattern.test(lowerVocabulary) || SAME_AS[word]?.test(lowerAnswer))
      continue;
    missing.add(word);
  }
  // A sign-in protocol asked for is one the answer must name, even where the topic's phrasings name it too (Langfuse:
  // "Yes." to SAML single sign-on with Okta, from a map listing OpenID Connect only).
  for (const [name, named] of PROTOCOLS)
    if (named.test(lowerAsked) && !named.test(lowerAnswer)) missing.add(name);
  return [...missing];
}

/** A figure followed by "or equivalent": the question names a floor by example, not a figure to state. */
const FIGURE_OR_EQUIVALENT = /[\w.-]*\d[\w.-]*\s+or\s+(?:an?\s+)?(?:equivalent|comparable|similar)\b/gi;
/** A sign-in protocol with the one version in use today, the protocol's name captured. */
const PROTOCOL_VERSION = /\b(SAML|OAuth|OpenID Connect|OIDC)\s*v?(?:2\.0|2|1\.0)(?![\d.])/gi;

/** The words that name a versioned sign-in protocol in an answer. */
const protocolNamed = (name: string): RegExp =>
  /^saml$/i.test(name) ? /\bsaml\b/ : /^oauth$/i.test(name) ? /\boauth/ : /\boidc\b|\bopenid\b/;

/** Sign-in and provisioning protocols, each by the words that name it, in a question or an answer. */
const PROTOCOLS: readonly [name: string, named: RegExp][] = [
  ['SAML', /\bsaml\b/],
  ['OIDC', /\boidc\b|\bopenid\b/],
  ['SCIM', /\bscim\b/],
  ['LDAP', /\bldap\b/],
];

/**
 * Words that say nothing about what a question asks beyond its topic: who is asked ("provider", "entity"), framing
 * ("prefer", "confident", "in place") and words every security question carries ("security", "data", "policy").
 * Compared after `analyze`, so each is stemmed as the question's words are.
 */
const FRAMING_TERMS = new Set(
  analyze(
    `provider providers prefer preferably cloud system systems entity entities implement implemented implements
    manage managed management maintain maintained data user users least available require required requires need
    needs able confident sufficiently program programme practice practices measure measures control controls
    mechanism mechanisms approach security secure information handle handling policy policies regularly set
    place put done perform performed carry out take taken example extent addition both according still likely
    ever everything anything anyone anybody someone something whole since get gets give gives look want decide
    later happen happens already today sure know many much`,
  ),
);

/** Fewer uncovered words than this are a detail of the question ("which factors are accepted?"), not its point. */
const MIN_UNADDRESSED = 3;

/**
 * The words of a question that neither the answer nor the topic's own phrasings say, where they are at least three
 * and at least half of what the question asks (after stop words and framing words): the answer states its topic's
 * facts but not what this question asks about them ("Can customers run their own vulnerability scans?" answered
 * with our penetration test; "Have you had a breach in the last three years?" with our incident plan). Such an
 * answer is not one to send as it is, and a "Yes" before it would answer a question not asked. Returns the
 * question's own words, in order, for the reviewer's note; empty where the answer covers the question. Pure.
 * @example unaddressedWords('Can customers run their own vulnerability scans?', 'Our systems are tested for vulnerabilities.', 'Vulnerability management') // ['customers', 'run', 'own']
 */
export function unaddressedWords(question: string, answer: string, vocabulary: string): string[] {
  // The lexicon reads "our" and "us" as the customer; in an answer they are the vendor, and in a question the
  // pronoun names no subject of its own ("our users' browsers"), where "customers" does.
  // With its contraction: "we've" left "'ve" to be named as a word the answer missed (SurfSense review).
  const pronouns = (text: string) => text.replace(/\b(?:our|ours|us|we)(?:['’](?:ve|re|ll|d))?\b/gi, ' ');
  const covered = new Set([...analyze(pronouns(answer)), ...analyze(vocabulary)]);
  const asked = new Set(analyze(pronouns(question)).filter((term) => !FRAMING_TERMS.has(term)));
  const uncovered = [...asked].filter((term) => !covered.has(term));
  if (uncovered.length < MIN_UNADDRESSED || uncovered.length * 2 < asked.size) return [];
  const words: string[] = [];
  for (const part of stripFormPrefix(pronouns(question)).split(/[^A-Za-z0-9'-]+/)) {
    const word = part.replace(/^['-]+|['-]+$/g, '');
    const terms = analyze(word);
    if (
      terms.length > 0 &&
      terms.every((term) => uncovered.includes(term)) &&
      !words.includes(word.toLowerCase())
    )
      words.push(word.toLowerCase());
  }
  // A phrase the lexicon rewrites as one term ("penetration test") has no single word to name it by.
  return words.length > 0 ? words : uncovered;
}

/**
 * Third parties in the plural, or by a name that is never the respondent: "the vendor", "the provider" and "your
 * provider" in a questionnaire usually mean the company answering it, so the singular does not count.
 */
const THIRD_PARTIES = String.raw`(?:(?:ai|model|llm|cloud|hosting|critical|key|external|outside|downstream)\s+)?(?:providers|vendors|suppliers|partners|sub-?processors?|sub-?contractors?|third[- ]part(?:y|ies)(?:\s+(?:providers|vendors|suppliers|services))?|fourth[- ]part(?:y|ies))\b`;
/** A question whose subject is third parties: "Do your AI providers have SOC 2 reports?", "Do you require vendors to…". */
const ABOUT_THIRD_PARTIES = new RegExp(
  String.raw`^(?:do|does|did|are|is|have|has|will|can|must|should)\s+(?:(?:all|any|each|every|of|your|their|its|the)\s+)*${THIRD_PARTIES}|\b(?:require|oblige|ensure|verify|check)\s+(?:that\s+)?(?:(?:all|any|each|every|of|your|their|its|the)\s+)*${THIRD_PARTIES}`,
);

/**
 * Whether a question asks about third parties' own practice ("Do your AI providers have SOC 2 reports?", "Are
 * your sub-processors ISO 27001 certified?", "Do you require vendors to encrypt data?") rather than ours. A topic
 * whose answer states our practice (our SOC 2 report, our encryption) does not answer it. Pure.
 * @example asksAboutThirdParties('Do your AI providers have SOC 2 reports?') // true
 */
export function asksAboutThirdParties(question: string): boolean {
  return ABOUT_THIRD_PARTIES.test(questionStart(question));
}

/** Words that put the product's own users in a question: their accounts, the customer's workspace, what the product offers. */
const PRODUCT_USERS =
  /\b(?:end[- ]users?|user accounts?|customer (?:accounts?|users|admins?|administrators?)|customers?'? (?:users|accounts|admins?)|their (?:own )?users|our (?:users|workspace|tenant|organi[sz]ation'?s? users)|(?:every|each|all) users? (?:in|of) our|(?:the|your) (?:service|product|application|app|platform|solution|tool|software|saas) (?:supports?|offers?|provides?|allows?|enables?)|(?:supports?|offers?|provides?|allows?) (?:multi|two|2|mfa|second)\S* .*\b(?:users?|accounts?|logins?|sign[- ]?ins?)\b|users? (?:log ?in|logins?|sign[- ]?ins?|sign[- ]on)|single sign[- ]on|\bsso\b)/i;
/** Words that put our own staff in it: employees, administrators, production, remote access. */
const OUR_STAFF =
  /\b(?:employees?|staff|engineers?|personnel|workforce|contractors?|privileged|administrative|(?<!customer )admins?|(?<!customer )administrators?|production|remote access|vpn|internal systems?|infrastructure)\b/i;

/**
 * Whether a question asks about the product's own users ("Can customer accounts use MFA?", "Does the service offer
 * multi-factor authentication for user accounts?") rather than our staff's access ("Is MFA required for every
 * administrative login?"). Staff words win: a question naming both is read as about staff, as before. Pure.
 * @example asksAboutProductUsers('Can we force every user in our workspace to use MFA?') // true
 */
export function asksAboutProductUsers(question: string): boolean {
  const text = stripFormPrefix(question);
  return PRODUCT_USERS.test(text) && !OUR_STAFF.test(text);
}

/** Words of user provisioning: SCIM, provisioning and deprovisioning from a directory. */
const PROVISIONING = /\b(?:scim|(?:de)?provision(?:ing|ed|s)?|directory sync\w*|user lifecycle)\b/i;

/**
 * Whether a question asks about provisioning users from the customer's directory (SCIM) rather than single sign-on:
 * "Is SCIM provisioning available?" had got single sign-on's Yes (Bionic GPT). Pure.
 * @example asksAboutProvisioning('Do you support SCIM user provisioning?') // true
 */
export function asksAboutProvisioning(question: string): boolean {
  const text = stripFormPrefix(question);
  return PROVISIONING.test(text) && !/\b(?:sso|single sign[- ]?on|saml|oidc|openid)\b/i.test(text);
}

/**
 * Whether a question asks about SAML single sign-on and names no other protocol ("Do you support SAML SSO with Okta?"):
 * its Yes or No is SAML's, from the sign-in methods listed, not single sign-on's by any protocol (lmnr, Reactive-Resume:
 * "Yes." to SAML with Okta from a map listing OpenID Connect only, sent without review). Pure.
 * @example asksAboutSaml('Do you support SAML single sign-on with Okta?') // true
 */
export function asksAboutSaml(question: string): boolean {
  const text = stripFormPrefix(question).toLowerCase();
  return /\bsaml\b/.test(text) && !/\b(?:oidc|openid|oauth)\b/.test(text);
}

/**
 * Whether a question asks how the product's own services or agents reach data ("does the agent use the requesting
 * user's own permissions or a service account?"), which words on the application's own credentials answer. Pure.
 * @example asksAboutServiceAccess('Does the agent act with a service account or the user’s permissions?') // true
 */
export function asksAboutServiceAccess(question: string): boolean {
  return /\bservice[- ]accounts?\b|\bmachine (?:identit(?:y|ies)|accounts?)\b|\bnon-human\b|\bworkload identit/i.test(
    stripFormPrefix(question),
  );
}

/**
 * Whether a question asks if our people can see the customer's data ("Can your support engineers read our
 * conversations?", "Which employees can view customer records?"), not how production access or roles work in general:
 * where nothing of the customer's reaches us, that is answered as such (openlit, pr-agent). Pure.
 * @example asksAboutStaffSeeingData('Can any of your employees view our prompts?') // true
 */
export function asksAboutStaffSeeingData(question: string): boolean {
  const text = stripFormPrefix(question).toLowerCase();
  return (
    /\b(?:staff|employees?|personnel|contractors?|support (?:engineers?|staff|team|agents?)|engineers?|your (?:team|people))\b/.test(
      text,
    ) &&
    /\b(?:view|read|see|access|look at)\b/.test(text) &&
    /\b(?:our|customer|client)\b[^.?]{0,40}\b(?:data|prompts?|conversations?|documents?|records?|outputs?|content|files?)\b/.test(
      text,
    )
  );
}

/**
 * Whether a question asks if embeddings or chunks made from the customer's content count as customer data ("Y/N: are
 * vector embeddings and derived chunks treated as Customer Data for purposes of encryption, retention…?"), which the
 * matcher reads as tenant isolation or lineage (security-Q20, in every reviewed app). Pure.
 * @example asksWhetherEmbeddingsAreCustomerData('Do you consider embeddings to be customer data?') // true
 */
export function asksWhetherEmbeddingsAreCustomerData(question: string): boolean {
  const text = stripFormPrefix(question).toLowerCase();
  return (
    /\b(?:embeddings?|vectors?|chunks?)\b/.test(text) &&
    /\b(?:treat(?:ed|s)?|consider(?:ed|s)?|classif(?:ied|y|ies)|count(?:ed|s)?|deem(?:ed|s)?|regard(?:ed|s)?|handled? as|part of)\b[^.?]{0,60}\b(?:customer|client|personal|confidential) (?:data|content|information)\b/.test(
      text,
    )
  );
}

/**
 * Whether a question asks if model calls fail over to another provider ("If a primary model provider has an outage,
 * does traffic fail over automatically?", "Is there a documented fallback if the primary AI model provider becomes
 * unavailable?"), which the provider list answered without a word on it. Pure.
 * @example asksAboutModelFailover('Do you fail over to a second LLM vendor during an outage?') // true
 */
export function asksAboutModelFailover(question: string): boolean {
  const text = stripFormPrefix(question).toLowerCase();
  return (
    /\b(?:fail(?:s|ed)?[- ]?over|fallback|fall back|outage|becomes? unavailable|goes? down)\b/.test(text) &&
    /\b(?:model|llm|ai|provider|vendor)s?\b/.test(text)
  );
}

/**
 * Whether a question asks what happens to data when the contract or account ends ("How long do you retain customer
 * data after account termination?"), which a retention schedule does not say and the deletion promise does. Pure.
 * @example asksAboutTermination('Data retention period after contract termination.') // true
 */
export function asksAboutTermination(question: string): boolean {
  return TERMINATION.test(stripFormPrefix(question).toLowerCase());
}

/** Files a customer gives the product: uploads, documents, attachments. */
const FILES = /\b(?:upload(?:ed|s)?|files?|documents?|attachments?)\b/;
/** Words that ask about more than files: data at large, or another kind of it. */
const BEYOND_FILES =
  /\b(?:data|content|information|records?|everything|anything|logs?|conversations?|chats?|prompts?|messages?|history|transcripts?|backups?|embeddings?|vectors?|outputs?|responses?|accounts?|all)\b/;

/**
 * Whether a question asks how long the files a customer gives the product are kept, and nothing more ("If we never
 * delete anything ourselves, how long will uploaded files stay on your platform?"): answered for those files, not
 * with every kind of data (five reviews of the twenty-fifth session). Pure.
 * @example asksAboutFilesOnly('How long do uploaded files stay on your platform?') // true
 */
export function asksAboutFilesOnly(question: string): boolean {
  const asked = stripFormPrefix(question)
    .toLowerCase()
    .replace(/\bdelete anything\b/g, ' ');
  return FILES.test(asked) && !BEYOND_FILES.test(asked);
}

/** Model providers keeping what they are sent: "third-party model providers retain prompts", "kept by your AI vendor". */
const PROVIDER_RETENTION =
  /\b(?:third[- ]party|model|ai|llm|foundation[- ]model|upstream|genai)\s+(?:model\s+)?(?:providers?|vendors?|apis?)\b[^?.]{0,60}\b(?:retain|retains|retained|retention|keep|keeps|kept|store|stores|stored|log|logs|logged)\b|\b(?:retain|retention|keep|store|log)\w*\b[^?.]{0,40}\bby (?:your |the |any )?(?:third[- ]party |model |ai |llm )(?:model )?(?:providers?|vendors?)\b/;

/**
 * Whether a question asks if model providers keep what they are sent ("Do third-party model providers retain prompts
 * or outputs for any purpose, including abuse monitoring?"), which our own retention does not say. Pure.
 * @example asksAboutProviderRetention('Does your LLM provider keep our prompts for abuse monitoring?') // true
 */
export function asksAboutProviderRetention(question: string): boolean {
  return PROVIDER_RETENTION.test(stripFormPrefix(question).toLowerCase());
}

/** Models and what is made of them: fine-tunes, adapters, weights, embedding spaces. */
const MODEL_WORDS = /\b(?:models?|fine-?tunes?|fine-?tuned|adapters?|weights|embedding spaces?|llms?)\b/;
/** Shared between customers, or built from more than one customer's data. */
const ACROSS_CUSTOMERS =
  /\b(?:shared|share|pooled|common)\b[^?.]{0,40}\b(?:across|between|among|with (?:other|another))\b[^?.]{0,20}\b(?:customers?|tenants?|clients?)\b|\b(?:built|trained|derived|fine-?tuned)\b[^?.]{0,40}\b(?:more than one|multiple|several|other|another) (?:customers?|tenants?|clients?)\b|\b(?:one|a single|a) (?:customer|tenant|client)'s data\b[^?.]{0,60}\b(?:other|another)\b|\b(?:customer|tenant|client)[- ]specific (?:models?|fine-?tunes?|adapters?)\b|\bshared (?:base )?(?:models?|fine-?tunes?|weights|adapters?)\b|\b(?:models?|fine-?tunes?|adapters?)\b[^?.]{0,40}\b(?:accessible|available|used|served|visible|reused) (?:to|by|for|across) (?:other|another|all|multiple) (?:customers?|tenants?|clients?)\b/;

/**
 * Whether a question asks if models, fine-tunes or adapters are shared across customers or built from more than one
 * customer's data ("Are any models, fine-tunes, adapters, or embedding spaces shared across customers?"), which the
 * isolation paragraph answers only for retrieval. Pure.
 * @example asksAboutSharedModels("Are fine-tuned models trained on one customer's data ever shared with other customers?") // true
 */
export function asksAboutSharedModels(question: string): boolean {
  const text = stripFormPrefix(question).toLowerCase();
  return MODEL_WORDS.test(text) && ACROSS_CUSTOMERS.test(text);
}

/** "not", "never", "n't", "cannot"; not the "or not" of "whether or not" nor "not only", "not limited to". */
const NEGATION = /\b(?:not|never|cannot)\b|n't\b/;
const NOT_NEGATION =
  /\b(?:whether or not|or not|if not|not only|not limited to|not applicable|if applicable|not just)\b|\bn\/a\b/g;

/**
 * Whether a question is asked in the negative ("Please confirm that customer data is not used for training",
 * "Customer data is never used to train models"): its yes is the topic's no. Pure.
 * @example askedInNegative('Confirm that our prompts are never used for training.') // true
 */
export function askedInNegative(question: string): boolean {
  return NEGATION.test(stripFormPrefix(question).toLowerCase().replace(NOT_NEGATION, ' '));
}

/** Unwanted states a question may ask are the case; a "Yes" to it says that it is. */
export type Harm = 'breach' | 'open-findings' | 'commingled' | 'cross-customer' | 'unattended-decisions';

/** Each harm in words, for a reviewer's note. */
export const HARM_NAMES: Readonly<Record<Harm, string>> = {
  breach: 'a past breach or incident',
  'open-findings': 'open vulnerabilities or findings',
  commingled: "data mixed with other customers' data",
  'cross-customer': "one customer's data reached by another",
  'unattended-decisions': 'decisions made without a person',
};

const HARMS: readonly (readonly [Harm, RegExp])[] = [
  [
    'breach',
    /\b(?:experienc\w*|suffer\w*|had (?:a|an|any)|have there been|has there been|were there|was there|history of|previous|prior)\b[^?.]{0,40}\b(?:breach\w*|incidents?|compromis\w*|attacks?|ransomware|leaks?|outages?)\b|\bbeen (?:breached|compromised|hacked)\b|\b(?:breach\w*|incidents?)\b[^?.]{0,30}\bin the (?:last|past)\b/,
  ],
  [
    'open-findings',
    /\b(?:unpatched|unresolved|unremediated|outstanding)\b|\b(?:findings?|vulnerabilit\w*|issues?)\b[^?.]{0,25}\b(?:still open|remain\w*(?: open| unpatched| unresolved)?)\b/,
  ],
  ['commingled', /\bco-?m?mingl\w*|\bmixed with (?:other|another)\b/],
  [
    'unattended-decisions',
    /\b(?:make|makes|take|takes|perform|performs)\b[^?.]{0,20}\b(?:automated|autonomous)\b[^?.]{0,15}\b(?:decisions?|actions?)\b|\bacts? autonomously\b|\bwithout (?:any )?human\b/,
  ],
];

/**
 * Which unwanted state a question asks about, if any: a past breach ("Has your company experienced a data
 * breach?"), open vulnerabilities ("Are there known vulnerabilities that remain unpatched?"), commingled data,
 * decisions taken without a person. A topic's "Yes" (a plan, a test, tenant separation, oversight in place) is not
 * an answer to it, and would say the unwanted state is the case. Pure.
 * @example harmOf('Is our data commingled with other tenants?') // 'commingled'
 */
export function harmOf(question: string): Harm | undefined {
  const text = question.toLowerCase();
  return (
    HARMS.find(([, pattern]) => pattern.test(text))?.[0] ??
    (reachedByOthers(question) ? 'cross-customer' : undefined)
  );
}

/** Another customer, by any of the names buyers give one: not "other users", who may be the asker's own colleagues. */
const OTHER_CUSTOMER = String.raw`\b(?:another|other|different|any other|a different)\s+(?:customers?|tenants?|compan(?:y|ies)|organi[sz]ations?|clients?|firms?|businesses)(?:['’]s?)?`;
/** What reaching their data is called: seeing it, a search returning it, a snippet surfacing, a leak. */
const REACHES = String.raw`\b(?:see|seen|view\w*|access\w*|read|retriev\w*|return\w*|reach\w*|surfac\w*|show(?:s|n)? up|appear\w*|leak\w*|expos\w*|bleed\w*|obtain\w*|end up)\b`;
const REACHED_BY_OTHERS = new RegExp(
  String.raw`${OTHER_CUSTOMER}[^?.;]{0,80}${REACHES}|${REACHES}[^?.;]{0,80}${OTHER_CUSTOMER}|\bcross[- ](?:tenant|customer|client)\s+(?:leak\w*|access|exposure|contamination|data leak\w*)`,
);
/** Words that ask for the separation, not whether it fails: "isolated so that other tenants cannot see it". */
const ASKS_SEPARATION =
  /\b(?:segregat|separat|isolat|partition|kept apart|keep apart|walled|prevent|block|stop|protect|restrict)\w*/;

/**
 * Whether a question asks if another customer can reach the asker's data ("Could someone at another company surface
 * snippets of our files?", "Can another tenant's query return our documents?"): an unwanted state, whose "Yes"
 * would admit it. Not a question asking for the separation, nor one asked in the negative ("… so that other
 * customers cannot see it"). Pure.
 * @example reachedByOthers('Can another customer’s search return our documents?') // true
 */
export function reachedByOthers(question: string): boolean {
  const text = stripFormPrefix(question).toLowerCase();
  return REACHED_BY_OTHERS.test(text) && !ASKS_SEPARATION.test(text) && !askedInNegative(question);
}

/**
 * `harmOf` in words, for a reviewer's note. Pure.
 * @example asksAboutHarm('Have you had a security incident in the past 24 months?') // 'a past breach or incident'
 */
export function asksAboutHarm(question: string): string | undefined {
  const harm = harmOf(question);
  return harm && HARM_NAMES[harm];
}

/** Asks whether something is on unless the customer acts: "on by default", "unless we opt out", "opt-out basis". */
const DEFAULT_ON =
  /\b(?:on by default|enabled by default|used by default|included by default|opt[- ]?out (?:basis|model)|unless (?:we|you|the customer|customers|a customer|they|the tenant|tenants) opts? out|automatically (?:enrolled|included|opted in))\b/;

/**
 * Whether a question asks if a practice applies unless the customer opts out ("Is our data used for training by
 * default unless we opt out?"): for training, an opt-in policy answers it "No". Pure.
 * @example asksDefaultOn('Is training on by default, with an opt-out?') // true
 */
export function asksDefaultOn(question: string): boolean {
  return DEFAULT_ON.test(question.toLowerCase());
}

/** A question that asks how long or how soon. */
const ASKS_TIME =
  /\b(?:how (?:long|quickly|soon|fast)|timelines?|time ?frames?|within (?:how|what|which)|how many (?:minutes|hours|days|weeks|months))\b/;
/** A sentence of an answer that gives a time. */
const GIVES_TIME = /\b\d+(?:\.\d+)?\s*(?:minutes?|hours?|days?|weeks?|months?|years?)\b/i;

/**
 * An answer to a question that asks how long or how soon ("What is your breach notification timeline?"), with the
 * first sentence that gives a time moved to the front, as a person would answer it; any other answer as it is.
 * Only sentences our answers are made of are moved, none is changed. Pure.
 * @example leadWithTime('How soon do you notify?', 'We have a plan. We notify within 72 hours.') // 'We notify within 72 hours. We have a plan.'
 */
export function leadWithTime(question: string, answer: string): string {
  if (!ASKS_TIME.test(question.toLowerCase())) return answer;
  const sentences = answer.split(/(?<=\.)\s+(?=[A-Z])/);
  const at = sentences.findIndex((sentence) => GIVES_TIME.test(sentence));
  if (at <= 0) return answer;
  // An answer made of a list ("Chat messages: A user deletes a conversation. Temporary chats expire after 30 days;
  // Model replies: …") has items that span sentences: moving one would cut an item from its label (LibreChat).
  if (sentences.slice(0, at + 1).some((sentence) => sentence.includes(';'))) return answer;
  return [sentences[at]!, ...sentences.slice(0, at), ...sentences.slice(at + 1)].join(' ');
}

/**
 * Words of the traffic between the product's users and the service: their browsers, devices and clients, the public
 * endpoints they reach. Plain "over public networks" is not among them: calls to model providers cross it too.
 */
const USER_TRAFFIC =
  /\b(?:between (?:the |our |your |its |their )?(?:end[- ]users?(?:'s?)? )?(?:users?|clients?|customers?|browsers?|devices?)(?:'s?|\(s\))?(?= )|(?:users?|clients?|customers?|browsers?)(?:'s?)? (?:connections?|traffic|sessions?|requests?) (?:to|with|into)\b|public[- ]?(?:facing|endpoints?)|(?:external|internet)[- ]facing|client[- ](?:to|side)[- ]server|web (?:traffic|sessions?)|https[- ]only|connections? to (?:the|your) (?:application|app|service|api|apis|website|web ?app|portal|platform)\b|(?:user|client|browser)[- ](?:facing|traffic|connections?|sessions?))/i;
/** Words that widen it to every hop: internal services, databases, the providers behind the service. */
const EVERY_HOP =
  /\b(?:internal|service[- ]to[- ]service|between (?:internal )?(?:services|components|systems|servers)|providers?|vendors?|every (?:hop|connection)|all hops|back[- ]?ends?|databases?|load balancers?)\b/i;

/**
 * Whether a question asks about the traffic between the product's users and the service only ("Is all traffic
 * between our users and your service protected with TLS 1.2 or higher?"), not every hop behind it: the answer is the
 * parts users reach, not the service's connection to its own database (bionic-gpt: "No" from a plain database
 * connection). Pure.
 * @example asksAboutUserTraffic('Which TLS versions are accepted on your public endpoints?') // true
 */
export function asksAboutUserTraffic(question: string): boolean {
  const text = stripFormPrefix(question);
  return USER_TRAFFIC.test(text) && !EVERY_HOP.test(text);
}

/** Words that ask about the edge or every hop as well: "every hop", "not just at the edge", "minimum TLS version". */
const WHOLE_PATH =
  /\b(?:edge|every (?:hop|connection)|all (?:hops|connections|traffic)|end[- ]to[- ]end|minimum (?:tls|protocol)|tls versions?|protocol versions?)\b/i;
/** Words that ask about the hops behind the service alone: internal services, service to service. */
const INTERNAL_HOPS =
  /\b(?:internal (?:services?|traffic|connections?|networks?|hops?|communications?|calls?)|service[- ]to[- ]service|between (?:internal |your |our )?(?:services|microservices|components|servers)\b)/i;

/**
 * Whether a question asks about the connections behind the service only ("Are internal service-to-service connections
 * encrypted?"), which a part's plain listener for users' browsers does not answer (realtime-console: "Partially" from
 * a server listening on plain HTTP whose only call out, to OpenAI, uses HTTPS). Pure.
 * @example asksAboutInternalTraffic('Are internal service-to-service connections encrypted?') // true
 */
export function asksAboutInternalTraffic(question: string): boolean {
  const text = stripFormPrefix(question);
  return INTERNAL_HOPS.test(text) && !USER_TRAFFIC.test(text) && !WHOLE_PATH.test(text);
}

/** How long something stays: "how long will files stay", "how long is it kept", "for how long do you retain". */
const HOW_LONG_KEPT =
  /\bhow long\b[^?.;]{0,60}\b(?:stays?|kept|keep|remains?|retain\w*|held|hold|stored|store|persists?|live)\b/;
/** How long a deletion itself takes: "how long does deletion take", "within how long is it erased". */
const HOW_LONG_DELETING =
  /\bhow long\b[^?.;]{0,40}\b(?:delet\w*|eras\w*|purg\w*|remov\w*|destr\w*)\b|\b(?:delet\w*|eras\w*|purg\w*|remov\w*)\b[^?.;]{0,40}\btakes?\b/;

/**
 * Whether a question asks how long data is kept, not how it is deleted: "If we never delete anything ourselves, how long
 * will uploaded files stay on your platform?" is a retention question, whatever its talk of deleting (deepwiki-open,
 * langflow, AFFiNE: answered with every class's delete button). Not "How long does deletion take?". Pure.
 * @example asksHowLongKept('If we never delete anything, how long will files stay?') // true
 */
export function asksHowLongKept(question: string): boolean {
  const text = stripFormPrefix(question).toLowerCase();
  return (
    HOW_LONG_KEPT.test(text) &&
    !HOW_LONG_DELETING.test(text.replace(/\bnever delete\w*|\b(?:don['’]?t|do not) delete\w*/g, ' '))
  );
}

/** Keeping, in a question: stored, retained, kept, logged, persisted, saved, recorded, cached. */
const ASKS_KEPT =
  /\b(?:stor(?:e|es|ed|ing)|retain(?:s|ed)?|keeps?|kept|log(?:s|ged)?|persist(?:s|ed)?|sav(?:e|es|ed)|record(?:s|ed)?|cache[ds]?)\b/;
/** What makes it another question: for how long, deleting, zero retention, turning it off, a negation. */
const ASKS_MORE_THAN_KEPT =
  /\bzero\b|\b(?:not|never|no|none)\b|n['’]t\b|\bdelet|\bpurg|\bremov|\berase|\bopt[- ]?out|\bdisabl|\bturn(?:ed)? off|\bhow long\b|\bperiods?\b|\bdays?\b|\bconfigur|\bset\b/;

/**
 * Whether a question asks only whether prompts and outputs are kept at all ("Do you store prompts?", "Are model inputs
 * and outputs persisted anywhere after the response is returned?"), which the retention answer's Yes or No answers; not
 * how long, whether zero retention is offered, whether they can be deleted or the keeping turned off. Pure.
 * @example asksWhetherKept('Do you store our prompts?') // true
 */
export function asksWhetherKept(question: string): boolean {
  const text = stripFormPrefix(question).toLowerCase();
  return asksYesOrNo(question) && ASKS_KEPT.test(text) && !ASKS_MORE_THAN_KEPT.test(text);
}

/** Who sets a period: the customer, its admins, its workspace. */
const CUSTOMER_SETS =
  /\b(?:can|could|may|are|is it possible for|do you (?:let|allow))\s+(?:we|us|customers?|tenants?|clients?|our (?:admins?|administrators?|workspace|organi[sz]ation|team|users?))\b[^?]{0,40}?\b(?:set|configure|choose|change|adjust|customi[sz]e|define|shorten|control|specify|pick|able to set|allowed to set)\b[^?]{0,80}?\b(?:how long|retention|kept|keep|stored|store|delet\w*|purged?)\b/;
/** "Is the retention period configurable?", "custom retention periods per workspace". */
const CONFIGURABLE =
  /\b(?:retention(?: periods?| windows?| policy| settings?)?|how long [^?]{0,40}kept)\b[^?]{0,40}\b(?:configurable|customi[sz]able|adjustable|settable)\b|\b(?:configurable|custom(?:er[- ]defined)?|customi[sz]able|adjustable|per[- ](?:customer|tenant|workspace))\s+(?:data\s+)?retention\b/;

/**
 * Whether a question asks if each customer can set how long data is kept ("Can we set how long conversation history
 * is kept for our workspace?", "Is the retention period configurable?"): the topic's paragraph says how long, and the
 * map's `retentionConfigurable` says whether the customer may choose. Pure.
 * @example asksAboutRetentionSetting('Can our admins configure how long chats are kept?') // true
 */
export function asksAboutRetentionSetting(question: string): boolean {
  const text = stripFormPrefix(question).toLowerCase();
  return CUSTOMER_SETS.test(text) || CONFIGURABLE.test(text);
}
