/**
 * Words in an encryption `mechanism` that say part of the traffic or data is not encrypted, or that whether it is is
 * left to whoever runs it: a switch set to `enabled: true` with these words is encrypted only in part (AppFlowy Cloud:
 * "TLS at nginx on 443; port 80 is also served without a redirect"; realtime-agents: "calls to OpenAI use HTTPS; HTTPS
 * for browsers is left to whoever hosts it", both answered "encrypted in transit").
 */
const ONLY_IN_PART =
  /\b(?:port 80\b|plain(?:[- ]?text)? (?:http|tcp|connections?)|also (?:served |reachable |available |listens? )?(?:over |on |via )?(?:plain )?http\b|without (?:a |an )?(?:tls|ssl|https|redirect|encryption)|no (?:https |tls )?redirect|unencrypted|not encrypted|left to (?:whoever|the (?:operator|host|customer|deployer|user))|up to (?:whoever|the (?:operator|host|customer|deployer|user))|depends on (?:the )?(?:deployment|operator|host|customer))/i;

/**
 * Whether an encryption switch's words say it covers only part of what passes or rests there. Pure.
 * @example encryptsOnlyPart('TLS at nginx on 443; port 80 is also served without a redirect') // true
 * @example encryptsOnlyPart('TLS 1.2+ at the load balancer') // false
 * @example encryptsOnlyPart('the bucket policy refuses requests without TLS') // false
 */
export function encryptsOnlyPart(mechanism: string | undefined): boolean {
  if (mechanism === undefined) return false;
  // A clause that refuses what is plain enforces the encryption (bedrock-chat: "the bucket policy refuses requests
  // without TLS" read as a plaintext gap).
  return mechanism
    .split(/[;,.](?:\s|$)|\s+(?:but|and|while)\s+/)
    .some((clause) => ONLY_IN_PART.test(clause) && !REFUSES.test(clause));
}

/** Words that turn the plain thing away: refused, rejected, denied, blocked, redirected, never served. */
const REFUSES =
  /\b(?:refus\w*|reject\w*|den(?:y|ies|ied)|block\w*|drop\w*|forbid\w*|disallow\w*|redirect(?:s|ed)? (?:to|all)|never (?:served|accepted|allowed)|enforc\w*|requir\w*)\b/i;
