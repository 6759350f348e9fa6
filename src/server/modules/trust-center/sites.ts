import type { ServerDeps } from '../../types.js';
import type { Mailer } from './mail.js';
import { sendNotices } from './notices.js';
import { buildLiveSite, latestRun, ledgerChanges } from './site.js';
import { readDocuments } from './store.js';

/** A published organisation, found by its slug. */
export interface PublicOrg {
  id: string;
  slug: string;
  name: string;
}

/** The built site of an organisation's latest run, with what its forms need. */
export interface LiveSite {
  files: Record<string, string | Uint8Array>;
  /** Documents listed as on request, for the request form. */
  onRequest: { id: string; title: string }[];
  checkedOn: string;
}

/**
 * The live sites: organisations looked up by slug (only published ones), and each one's site built once per
 * pushed run and document upload, then served from memory. Building a site for a new run also sends that
 * run's change notices to subscribers (once per run).
 */
export class LiveSites {
  private readonly cache = new Map<string, { key: string; site: LiveSite }>();
  constructor(
    private readonly deps: ServerDeps,
    private readonly mailer: Mailer,
    private readonly unsubscribeToken: (slug: string, id: string) => string,
  ) {}

  /** The published organisation with this slug, or undefined (unknown and unpublished look the same). */
  async org(slug: string): Promise<PublicOrg | undefined> {
    if (!/^[a-z0-9][a-z0-9-]{0,62}$/.test(slug)) return undefined;
    const { rows } = await this.deps.db.withApp((tx) =>
      tx.query<{ id: string; name: string }>('SELECT id::text, name FROM trustmap_tc_public_org($1)', [slug]),
    );
    return rows[0] ? { id: rows[0].id, slug, name: rows[0].name } : undefined;
  }

  /** Forgets an organisation's built site (after an upload or a settings change). */
  invalidate(orgId: string): void {
    this.cache.delete(orgId);
  }

  /**
   * The organisation's site from its latest run, or undefined when nothing was pushed. `origin` (the server's
   * public address, from the request) is where notice e-mails link to.
   */
  async site(org: PublicOrg, origin?: string): Promise<LiveSite | undefined> {
    const now = this.deps.clock();
    return this.deps.db.withOrg(org.id, async (tx) => {
      const run = await latestRun(tx, now);
      if (!run) return undefined;
      const key = `${run.head}:${now.toISOString().slice(0, 10)}`;
      const cached = this.cache.get(org.id);
      if (cached?.key === key) return cached.site;
      const uploaded = await readDocuments(tx);
      const documents = Object.fromEntries(
        [...uploaded].map(([id, file]) => [id, { name: file.filename, bytes: file.bytes }]),
      );
      const changes = await ledgerChanges(tx);
      const built = await buildLiveSite(run, { changes, documents });
      const listed = run.model.map.evidence.filter((entry) => entry.visibility !== 'private');
      const site: LiveSite = {
        files: built.files,
        onRequest: listed
          .filter((entry) => entry.visibility === 'request-access')
          .map((entry) => ({ id: entry.id, title: entry.title })),
        checkedOn: now.toISOString().slice(0, 10),
      };
      this.cache.set(org.id, { key, site });
      if (origin)
        await sendNotices(
          tx,
          {
            orgId: org.id,
            organization: org.name,
            runPk: run.runPk,
            listed: new Set(listed.map((entry) => entry.id)),
            siteUrl: `${origin}/t/${org.slug}/`,
            now,
            unsubscribeToken: (id) => this.unsubscribeToken(org.slug, id),
          },
          this.mailer,
        ).catch((error: unknown) => {
          console.error(
            `trustmap trust center: notices for ${org.slug} not sent: ${(error as Error).message}`,
          );
        });
      return site;
    });
  }
}
