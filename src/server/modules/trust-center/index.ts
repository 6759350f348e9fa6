import type { ServerApp, ServerDeps, ServerModule } from '../../types.js';
import { adminRoutes } from './adminRoutes.js';
import { FormTokens } from './csrf.js';
import { type Mailer, smtpMailer } from './mail.js';
import { TRUST_CENTER_MIGRATIONS } from './migrations.js';
import { publicRoutes } from './publicRoutes.js';
import { LiveSites } from './sites.js';

export {
  DEFAULT_RULES,
  decide,
  FREE_MAIL_DOMAINS,
  linkExpiry,
  linkProblem,
  validateRequest,
} from './gating.js';
export { smtpMailer } from './mail.js';
export { watermarkPdf } from './watermark.js';

export interface TrustCenterModuleOptions {
  /** How to send mail; default SMTP from `TRUSTMAP_SMTP_URL` (none: links are shown to the approver instead). */
  mailer?: Mailer;
  /** Requests and subscriptions allowed per address or e-mail per hour (default 5). */
  requestLimit?: number;
}

/**
 * The live trust center: each organisation's site at `/t/<slug>/` from its latest pushed run (the same pages
 * as `trustmap trust-center build`), documents behind a request form with a click-through NDA, rules and an
 * approval queue, personal expiring links with watermarked PDFs, e-mail subscriptions with notices, and
 * access analytics for owners and admins at `/orgs/<slug>/trust-center`.
 */
export function createTrustCenterModule(options: TrustCenterModuleOptions = {}): ServerModule {
  return {
    name: 'trust-center',
    migrations: TRUST_CENTER_MIGRATIONS,
    routes(app: ServerApp, deps: ServerDeps) {
      const mailer =
        options.mailer ??
        smtpMailer(process.env.TRUSTMAP_SMTP_URL, process.env.TRUSTMAP_MAIL_FROM ?? 'trust-center@localhost');
      const tokens = new FormTokens();
      const sites = new LiveSites(deps, mailer, (slug, id) => tokens.sign(slug, `unsubscribe:${id}`));
      adminRoutes(app, deps, { sites, mailer });
      publicRoutes(app, deps, { sites, tokens, mailer, requestLimit: options.requestLimit });
    },
  };
}

/** The module as registered in `SERVER_MODULES`. */
export const trustCenterModule: ServerModule = createTrustCenterModule();
