/**
 * The security and AI synonym lexicon. Phrases are rewritten to one canonical token before tokenizing, so
 * "multi-factor", "2FA" and "two-step verification" all become `mfa`; word groups map every member's stem to
 * the group's canonical token after stemming.
 */

/** Multi-word phrases and spellings, rewritten on lowercase text. Order matters: longer phrases first. */
export const PHRASES: readonly (readonly [RegExp, string])[] = [
  [/\b(multi|two|2)[\s-]?(factor|step)( authentication| verification)?\b|\b2fa\b|\bmfa\b/g, 'mfa'],
  [/\bsingle[\s-]sign[\s-]?on\b|\bsso\b|\bsaml\b|\boidc\b|\bopenid connect\b|\bscim\b/g, 'ssologin'],
  [/\bidentity providers?\b|\bidps?\b|\bokta\b|\bazure ad\b|\bentra id\b/g, 'ssologin'],
  [
    /\b(?:large |small |natural )?language models?\b|\b(?:nlp|natural language processing) models?\b|\bllms?\b|\bgenerative ai\b|\bgen ?ai\b|\bfoundation models?\b|\bgpt-?\d*\b/g,
    'llm',
  ],
  [/\b(openai|anthropic|claude|gemini|cohere|mistral|chatgpt|bedrock|vertex ai)\b/g, 'llmvendor'],
  [
    /\bsub[\s-]?processors?\b|\bsub[\s-]?contractors?\b|\bthird[\s-]part(y|ies)\b|\bfourth[\s-]part(y|ies)\b|\b3rd[\s-]part(y|ies)\b/g,
    'thirdparty',
  ],
  [/\bfine[\s-]?tun(e|ed|es|ing)\b/g, 'train'],
  [/\bmachine[\s-]learning\b|\bml\b|\bartificial intelligence\b|\bai\b/g, 'aiml'],
  [/\bsupply[\s-]chains?\b|\bshared with (other )?(third|external) parties\b/g, 'thirdparty'],
  [
    /\b(model|artifact|weights?)s? sign(ed|ing|atures?)\b|\bsign(ed|ing)? models?\b|\bchecksums?\b/g,
    'modelsign provenance',
  ],
  [/\bsoc\s?[23]\b|\bssae\s?1[68]\b|\bisae\s?3402\b/g, 'soc2'],
  [/\biso(\/iec)?\s?42001\b|\bnist ai rmf\b|\bai rmf\b|\beu ai act\b|\bai act\b/g, 'aigovframework'],
  [
    /\biso(\/iec)?\s?2700[12]\b|\bpci[\s-]?dss\b|\bhipaa\b|\bfedramp\b|\bhitrust\b|\bcsa star\b/g,
    'certstandard',
  ],
  [/\bpen(etration)?[\s-]?test(s|ing|ed)?\b|\bpentests?\b/g, 'pentest'],
  [
    /\bprompt[\s-]injections?\b|\bjailbreak(s|ing)?\b|\bred[\s-]team(ed|ing)?\b|\badversarial\b/g,
    'injectattack',
  ],
  [/\bretrieval[\s-]augmented generation\b|\brag\b/g, 'retrieval'],
  [/\bvector (database|db|store|index)(es|s)?\b|\bpgvector\b|\bpinecone\b|\bembeddings?\b/g, 'vectorstore'],
  [/\bmulti[\s-]?tenan(t|cy)\b/g, 'multitenant'],
  [/\bco[\s-]?mingl(e|ed|ing)\b/g, 'segregate'],
  [/\bhuman[\s-]in[\s-]the[\s-]loop\b/g, 'oversight'],
  [/\bdisaster recovery\b|\bbusiness continuity\b|\bbcp\b|\bdrp?\b/g, 'continuity'],
  [/\bbackground (checks?|screening|investigations?)\b/g, 'screening'],
  [/\bdata (processing|protection) (agreement|addendum)s?\b|\bdpas?\b/g, 'dpa'],
  [/\bzero[\s-]data[\s-]retention\b|\bzdr\b/g, 'zdr retain'],
  [/\bopt(s|ed|ing)?[\s-](in|out)\b/g, 'optin'],
  [/\bback(ed)?[\s-]?ups?\b/g, 'backup'],
  [/\bat[\s-]rest\b/g, 'atrest'],
  [/\bin[\s-]transit\b|\bin[\s-]flight\b|\bover the (wire|network)\b/g, 'intransit'],
  [/\brecovery (point|time) objectives?\b|\brpo\b|\brto\b/g, 'backup continuity'],
  [/\bright to (erasure|be forgotten)\b/g, 'delete'],
  [/\bdata flow diagrams?\b|\bdata maps?\b|\bdfds?\b/g, 'lineage'],
  // A privacy impact assessment (DPIA) is the privacy programme's, not the AI risk assessment's.
  [/\b(data )?(privacy|protection) impact assessments?\b|\bdpias?\b|\bpias?\b/g, 'privacyimpact'],
  [/\bimpact assessments?\b|\baias?\b/g, 'impactassess'],
  [/\bresponsible ai\b/g, 'govern aiml'],
  // "Source code" and "open source" are not where training data comes from.
  [/\bsource[\s-]code\b/g, 'sourcecode'],
  [/\bopen[\s-]source\b/g, 'opensource'],
  [/\bsecurity awareness\b/g, 'awareness'],
  [/\bchange (management|control)\b/g, 'changemanage'],
  [/\bsdlc\b|\bsoftware development life ?cycle\b/g, 'changemanage'],
  [/\bsiem\b/g, 'monitor'],
  [/\bcves?\b/g, 'vulner'],
  [/\bkms\b|\baes(-?256)?\b/g, 'encrypt'],
  [/\btls( ?1\.[0-3])?\b|\bssl\b|\bhttps\b/g, 'tls'],
  [/\bhallucinat\w*\b/g, 'accuracy'],
];

/** Word groups: every member (stemmed) maps to the first word, the group's canonical token. */
export const SYNONYM_GROUPS: readonly (readonly string[])[] = [
  // Not 'vendor': questionnaires call the respondent "the vendor" ("Vendor name", "Does the vendor …"), so the word
  // is boilerplate as often as it is a third party.
  ['thirdparty', 'supplier', 'subprocessor', 'subcontractor', 'outsourc'],
  // Not 'store'/'stored': "where is data stored" asks for a location, "stored encrypted" for encryption.
  ['retain', 'retention', 'keep', 'kept', 'persist', 'preserve'],
  [
    'delete',
    'deletion',
    'erase',
    'erasure',
    'purge',
    'destroy',
    'destruction',
    'dispose',
    'disposal',
    'remove',
    'wipe',
  ],
  ['encrypt', 'encryption', 'encrypted', 'cryptographic', 'cipher', 'crypto'],
  ['train', 'training', 'retrain', 'learn', 'influence'],
  ['customer', 'client', 'our'],
  ['segregate', 'segregation', 'separation', 'separate', 'isolation', 'isolate', 'partition', 'silo'],
  ['incident', 'breach', 'compromise'],
  ['backup', 'restore', 'restoration', 'snapshot', 'replica'],
  ['log', 'logging', 'logged', 'audit-trail'],
  ['monitor', 'monitoring', 'alert', 'alerting', 'detect', 'detection', 'anomaly', 'intrusion'],
  ['vulner', 'vulnerability', 'vulnerabilities', 'vuln', 'patch', 'patching', 'scan', 'scanning'],
  ['certif', 'certification', 'certified', 'certificate', 'accreditation', 'accredited'],
  ['employee', 'staff', 'personnel', 'workforce', 'contractor', 'hire', 'hiring', 'worker'],
  ['region', 'country', 'countries', 'geographic', 'geographically', 'location', 'jurisdiction', 'residency'],
  // Not 'question'/'answer': every questionnaire is made of them.
  ['prompt', 'input', 'query', 'queries', 'conversation', 'chat'],
  ['output', 'completion', 'response', 'generated'],
  ['model', 'models', 'algorithm'],
  ['oversight', 'supervision', 'supervise'],
  // Not 'responsible': "who is responsible for security" is not AI governance ("responsible AI" is, as a phrase).
  ['govern', 'governance', 'accountable', 'accountability'],
  ['provenance', 'origin', 'source', 'sourced', 'lawfully', 'licensing', 'licensed'],
  // Not 'inform': Porter stems "information" to it, and information is not notification.
  ['notify', 'notification', 'notice', 'announce'],
  ['uptime', 'availability', 'sla', 'outage', 'downtime'],
  ['policy', 'policies'],
  ['privilege', 'privileged', 'least-privilege', 'rbac', 'role'],
];

/**
 * Words whose Porter stem is a synonym group member's stem but which mean something else: "account" (stem of
 * "accountable"), "available" ("availability"), "general" and "generation" ("generated"), "complete" ("completion"),
 * "custom" ("customer"), "responsible" ("response"), "government", "removable" (media). They stay their own stem.
 */
export const NOT_SYNONYMS: ReadonlySet<string> = new Set(
  `account accounts available general generally generic generation generations generative generator generators
  complete completed completes completely completeness custom customise customize customised customized
  customisable customizable responsible responsibility responsibilities government governments removable`
    .split(/\s+/)
    .filter(Boolean),
);

/** Words that carry no topic: English function words and questionnaire boilerplate. */
export const STOP_WORDS: ReadonlySet<string> = new Set(
  `a an the and or nor but if then else of to in on at by for with from into onto about as is are was were be been
  being am do does did doing done have has had having can could should would will shall may might must it its this
  that these those there here which who whom whose what when where why how any all each every some such other
  than too very so not no yes y n we you your yours they them their he she his her i me my mine also please
  describe provide explain detail details detailed confirm state indicate specify list outline share give
  company organization organisation vendor's supplier's service services product products solution platform
  applicable n/a e.g eg i.e ie etc include including includes whether per within across one two more most
  currently current ensure ensures process processes procedure procedures document documented documentation
  appropriate relevant following related regarding respect place exist exists existing use used uses using
  make made way ways kind type types level levels`
    .split(/\s+/)
    .filter(Boolean),
);
