// What the twentieth session's reviews of real apps found on the trust center: Soulter/AstrBot (8e2ef3d),
// ztjhz/BetterChatGPT (fbc47eb), Zackriya-Solutions/meeting-minutes (085d848).
import { describe, expect, it } from 'vitest';
import { runChecks } from '../../src/controls/index.js';
import { describeSystem } from '../../src/describe/index.js';
import type { SystemMapInput } from '../../src/map/index.js';
import { buildTrustCenter } from '../../src/trust-center/index.js';
import { companyMap, modelOf } from './fixtures.js';

const text = (content: unknown) => String(content);

function site(map: SystemMapInput) {
  const model = modelOf(map);
  return buildTrustCenter(model, runChecks(model).results, { allowUnverified: true });
}

/** The deletion table's row for a class: its "gone within" and its exceptions. */
function deletionRow(map: SystemMapInput, name: string): string[] | undefined {
  const page = text(site(map).files['ai-data-practices.html']);
  const escaped = name.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`<th[^>]*>${escaped}</th><td data-label="Gone within">(.*?)</td><td[^>]*>([^<]*)</td>`)
    .exec(page)
    ?.slice(1);
}

describe('the deletion table', () => {
  it('names an AI service keeping the class until deleted there as an exception (AstrBot)', () => {
    // AstrBot: the conversations Dify keeps when it is the selected provider, dropped from "User chat messages — 55
    // days", beside a deletion in AstrBot's dashboard that never reaches Dify.
    const map = companyMap();
    map.subprocessors!.push({
      id: 'dify',
      vendor: 'LangGenius',
      service: 'Dify cloud app API',
      purpose: 'Answers',
      ai: true,
      dataClasses: ['contracts'],
      terms: { training: 'never', retention: 'until-deleted' },
    });
    map.flows!.push({
      id: 'to-dify',
      from: 'api',
      to: 'dify',
      dataClasses: ['contracts'],
      purpose: 'inference',
    });
    expect(deletionRow(map, 'Customer contracts')).toEqual([
      'not stated',
      'no time stated for LangGenius (kept until deleted there)',
    ]);
  });

  it('keeps a host of our stores kept until deleted out of it: its copy is our stores’', () => {
    // The fixture's AWS hosts the stores, `retention: until-deleted`: deleted with them, within the class's 30 days.
    expect(deletionRow(companyMap(), 'Customer contracts')).toEqual(['30 days', '—']);
  });

  it('does not say what a service reached with no account keeps is "kept only in what each customer runs"', () => {
    // BetterChatGPT: ShareGPT's public links and a community proxy, under "kept only in what each customer runs, who
    // deletes it there".
    const map: SystemMapInput = {
      version: 1,
      organization: { name: 'Tiny AI', stage: 'seed' },
      dataClasses: [
        { id: 'chats', name: 'Chats', category: 'prompts', tenantScoped: true, retention: 'until-deleted' },
      ],
      components: [
        {
          id: 'browser',
          name: 'Browser storage',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['chats'],
          retention: 'until-deleted',
        },
      ],
      subprocessors: [
        {
          id: 'sharegpt',
          vendor: 'ShareGPT',
          service: 'Conversation sharing',
          purpose: 'Publishes a conversation at a public link',
          account: 'none',
          dataClasses: ['chats'],
        },
      ],
      flows: [
        {
          id: 'share',
          from: 'browser',
          to: 'sharegpt',
          dataClasses: ['chats'],
          purpose: 'storage',
          condition: { kind: 'other', description: 'when the user shares a conversation' },
        },
      ],
    };
    const row = deletionRow(map, 'Chats');
    expect(row?.[0]).not.toContain('kept only in what each customer runs');
    expect(row?.[1]).toBe(
      'no time stated for ShareGPT (reached with no account or agreement; only when the user shares a conversation)',
    );
    const model = modelOf(map);
    const check = runChecks(model).results.find((result) => result.checkId === 'deletion-coverage');
    expect(check?.message).toContain('tenant-scoped data is held only in what each customer runs');
    expect(check?.message).toContain(
      'sharegpt, reached with no account: no agreement says when it deletes it',
    );
    expect(check?.message).not.toMatch(/who deletes it there: [^;]*sharegpt/);
    // Without the customer's own part, only the anonymous service is said.
    map.components = [];
    map.flows = [];
    const alone = runChecks(modelOf(map)).results.find((result) => result.checkId === 'deletion-coverage');
    expect(alone?.message ?? '').not.toContain('who deletes it there');
  });
});

describe('frameworks other than SOC 2 and ISO/IEC 42001', () => {
  it('says a target is a target, not an alignment (BetterChatGPT, meeting-minutes)', () => {
    // "Also aligned with GDPR", and "GDPR, HIPAA", from `organization.frameworks`, the list of targets, alone.
    const page = text(site(companyMap()).files['index.html']);
    expect(page).not.toContain('Also aligned with');
    expect(page).toContain('GDPR: a target framework; no audit or assessment of it is on record');
  });

  it('says an issued assessment as one', () => {
    const map = companyMap();
    map.organization.frameworks = ['gdpr', 'iso27001'];
    map.organization.audits = [
      {
        framework: 'iso27001',
        kind: 'certification',
        status: 'issued',
        auditor: 'Cert Body',
        issued: '2026-03-01',
      },
    ];
    const page = text(site(map).files['index.html']);
    expect(page).toMatch(/ISO\/IEC 27001: ISO\/IEC 27001[^<]* on record \(by Cert Body, issued 2026-03-01\)/);
    expect(page).toContain('GDPR: a target framework');
  });
});

describe('a model provider reached under each customer’s own account', () => {
  it('is not published with terms of ours, nor in the no-training claim (AIHawk)', () => {
    // AIHawk: "OpenAI … Never trains on it | 30 days" and "Model providers that receive customer data do not train on
    // it" of OpenAI under each user's own key, which the answers and the checks leave to the customer's terms.
    const map = companyMap();
    map.subprocessors = map.subprocessors!.map((entry) =>
      entry.id === 'openai' ? { ...entry, account: 'customer' as const } : entry,
    );
    const built = site(map);
    const page = text(built.files['ai-data-practices.html']);
    const row = /<tr><th[^>]*>OpenAI<br>.*?<\/tr>/s.exec(page)?.[0] ?? '';
    expect(row).toContain('the customer’s own terms');
    expect(row).not.toContain('Never trains');
    expect(text(built.files['index.html'])).not.toContain(
      'Model providers that receive customer data do not train on it',
    );
  });
});

describe('a deletion that takes no time', () => {
  it('is immediate, not "not retained" of data kept until then (anse)', () => {
    // anse: prompts each user keeps in the browser until deleting them, "not retained" in the deletion table under a
    // retention section saying they are kept.
    const map = companyMap();
    map.dataClasses = map.dataClasses!.map((entry) =>
      entry.id === 'contracts'
        ? { ...entry, deletion: { mechanism: 'the user deletes it', sla: 'zero' } }
        : entry,
    );
    map.components = map.components!.map((component) =>
      component.id === 'db' || component.id === 'vectors'
        ? { ...component, retention: 'until-deleted' }
        : component,
    );
    expect(deletionRow(map, 'Customer contracts')?.[0]).toBe('immediately when deleted');
  });

  it('leaves the sub-processor list’s terms of a customer’s own account to the customer (pdfGPT)', () => {
    // pdfGPT: "Only under the customer's own OpenAI account, on the customer's own terms with OpenAI; No training;
    // retention: 30 days".
    const map = companyMap();
    map.subprocessors = map.subprocessors!.map((entry) =>
      entry.id === 'openai'
        ? { ...entry, account: 'customer' as const, terms: { training: 'never', retention: '30d' } }
        : entry,
    );
    const page = text(site(map).files['subprocessors.html']);
    const row = /<tr><th[^>]*><span id="sp-openai">.*?<\/tr>/s.exec(page)?.[0] ?? '';
    expect(row).toContain('customer');
    expect(row).not.toContain('retention: 30 days');
    expect(row).not.toContain('No training');
  });
});

describe('prompts kept by us beside prompts kept only at the customers’', () => {
  it('names each, not "prompts are kept until deleted. Others …" (page-assist)', () => {
    // page-assist: the chats users publish, kept by its share service until deleted, beside prompts and outputs kept
    // only in each user's browser: "Prompts and model outputs are kept until deleted. Others are kept only in …".
    const map: SystemMapInput = {
      version: 1,
      organization: { name: 'Tiny AI', stage: 'seed' },
      dataClasses: [
        {
          id: 'prompts',
          name: 'User prompts',
          category: 'prompts',
          tenantScoped: true,
          retention: 'until-deleted',
        },
        {
          id: 'shared',
          name: 'Chats the user publishes',
          category: 'customer-content',
          tenantScoped: true,
          derivedFrom: ['prompts'],
          retention: 'until-deleted',
        },
      ],
      components: [
        {
          id: 'browser',
          name: 'Browser database',
          kind: 'datastore',
          hosting: 'customer-hosted',
          dataClasses: ['prompts'],
          retention: 'until-deleted',
        },
        {
          id: 'share',
          name: 'Share service',
          kind: 'datastore',
          hosting: 'cloud-managed',
          dataClasses: ['shared'],
          retention: 'until-deleted',
        },
      ],
      flows: [{ id: 'publish', from: 'browser', to: 'share', dataClasses: ['shared'], purpose: 'storage' }],
    };
    const page = text(site(map).files['index.html']);
    expect(page).toContain('We keep chats the user publishes until deleted.');
    expect(page).toContain(
      'Only Browser database, which each customer runs, keeps user prompts, for as long',
    );
    expect(page).not.toContain('Others are kept only');
  });
});

describe('a vendor keeping a copy of its own until it is deleted there', () => {
  // chatgpt_telegram_bot: Telegram's chats, "as long as our own stores keep it (hosting)" on the site, "keeps the data
  // it receives only as long as we instruct it to, and deletes it on request" in the description, and the deletion check
  // passing "our components' deletion applies", with nothing deleting them there.
  const map = (): SystemMapInput => {
    const base = companyMap();
    base.subprocessors!.push({
      id: 'telegram',
      vendor: 'Telegram',
      service: 'Telegram Bot API',
      purpose: 'Messaging',
      dataClasses: ['prompts'],
      terms: { training: 'never', retention: 'until-deleted' },
    });
    base.flows!.push({
      id: 'chat',
      from: 'api',
      to: 'telegram',
      dataClasses: ['prompts'],
      purpose: 'support',
    });
    return base;
  };

  it('is not said kept as our stores are, nor deleted with them', () => {
    const model = modelOf(map());
    const result = runChecks(model).results.find(
      (entry) => entry.checkId === 'deletion-coverage' && entry.subject.id === 'telegram',
    );
    expect(result?.status).toBe('needs-evidence');
    expect(result?.message).toBe(
      '`telegram` keeps tenant data until it is deleted there, and nothing on record deletes it there',
    );
    const description = JSON.stringify(describeSystem(model));
    expect(description).toContain(
      'Telegram keeps the data it receives until it is deleted there; how we delete it there is not yet documented.',
    );
    expect(description).not.toContain(
      'Telegram keeps the data it receives only as long as we instruct it to',
    );
    const page = text(site(map()).files['ai-data-practices.html']);
    expect(page).toContain('Telegram keeps questions until deleted.');
    expect(page).toContain('Telegram (kept until deleted there)');
    expect(page).not.toContain('as long as our own stores keep it');
  });

  it('leaves a host of our stores kept until deleted as it was', () => {
    // The fixture's AWS hosts the stores and receives no flow of its own: deleted with them.
    const result = runChecks(modelOf(companyMap())).results.find(
      (entry) => entry.checkId === 'deletion-coverage' && entry.subject.id === 'aws',
    );
    expect(result?.status).toBe('pass');
  });
});
