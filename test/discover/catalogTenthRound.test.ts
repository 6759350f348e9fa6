import { describe, expect, it } from 'vitest';
import {
  computeDrift,
  findProvider,
  planAdditions,
  renderDiscoveryJson,
  renderDiscoveryMarkdown,
  renderDiscoveryText,
} from '../../src/discover/index.js';
import { loadMapFromFiles } from '../../src/map/index.js';
import { scan, statusOf } from './fixture.js';

// The ordinary SaaS sub-processors the Onyx review found missing (SendGrid, Stripe, HubSpot; Mailgun too) and their
// neighbours: transactional email and SMS, payments and billing, CRM and customer support. One realistic proof
// each, in the form the vendor's docs or a real app show it (Onyx, khoj, langfuse, firecrawl, inbox-zero), then
// the look-alikes that must not name a vendor.
const PROOFS: [id: string, files: Record<string, string>][] = [
  [
    'sendgrid',
    {
      'backend/onyx/auth/email_utils.py':
        'import sendgrid\nfrom sendgrid.helpers.mail import Mail\n\nsg = sendgrid.SendGridAPIClient(api_key=SENDGRID_API_KEY)\n',
    },
  ],
  [
    'mailgun',
    { 'src/mail.js': "const Mailgun = require('mailgun.js');\nconst mailgun = new Mailgun(FormData);\n" },
  ],
  ['postmark', { 'src/mail.ts': "import { ServerClient } from 'postmark';\n" }],
  [
    'resend',
    {
      'apps/api/src/services/notification/email_notification.ts':
        'import { Resend } from "resend";\n\nconst resend = new Resend(process.env.RESEND_API_KEY);\n',
    },
  ],
  [
    'amazon-ses',
    {
      'packages/shared/src/server/services/email/transport.ts':
        'import { SESv2Client, SendEmailCommand } from "@aws-sdk/client-sesv2";\n',
    },
  ],
  [
    'mailchimp-transactional',
    { 'notify/mail.py': 'import mailchimp_transactional as MailchimpTransactional\n' },
  ],
  ['brevo', { 'notify/mail.py': 'from brevo import Brevo\n\nclient = Brevo(api_key=key)\n' }],
  ['mailjet', { 'src/mail.js': "const Mailjet = require('node-mailjet');\n" }],
  ['loops', { 'utils/loops.ts': 'import { LoopsClient } from "loops";\n' }],
  ['twilio', { 'src/khoj/routers/twilio.py': '    from twilio.rest import Client\n' }],
  ['stripe', { 'apps/api/src/services/billing/stripe.ts': 'import Stripe from "stripe";\n' }],
  ['paddle', { 'billing/paddle.py': 'from paddle_billing import Client, Environment, Options\n' }],
  [
    'lemon-squeezy',
    { 'utils/lemon.ts': 'import { lemonSqueezySetup } from "@lemonsqueezy/lemonsqueezy.js";\n' },
  ],
  ['braintree', { 'server/pay.js': "const braintree = require('braintree');\n" }],
  [
    'paypal',
    {
      'billing/paypal.py':
        'from paypalserversdk.http.auth.o_auth_2 import ClientCredentialsAuthCredentials\n',
    },
  ],
  [
    'chargebee',
    {
      'billing/chargebee.py':
        'import requests\n\nres = requests.get(f"https://{site}.chargebee.com/api/v2/customers", auth=(key, ""))\n',
    },
  ],
  ['hubspot', { 'backend/onyx/connectors/hubspot/connector.py': 'from hubspot import HubSpot\n' }],
  ['intercom', { 'web/src/Support.tsx': 'import Intercom from "@intercom/messenger-js-sdk";\n' }],
  [
    'zendesk',
    {
      'web/src/zendesk.ts': "script.src = 'https://static.zdassets.com/ekr/snippet.js?key=' + widgetKey;\n",
    },
  ],
  [
    'salesforce',
    { 'backend/onyx/connectors/salesforce/utils.py': 'from simple_salesforce import Salesforce\n' },
  ],
  ['crisp', { 'apps/web/components/Crisp.tsx': 'import { Crisp } from "crisp-sdk-web";\n' }],
];

const ALL = PROOFS.map(([id]) => id);

describe('tenth catalog round: SaaS sub-processors', () => {
  it.each(PROOFS)('recognises %s', async (id, files) => {
    expect(findProvider(id), id).toBeDefined();
    expect(statusOf(await scan(files), id)).toBe('used');
  });

  it('finds each one from a second signal: a key name, an API host or an SDK client', async () => {
    const report = await scan({
      '.env': [
        'SENDGRID_API_KEY=',
        'MAILGUN_API_KEY=',
        'RESEND_API_KEY=',
        'MJ_APIKEY_PUBLIC=',
        'LOOPS_API_KEY=',
        'TWILIO_ACCOUNT_SID=',
        'STRIPE_SECRET_KEY=',
        'PADDLE_API_KEY=',
        'LEMONSQUEEZY_API_KEY=',
        'BT_MERCHANT_ID=',
        'PAYPAL_CLIENT_ID=',
        '',
      ].join('\n'),
      'src/hosts.ts': [
        "const POSTMARK = 'https://api.postmarkapp.com/email';",
        "const MANDRILL = 'https://mandrillapp.com/api/1.0/messages/send';",
        "const BREVO = 'https://api.brevo.com/v3/smtp/email';",
        "const HUBSPOT = 'https://api.hubapi.com/crm/v3/objects/contacts';",
        "const INTERCOM = 'https://widget.intercom.io/widget/' + appId;",
        "const SALESFORCE = 'https://login.salesforce.com/services/oauth2/token';",
        "const CRISP = 'https://client.crisp.chat/l.js';",
        "const ZENDESK = 'https://' + subdomain + '.zendesk.com/api/v2/tickets.json';",
        '',
      ].join('\n'),
      'worker/mail.py': 'import boto3\n\nses = boto3.client("ses")\n',
      'billing/chargebee.py': 'import chargebee\n',
    });
    expect(ALL.filter((id) => statusOf(report, id) !== 'used')).toEqual([]);
  });

  it('takes a vendor for its API, not for its name in CSS, a mail module, a neighbour or a console link', async () => {
    const report = await scan({
      'web/src/Table.tsx':
        'export const Row = () => <tr className="stripe striped-row" data-provider="stripe" />;\n',
      'web/src/table.css': '.stripe { background: #eee; }\n',
      'web/src/mailer.ts':
        'import nodemailer from "nodemailer";\nimport { createPaymentIntent } from "./stripe";\n\nexport const t = nodemailer.createTransport({ host: "smtp.example.com" });\nif (emailProvider === "sendgrid") send();\n',
      'backend/notify.py':
        'import smtplib\nfrom email.mime.text import MIMEText\nfrom django.core.mail import send_mail\nfrom .hubspot import sync\nfrom onyx.connectors.salesforce.utils import fields\n',
      // PaddlePaddle, Baidu's deep learning framework, is not Paddle the merchant of record.
      'ocr/run.py': 'import paddle\nfrom paddleocr import PaddleOCR\n',
      'requirements.txt': 'paddlepaddle==2.6.1\npaddleocr\n',
      // Supabase Auth's own SMS settings name Twilio without the app calling it.
      'supabase/config.toml':
        '[auth.sms.twilio]\nenabled = false\naccount_sid = ""\nauth_token = "env(SUPABASE_AUTH_SMS_TWILIO_AUTH_TOKEN)"\n',
      // A Content-Security-Policy allows the loaders' hosts; only a loader's path loads one.
      'web/next.config.js':
        'const csp = "script-src \'self\' https://js.hs-scripts.com https://widget.intercom.io https://client.crisp.chat https://static.zdassets.com";\n',
      'web/src/links.ts': [
        "export const KEYS = 'https://dashboard.stripe.com/apikeys';",
        "export const LOOPS = 'https://app.loops.so/settings?page=api';",
        "export const MANDRILL = 'https://mandrillapp.com/settings';",
        "export const PAYPAL = 'https://www.paypal.com/signin';",
        "export const HELP = 'https://support.zendesk.com/hc/en-us';",
        "export const PRICING = 'https://www.chargebee.com/pricing';",
        "export const CRM = 'https://app.hubspot.com/contacts';",
        "export const SF = 'https://developer.salesforce.com/docs';",
        '',
      ].join('\n'),
    });
    expect(ALL.filter((id) => statusOf(report, id) !== undefined)).toEqual([]);
  });

  it('files them as vendor-hosted services that are not AI and are sent no prompts', () => {
    const categories = new Map<string, string[]>();
    for (const id of ALL) {
      const entry = findProvider(id);
      expect(entry, id).toMatchObject({ hosting: 'vendor-hosted', ai: false, receivesPrompts: false });
      categories.set(entry!.category, [...(categories.get(entry!.category) ?? []), id]);
    }
    expect(Object.fromEntries(categories)).toEqual({
      messaging: [
        'sendgrid',
        'mailgun',
        'postmark',
        'resend',
        'amazon-ses',
        'mailchimp-transactional',
        'brevo',
        'mailjet',
        'loops',
        'twilio',
      ],
      payments: ['stripe', 'paddle', 'lemon-squeezy', 'braintree', 'paypal', 'chargebee'],
      crm: ['hubspot', 'intercom', 'zendesk', 'salesforce', 'crisp'],
    });
  });

  it('is high drift until declared, and proposes a sub-processor receiving user accounts, with no prompts and no flow', async () => {
    const report = await scan({
      'billing/stripe.ts': 'import Stripe from "stripe";\n',
      'mail/send.py': 'import sendgrid\n',
      'crm/sync.py': 'from hubspot import HubSpot\n',
    });
    const loaded = loadMapFromFiles(
      [{ file: 'trustmap.yaml', content: 'version: 1\norganization: { name: Tiny, stage: seed }\n' }],
      { root: '/tmp/map' },
    );
    if (!loaded.ok) throw new Error('map does not load');
    const drift = computeDrift(loaded.map, report);
    for (const id of ['stripe', 'sendgrid', 'hubspot'])
      expect(
        drift.filter((item) => item.provider === id),
        id,
      ).toMatchObject([{ kind: 'undeclared-subprocessor', severity: 'high' }]);
    const additions = planAdditions(loaded.map, drift);
    expect(additions.map((addition) => [addition.section, addition.entry.id]).sort()).toEqual([
      ['dataClasses', 'user-accounts'],
      ['subprocessors', 'hubspot'],
      ['subprocessors', 'sendgrid'],
      ['subprocessors', 'stripe'],
    ]);
    // Who the users are, as the sub-processor list says (LibreChat's Mailgun, Onyx's HubSpot): personal data.
    expect(additions.find((addition) => addition.entry.id === 'user-accounts')?.entry).toMatchObject({
      category: 'personal-data',
      status: 'proposed',
    });
    for (const addition of additions.filter((addition) => addition.section === 'subprocessors'))
      expect(addition.entry.dataClasses).toEqual(['user-accounts']);
  });

  it('is covered by a declared vendor: Twilio for SendGrid, AWS for SES', async () => {
    const report = await scan({
      'mail/send.py': 'import sendgrid\n',
      'mail/ses.ts': 'import { SESClient } from "@aws-sdk/client-ses";\n',
    });
    const loaded = loadMapFromFiles(
      [
        {
          file: 'trustmap.yaml',
          content: [
            'version: 1',
            'organization: { name: Tiny, stage: seed }',
            'subprocessors:',
            '  - { id: twilio, vendor: Twilio, service: SendGrid, purpose: email delivery, provider: twilio }',
            '  - { id: aws, vendor: Amazon Web Services, service: SES, purpose: email delivery, provider: aws }',
            '',
          ].join('\n'),
        },
      ],
      { root: '/tmp/map' },
    );
    if (!loaded.ok) throw new Error(JSON.stringify(loaded));
    const undeclared = computeDrift(loaded.map, report).filter(
      (item) => item.kind === 'undeclared-subprocessor',
    );
    expect(undeclared).toEqual([]);
  });

  it('shows the new categories in the text, Markdown and JSON reports', async () => {
    const report = await scan({
      'billing/stripe.ts': 'import Stripe from "stripe";\n',
      'mail/send.py': 'import sendgrid\n',
      'crm/sync.py': 'from hubspot import HubSpot\n',
    });
    const text = renderDiscoveryText(report);
    for (const title of ['Email and messaging', 'Payments and billing', 'CRM and customer support'])
      expect(text).toContain(title);
    const markdown = renderDiscoveryMarkdown(report);
    expect(markdown).toContain('| Payments and billing |');
    expect(markdown).toContain('| CRM and customer support |');
    const json = JSON.parse(renderDiscoveryJson(report)) as { findings: { id: string; category: string }[] };
    expect(json.findings.filter((finding) => ['stripe', 'sendgrid', 'hubspot'].includes(finding.id))).toEqual(
      [
        expect.objectContaining({ id: 'hubspot', category: 'crm' }),
        expect.objectContaining({ id: 'sendgrid', category: 'messaging' }),
        expect.objectContaining({ id: 'stripe', category: 'payments' }),
      ],
    );
  });
});
