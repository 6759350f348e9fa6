import { createHmac, randomBytes, timingSafeEqual } from 'node:crypto';

/**
 * CSRF protection for forms anonymous visitors post (the request and subscription forms): a double-submit
 * token. The page sets a random value in an HttpOnly, SameSite=Strict cookie and an HMAC of it, bound to the
 * organisation, in a hidden field; a POST must bring both and they must match. Another site can make a
 * browser send the cookie only with SameSite=Strict's consent, and cannot read it to forge the field.
 */
export class FormTokens {
  private readonly key: Buffer;
  constructor(key: Buffer = randomBytes(32)) {
    this.key = key;
  }

  /** A fresh cookie value and the field value that goes with it. */
  issue(org: string): { cookie: string; field: string } {
    const cookie = randomBytes(18).toString('base64url');
    return { cookie, field: this.sign(org, cookie) };
  }

  /** The field value for an existing cookie (the same form shown again). */
  sign(org: string, cookie: string): string {
    return createHmac('sha256', this.key).update(`${org}\u0000${cookie}`).digest('base64url');
  }

  /** True when the field is the HMAC of the cookie for this organisation. */
  check(org: string, cookie: string | undefined, field: unknown): boolean {
    if (!cookie || typeof field !== 'string' || cookie.length > 100 || field.length > 100) return false;
    const expected = Buffer.from(this.sign(org, cookie));
    const given = Buffer.from(field);
    return expected.length === given.length && timingSafeEqual(expected, given);
  }
}
