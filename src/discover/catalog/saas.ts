import type { ProviderCategory } from '../types.js';
import type { ProviderEntry } from './types.js';

/** A vendor-hosted SaaS service that is not AI and is sent no prompts by design. */
const saas = (
  category: ProviderCategory,
  entry: Omit<ProviderEntry, 'category' | 'hosting' | 'ai' | 'receivesPrompts'>,
): ProviderEntry => ({ category, hosting: 'vendor-hosted', ai: false, receivesPrompts: false, ...entry });

/**
 * The ordinary SaaS sub-processors a buyer expects on a sub-processor list: transactional email and SMS
 * (`messaging`), payments and billing (`payments`), CRM and customer support (`crm`). Added in the tenth round
 * (2026-12-04) after the Onyx review, where SendGrid, Stripe and HubSpot went unfound. They receive the people
 * an app mails, bills or supports (addresses, names, payment details, support conversations), not prompts.
 *
 * Signals are the vendors' own SDK names, API hosts and the environment variables their docs use; a bare word
 * (`stripe` in a CSS class, `mail` in a module name) names nothing, nor do SMTP libraries alone (nodemailer,
 * smtplib, Django's mail backend): any server can be behind them. Script loaders that Content-Security-Policy
 * lists also name (`widget.intercom.io`, `js.hs-scripts.com`, `client.crisp.chat`) count only with the loader's path.
 */
export const SAAS_PROVIDERS: readonly ProviderEntry[] = [
  // Messaging. Checked on 2026-12-04 against: the sendgrid PyPI README (`import sendgrid`, SENDGRID_API_KEY), the
  // sendgrid-csharp Mail helper README (SENDGRID_API_KEY), SendGrid's v3 Mail Send FAQ and npm `@sendgrid/mail`
  // and `@sendgrid/client` ("Twilio SendGrid NodeJS"), SendGrid's Go and Java libraries (`sendgrid-go`,
  // `com.sendgrid`); Mailgun's Node.js SDK page (`mailgun.js`, MAILGUN_API_KEY, `api.eu.mailgun.net`), its API
  // reference (`api.mailgun.net`, `api.eu.mailgun.net`), its Python SDK page and PyPI `mailgun` (`from
  // mailgun.client import Client`), Sinch's own Mailgun agent skill (MAILGUN_API_KEY, MAILGUN_DOMAIN) and the
  // legacy `mailgun-js` npm package; Postmark's official Node.js library (`postmark`, "Official Node.js client
  // library for the Postmark HTTP API") and its API base `api.postmarkapp.com`, with PyPI `postmarker`, the
  // community Python client; Resend's Node.js and Python SDK pages (`resend`, RESEND_API_KEY) and API
  // (`api.resend.com/emails`); AWS's "Amazon Simple Email Service endpoints and quotas" (`email.<region>.
  // amazonaws.com`) and SMTP endpoints (`email-smtp.<region>.amazonaws.com`), with the AWS SDK v3 clients
  // `@aws-sdk/client-ses` and `@aws-sdk/client-sesv2`; the PyPI `mandrill` page ("replaced by
  // mailchimp-transactional") and Mailchimp's official Transactional libraries (npm
  // `@mailchimp/mailchimp_transactional`, legacy `mandrill-api`), API base `mandrillapp.com/api`; Brevo's SDK
  // list and Python SDK guide (`brevo-python`, `from brevo import Brevo`), its OpenAPI host `api.brevo.com`, npm
  // `@getbrevo/brevo` and the Sendinblue-era `sib-api-v3-sdk` and `@sendinblue/client`; the `node-mailjet` and
  // `mailjet-rest` packages (MJ_APIKEY_PUBLIC, MJ_APIKEY_PRIVATE, `api.mailjet.com`); Loops' Next.js guide (npm
  // `loops`, LOOPS_API_KEY) and API (`app.loops.so/api`); the twilio PyPI README (`from twilio.rest import
  // Client`, TWILIO_ACCOUNT_SID and TWILIO_AUTH_TOKEN read from the environment), npm `twilio`, `twilio-go`,
  // `com.twilio` and the `twilio-ruby` gem, API host `api.twilio.com`.
  saas('messaging', {
    id: 'sendgrid',
    name: 'Twilio SendGrid (email delivery)',
    vendor: 'twilio',
    website: 'https://sendgrid.com',
    signals: {
      npm: ['@sendgrid/mail', '@sendgrid/client'],
      pypi: ['sendgrid'],
      go: ['github.com/sendgrid/sendgrid-go'],
      jvm: ['com.sendgrid'],
      env: ['SENDGRID_API_KEY'],
      hosts: ['api.sendgrid.com'],
    },
  }),
  saas('messaging', {
    id: 'mailgun',
    name: 'Mailgun (email delivery)',
    vendor: 'mailgun',
    website: 'https://www.mailgun.com',
    signals: {
      npm: ['mailgun.js', 'mailgun-js'],
      pypi: ['mailgun'],
      // And notify's Mailgun service (github.com/nikoksr/notify, `service/mailgun`: "Mailgun" in its README's list of
      // services, read 2026-12-07), which sends through mailgun-go (helix's notification email).
      go: ['github.com/mailgun/mailgun-go', 'github.com/nikoksr/notify/service/mailgun'],
      env: ['MAILGUN_API_KEY', 'MAILGUN_DOMAIN'],
      hosts: ['api.mailgun.net', 'api.eu.mailgun.net'],
    },
  }),
  // Telegram's Bot API: a bot built on it is reached through Telegram, which carries every message users send it and
  // every reply (chatgpt-telegram-bot: every prompt and answer, and the files users upload). Signals from the Bot API's
  // reference (core.telegram.org/bots/api: `https://api.telegram.org/bot<token>/METHOD`), python-telegram-bot's docs
  // (PyPI `python-telegram-bot`, imported as `telegram`, docs.python-telegram-bot.org), pyTelegramBotAPI (`telebot`),
  // aiogram, Telegraf, grammY, node-telegram-bot-api and go-telegram-bot-api's READMEs, read 2026-12-07.
  {
    ...saas('messaging', {
      id: 'telegram',
      name: 'Telegram Bot API',
      vendor: 'telegram',
      website: 'https://core.telegram.org/bots/api',
      signals: {
        npm: ['node-telegram-bot-api', 'telegraf', 'grammy'],
        pypi: ['python-telegram-bot', 'pyTelegramBotAPI', 'aiogram'],
        pythonImports: ['telegram', 'telebot', 'aiogram'],
        go: ['github.com/go-telegram-bot-api/telegram-bot-api', 'github.com/go-telegram/bot'],
        env: ['TELEGRAM_BOT_TOKEN'],
        hosts: ['api.telegram.org'],
      },
    }),
    receivesPrompts: true,
  },
  saas('messaging', {
    id: 'postmark',
    name: 'Postmark (email delivery)',
    vendor: 'postmark',
    website: 'https://postmarkapp.com',
    signals: {
      npm: ['postmark'],
      pypi: ['postmarker'],
      gem: ['postmark'],
      hosts: ['api.postmarkapp.com'],
    },
  }),
  saas('messaging', {
    id: 'resend',
    name: 'Resend (email delivery)',
    vendor: 'resend',
    website: 'https://resend.com',
    signals: {
      npm: ['resend'],
      pypi: ['resend'],
      go: ['github.com/resend/resend-go'],
      env: ['RESEND_API_KEY'],
      hosts: ['api.resend.com'],
    },
  }),
  saas('messaging', {
    id: 'amazon-ses',
    name: 'Amazon Simple Email Service (SES)',
    vendor: 'aws',
    website: 'https://aws.amazon.com/ses/',
    signals: {
      npm: ['@aws-sdk/client-ses', '@aws-sdk/client-sesv2'],
      go: ['github.com/aws/aws-sdk-go-v2/service/ses', 'github.com/aws/aws-sdk-go-v2/service/sesv2'],
      awsServices: ['ses', 'sesv2'],
      terraform: [{ type: 'aws_ses*' }],
      // The SMTP interface. The API host (`email.<region>.amazonaws.com`) is left out: the SDKs build it, and its
      // literal `email` would make every line that says "email" a candidate for the matchers (60% slower on
      // inbox-zero, an email client).
      hosts: ['email-smtp.*.amazonaws.com'],
    },
  }),
  saas('messaging', {
    id: 'mailchimp-transactional',
    name: 'Mailchimp Transactional (Mandrill)',
    vendor: 'mailchimp',
    website: 'https://mailchimp.com/developer/transactional/',
    signals: {
      npm: ['@mailchimp/mailchimp_transactional', 'mandrill-api'],
      pypi: ['mailchimp-transactional', 'mandrill'],
      // `mandrillapp.com` is also the account's web app (settings, API keys): only the API's path names a call.
      hosts: ['mandrillapp.com/api'],
    },
  }),
  saas('messaging', {
    id: 'brevo',
    name: 'Brevo (formerly Sendinblue)',
    vendor: 'brevo',
    website: 'https://www.brevo.com',
    signals: {
      npm: ['@getbrevo/brevo', 'sib-api-v3-sdk', '@sendinblue/client'],
      pypi: ['brevo-python', 'sib-api-v3-sdk'],
      // brevo-python 4 and later is imported as `brevo`; earlier versions as `brevo_python`.
      pythonImports: ['brevo'],
      hosts: ['api.brevo.com', 'api.sendinblue.com'],
    },
  }),
  saas('messaging', {
    id: 'mailjet',
    name: 'Mailjet (email delivery)',
    vendor: 'mailjet',
    website: 'https://www.mailjet.com',
    signals: {
      npm: ['node-mailjet'],
      pypi: ['mailjet-rest'],
      env: ['MJ_APIKEY_PUBLIC', 'MJ_APIKEY_PRIVATE'],
      hosts: ['api.mailjet.com'],
    },
  }),
  saas('messaging', {
    id: 'loops',
    name: 'Loops (product and transactional email)',
    vendor: 'loops',
    website: 'https://loops.so',
    signals: {
      npm: ['loops'],
      env: ['LOOPS_API_KEY'],
      // `app.loops.so` is also the dashboard: only the API's path names a call.
      hosts: ['app.loops.so/api'],
    },
  }),
  saas('messaging', {
    id: 'twilio',
    name: 'Twilio (SMS, voice and WhatsApp)',
    vendor: 'twilio',
    website: 'https://www.twilio.com',
    signals: {
      npm: ['twilio'],
      pypi: ['twilio'],
      go: ['github.com/twilio/twilio-go'],
      jvm: ['com.twilio'],
      gem: ['twilio-ruby'],
      env: ['TWILIO_ACCOUNT_SID', 'TWILIO_AUTH_TOKEN'],
      hosts: ['api.twilio.com'],
    },
  }),
  // Eleventh round: notification and customer-messaging platforms, which receive the people an app messages and the
  // events it sends about them. Checked on 2026-12-05 against: the customerio-node regions (`track.customer.io`,
  // `track-eu.customer.io`, `api.customer.io`, `api-eu.customer.io`) and README (npm `customerio-node`), the PyPI
  // `customerio` README (`from customerio import CustomerIO`), the `customerio-cdp-analytics` README (imported as
  // `customerio.analytics`, EU host `cdp-eu.customer.io`) and the `customerio` gem; Novu's Node.js SDK page and
  // installation reference (npm `@novu/api`, NOVU_SECRET_KEY, PyPI `novu-py` imported as `novu_py`, `https://api.novu.co/
  // v1/events/trigger`), its quickstart (NOVU_API_KEY), its EU-region snippet (`serverURL: "https://eu.api.novu.co"`),
  // the novuhq/novu repository's Node.js SDK (`@novu/node`), its Inbox and Framework quickstarts (`@novu/react`,
  // `@novu/nextjs`, `@novu/js`, `@novu/framework`); the knock-node README (npm `@knocklabs/node`, KNOCK_API_KEY,
  // KNOCK_SIGNING_KEY), the knocklabs/javascript packages (`@knocklabs/react`, `@knocklabs/client`), PyPI `knockapi` and
  // Knock's API reference (`https://api.knock.app/v1`).
  saas('messaging', {
    id: 'customer-io',
    name: 'Customer.io (messaging and customer data)',
    vendor: 'customer-io',
    website: 'https://customer.io',
    signals: {
      npm: ['customerio-node'],
      pypi: ['customerio', 'customerio-cdp-analytics'],
      gem: ['customerio'],
      hosts: [
        'track.customer.io',
        'track-eu.customer.io',
        'api.customer.io',
        'api-eu.customer.io',
        'cdp-eu.customer.io',
      ],
    },
  }),
  saas('messaging', {
    id: 'novu',
    name: 'Novu (notifications)',
    vendor: 'novu',
    website: 'https://novu.co',
    signals: {
      npm: ['@novu/api', '@novu/node', '@novu/framework', '@novu/react', '@novu/nextjs', '@novu/js'],
      pypi: ['novu-py'],
      env: ['NOVU_SECRET_KEY', 'NOVU_API_KEY'],
      hosts: ['api.novu.co', 'eu.api.novu.co'],
    },
  }),
  saas('messaging', {
    id: 'knock',
    name: 'Knock (notifications)',
    vendor: 'knock',
    website: 'https://knock.app',
    signals: {
      npm: ['@knocklabs/node', '@knocklabs/react', '@knocklabs/client'],
      pypi: ['knockapi'],
      env: ['KNOCK_API_KEY', 'KNOCK_SIGNING_KEY'],
      hosts: ['api.knock.app'],
    },
  }),
  // Twelfth round, checked on 2026-12-05: newsletters and a social protocol's API, which receive the people an app
  // mails or posts for, and what it sends them. Beehiiv: the `@beehiiv/sdk` README on npm ("The Beehiiv TypeScript
  // library", `new BeehiivClient({ token })`), the SDK's environments.ts (`https://api.beehiiv.com/v2`) and beehiiv's
  // developer docs (base URL `api.beehiiv.com/<version>`); the BEEHIIV_API_KEY of community clients is left out.
  // Neynar (Farcaster): its Node.js SDK getting-started page (npm `@neynar/nodejs-sdk`, `new NeynarAPIClient(new
  // Configuration({ apiKey }))`), its quickstart (base URL `https://api.neynar.com`), its Sign In with Neynar React
  // guide (npm `@neynar/react`, NEXT_PUBLIC_NEYNAR_CLIENT_ID) and React Native guide (NEYNAR_API_KEY, NEYNAR_CLIENT_ID in
  // the server's .env): it receives the casts an app publishes for its users and who they are. Listmonk: its README and
  // the docker-compose.yml in knadh/listmonk (image `listmonk/listmonk`, LISTMONK_ADMIN_USER): a newsletter manager the
  // app's owner runs, like MinIO; it sends through the SMTP server it is configured with, found on its own.
  saas('messaging', {
    id: 'beehiiv',
    name: 'beehiiv (newsletters)',
    vendor: 'beehiiv',
    website: 'https://www.beehiiv.com',
    signals: { npm: ['@beehiiv/sdk'], hosts: ['api.beehiiv.com'] },
  }),
  saas('messaging', {
    id: 'neynar',
    name: 'Neynar (Farcaster API)',
    vendor: 'neynar',
    website: 'https://neynar.com',
    signals: {
      npm: ['@neynar/nodejs-sdk', '@neynar/react'],
      env: ['NEYNAR_API_KEY', 'NEYNAR_CLIENT_ID', 'NEXT_PUBLIC_NEYNAR_CLIENT_ID'],
      hosts: ['api.neynar.com'],
    },
  }),
  {
    id: 'listmonk',
    name: 'listmonk (self-hosted newsletters)',
    vendor: 'listmonk',
    category: 'messaging',
    hosting: 'self-hosted',
    ai: false,
    receivesPrompts: false,
    website: 'https://listmonk.app',
    signals: { env: ['LISTMONK_ADMIN_USER'], images: ['listmonk/listmonk'] },
  },

  // Payments. Checked on 2026-12-04 against: Stripe's development environment guide (npm `stripe`, stripe-node),
  // the `@stripe/stripe-js` ("Stripe.js loading utility") and `@stripe/react-stripe-js` packages, the stripe PyPI
  // package, stripe-go, stripe-java (`com.stripe`) and the `stripe` gem, the env files of stripe-samples/accept-a-payment
  // (STRIPE_SECRET_KEY, STRIPE_PUBLISHABLE_KEY, NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY, STRIPE_WEBHOOK_SECRET), API host
  // `api.stripe.com`; Paddle's Python SDK page (`paddle-python-sdk`, `from paddle_billing import Client`,
  // PADDLE_API_KEY), npm `@paddle/paddle-node-sdk` and `@paddle/paddle-js`, Paddle.js from `cdn.paddle.com`, the
  // API at `api.paddle.com` and `sandbox-api.paddle.com`; the `@lemonsqueezy/lemonsqueezy.js` README ("The
  // official JavaScript SDK for Lemon Squeezy", LEMONSQUEEZY_API_KEY) and the API at `api.lemonsqueezy.com`; the
  // braintree npm package's environments (`api.braintreegateway.com`, `api.sandbox.braintreegateway.com`,
  // `payments.braintree-api.com`, `payments.sandbox.braintree-api.com`), `braintree-web`, PyPI and gem
  // `braintree`, the Java SDK (`com.braintreegateway`) and Braintree's Rails example app (BT_MERCHANT_ID,
  // BT_PUBLIC_KEY, BT_PRIVATE_KEY); PayPal's Server SDKs (npm `@paypal/paypal-server-sdk`, PyPI
  // `paypal-server-sdk` imported as `paypalserversdk`, Maven `com.paypal.sdk`), the deprecated Checkout SDKs (npm
  // `@paypal/checkout-server-sdk`, PyPI `paypal-checkout-serversdk` imported as `paypalcheckoutsdk`) and
  // `paypalrestsdk`, the JS SDK loaders `@paypal/paypal-js` and `@paypal/react-paypal-js` (`www.paypal.com/sdk/js`),
  // the REST hosts `api-m.paypal.com` and `api-m.sandbox.paypal.com`, PAYPAL_CLIENT_ID and PAYPAL_CLIENT_SECRET;
  // the chargebee npm and PyPI packages ("Python wrapper for the Chargebee Subscription Billing API") and the
  // site-scoped API `<site>.chargebee.com/api/v2`.
  saas('payments', {
    id: 'stripe',
    name: 'Stripe (payments)',
    vendor: 'stripe',
    website: 'https://stripe.com',
    signals: {
      npm: ['stripe', '@stripe/stripe-js', '@stripe/react-stripe-js'],
      cargo: ['async-stripe'],
      pypi: ['stripe'],
      go: ['github.com/stripe/stripe-go'],
      jvm: ['com.stripe'],
      gem: ['stripe'],
      env: [
        'STRIPE_SECRET_KEY',
        'STRIPE_PUBLISHABLE_KEY',
        'NEXT_PUBLIC_STRIPE_PUBLISHABLE_KEY',
        'STRIPE_WEBHOOK_SECRET',
      ],
      hosts: ['api.stripe.com'],
    },
  }),
  saas('payments', {
    id: 'paddle',
    name: 'Paddle (payments, merchant of record)',
    vendor: 'paddle',
    website: 'https://www.paddle.com',
    // Not PaddlePaddle, Baidu's deep learning framework (`import paddle`, PyPI `paddlepaddle`): the SDK is
    // imported as `paddle_billing`.
    signals: {
      npm: ['@paddle/paddle-node-sdk', '@paddle/paddle-js'],
      pypi: ['paddle-python-sdk'],
      pythonImports: ['paddle_billing'],
      env: ['PADDLE_API_KEY'],
      hosts: ['api.paddle.com', 'sandbox-api.paddle.com', 'cdn.paddle.com'],
    },
  }),
  saas('payments', {
    id: 'lemon-squeezy',
    name: 'Lemon Squeezy (payments, merchant of record)',
    vendor: 'lemon-squeezy',
    website: 'https://www.lemonsqueezy.com',
    signals: {
      npm: ['@lemonsqueezy/lemonsqueezy.js'],
      env: ['LEMONSQUEEZY_API_KEY'],
      hosts: ['api.lemonsqueezy.com'],
    },
  }),
  saas('payments', {
    id: 'braintree',
    name: 'Braintree (payments)',
    vendor: 'paypal',
    website: 'https://www.braintreepayments.com',
    signals: {
      npm: ['braintree', 'braintree-web'],
      pypi: ['braintree'],
      jvm: ['com.braintreegateway'],
      gem: ['braintree'],
      env: ['BT_MERCHANT_ID', 'BT_PUBLIC_KEY', 'BT_PRIVATE_KEY'],
      hosts: [
        'api.braintreegateway.com',
        'api.sandbox.braintreegateway.com',
        'payments.braintree-api.com',
        'payments.sandbox.braintree-api.com',
      ],
    },
  }),
  saas('payments', {
    id: 'paypal',
    name: 'PayPal (payments)',
    vendor: 'paypal',
    website: 'https://developer.paypal.com',
    signals: {
      npm: [
        '@paypal/paypal-server-sdk',
        '@paypal/checkout-server-sdk',
        '@paypal/paypal-js',
        '@paypal/react-paypal-js',
      ],
      pypi: ['paypal-server-sdk', 'paypal-checkout-serversdk', 'paypalrestsdk'],
      pythonImports: ['paypalserversdk', 'paypalcheckoutsdk'],
      jvm: ['com.paypal'],
      env: ['PAYPAL_CLIENT_ID', 'PAYPAL_CLIENT_SECRET'],
      hosts: ['api-m.paypal.com', 'api-m.sandbox.paypal.com'],
      // The JS SDK loads from the web site's host (`www.paypal.com/sdk/js`): the path is the marker.
      markers: ['paypal.com/sdk/js'],
    },
  }),
  saas('payments', {
    id: 'chargebee',
    name: 'Chargebee (subscription billing)',
    vendor: 'chargebee',
    website: 'https://www.chargebee.com',
    signals: {
      npm: ['chargebee', 'chargebee-typescript'],
      pypi: ['chargebee'],
      // Each account's API is on its own site's host (`acme.chargebee.com/api/v2`), the web site is not.
      markers: ['chargebee.com/api/v2'],
    },
  }),
  // Eleventh round: bank-data aggregators, which receive the credentials, balances, transactions and identities of the
  // bank accounts an app's users connect. Checked on 2026-12-05 against: Plaid's API reference (`https://sandbox.plaid.com`
  // and `https://production.plaid.com`), the plaid/quickstart `.env.example` (PLAID_CLIENT_ID, PLAID_SECRET), npm `plaid`
  // ("A node.js client for the Plaid API") and `react-plaid-link` ("A React component for Plaid Link"), PyPI
  // `plaid-python` (imported as `plaid`) and the `github.com/plaid/plaid-go` module; GoCardless Bank Account Data
  // (formerly Nordigen): PyPI `nordigen` ("Python client for GoCardless Bank Account Data API") and npm `nordigen-node`,
  // whose client's base URL is `https://bankaccountdata.gocardless.com/api/v2` (earlier `https://ob.nordigen.com/api/v2`;
  // both hosts also serve the portal, so the API's path names a call; its SECRET_ID and SECRET_KEY are too generic to
  // use); Teller's API reference (entrypoint `https://api.teller.io/`) and Teller Connect guide (`<script
  // src="https://cdn.teller.io/connect/connect.js">`). Teller's SDK repositories name no registry package, so none is
  // listed. GoCardless's direct-debit payments API is another service, not covered here.
  saas('payments', {
    id: 'plaid',
    name: 'Plaid (bank account data)',
    vendor: 'plaid',
    website: 'https://plaid.com',
    signals: {
      npm: ['plaid', 'react-plaid-link'],
      gem: ['plaid'],
      pypi: ['plaid-python'],
      pythonImports: ['plaid'],
      go: ['github.com/plaid/plaid-go'],
      env: ['PLAID_CLIENT_ID', 'PLAID_SECRET'],
      hosts: ['sandbox.plaid.com', 'production.plaid.com'],
    },
  }),
  saas('payments', {
    id: 'gocardless-bank-account-data',
    name: 'GoCardless Bank Account Data (formerly Nordigen)',
    vendor: 'gocardless',
    website: 'https://gocardless.com/bank-account-data/',
    signals: {
      npm: ['nordigen-node'],
      pypi: ['nordigen'],
      hosts: ['bankaccountdata.gocardless.com/api', 'ob.nordigen.com/api'],
    },
  }),
  saas('payments', {
    id: 'teller',
    name: 'Teller (bank account data)',
    vendor: 'teller',
    website: 'https://teller.io',
    signals: { hosts: ['api.teller.io', 'cdn.teller.io/connect'] },
  }),

  // CRM and customer support. Checked on 2026-12-04 against: the hubspot-api-client PyPI README (`from hubspot
  // import HubSpot`), npm `@hubspot/api-client` ("NodeJS v3 HubSpot API SDK"), the API host `api.hubapi.com` and
  // HubSpot's embed code (`//js.hs-scripts.com/<portal id>.js`, `id="hs-script-loader"`); Intercom's web
  // installation page and basic JavaScript example (`widget.intercom.io/widget/<app_id>`), the
  // `@intercom/messenger-js-sdk` README, npm `intercom-client` ("Official Node bindings to the Intercom API") and
  // `react-use-intercom`, and the regional REST hosts `api.intercom.io`, `api.eu.intercom.io`, `api.au.intercom.io`;
  // the Zendesk Web Widget snippet (`static.zdassets.com/ekr/snippet.js?key=…`), the account-scoped REST API
  // (`<subdomain>.zendesk.com/api/v2`) and the community clients `node-zendesk` and PyPI `zenpy`; Salesforce's
  // OAuth endpoints help page (`login.salesforce.com`, `test.salesforce.com`, My Domain `<name>.my.salesforce.com`)
  // and the community clients `jsforce` and PyPI `simple-salesforce`; Crisp's Web SDK docs and React install
  // guide (`crisp-sdk-web`, `Crisp.configure(WEBSITE_ID)`), its chatbox snippet (`window.CRISP_WEBSITE_ID`,
  // `client.crisp.chat/l.js`), npm `crisp-api` ("official, maintained by Crisp") and PyPI `crisp-api`, REST host
  // `api.crisp.chat`.
  saas('crm', {
    id: 'hubspot',
    name: 'HubSpot (CRM and marketing)',
    vendor: 'hubspot',
    website: 'https://developers.hubspot.com',
    signals: {
      npm: ['@hubspot/api-client'],
      pypi: ['hubspot-api-client'],
      pythonImports: ['hubspot'],
      // The Forms API's submission hosts (checked 2026-12-06 against HubSpot's "Submit data to a form" reference,
      // `api.hsforms.com/submissions/v3/integration/submit/…`, and its legacy x-www-form-urlencoded endpoint,
      // `forms.hubspot.com/uploads/form/v2/…`): agentops's signup survey posts each user's email there, and `check` said
      // of its declared HubSpot "no trace in the code".
      hosts: ['api.hubapi.com', 'js.hs-scripts.com/*', 'api.hsforms.com', 'forms.hubspot.com'],
    },
  }),
  saas('crm', {
    id: 'intercom',
    name: 'Intercom (customer messaging and support)',
    vendor: 'intercom',
    website: 'https://developers.intercom.com',
    signals: {
      npm: ['@intercom/messenger-js-sdk', 'intercom-client', 'react-use-intercom'],
      gem: ['intercom-rails', 'intercom'],
      hosts: ['api.intercom.io', 'api.eu.intercom.io', 'api.au.intercom.io', 'widget.intercom.io/widget'],
    },
  }),
  saas('crm', {
    id: 'zendesk',
    name: 'Zendesk (customer support)',
    vendor: 'zendesk',
    website: 'https://developer.zendesk.com',
    signals: {
      npm: ['node-zendesk'],
      pypi: ['zenpy'],
      // The widget loader is named with its path, which a query (`?key=…`) follows; each account's API is on its
      // own subdomain (`acme.zendesk.com/api/v2`), the help center is not.
      markers: ['static.zdassets.com/ekr/snippet.js', '.zendesk.com/api/v2'],
    },
  }),
  saas('crm', {
    id: 'salesforce',
    name: 'Salesforce (CRM)',
    vendor: 'salesforce',
    website: 'https://developer.salesforce.com',
    signals: {
      npm: ['jsforce'],
      pypi: ['simple-salesforce'],
      hosts: ['login.salesforce.com', 'test.salesforce.com', '*.my.salesforce.com'],
    },
  }),
  saas('crm', {
    id: 'crisp',
    name: 'Crisp (live chat and support)',
    vendor: 'crisp',
    website: 'https://crisp.chat',
    signals: {
      npm: ['crisp-sdk-web', 'crisp-api'],
      pypi: ['crisp-api'],
      hosts: ['client.crisp.chat/l.js', 'api.crisp.chat'],
      markers: ['CRISP_WEBSITE_ID'],
    },
  }),
  // Sign-in and user management: they keep every user's identity (email, name, sign-in history) and decide who gets
  // in. Checked on 2026-12-05 against: the Auth0 Next.js SDK README (npm `@auth0/nextjs-auth0`; AUTH0_DOMAIN,
  // AUTH0_CLIENT_ID, AUTH0_CLIENT_SECRET, AUTH0_SECRET); Clerk's Next.js quickstart and SDK list (`@clerk/nextjs`,
  // `@clerk/clerk-react`, `@clerk/express`, `@clerk/backend`; NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY, CLERK_SECRET_KEY);
  // the workos-node README (`@workos-inc/node`; WORKOS_API_KEY, WORKOS_CLIENT_ID) and WorkOS's SDK list (PyPI
  // `workos`); the stytch-node README and Stytch's Node quickstart (npm `stytch`, STYTCH_PROJECT_ID, STYTCH_SECRET),
  // with the web SDKs `@stytch/nextjs` and `@stytch/vanilla-js`; the AWS SDK v3 Cognito client
  // (`@aws-sdk/client-cognito-identity-provider`, boto3 `cognito-idp`) and `amazon-cognito-identity-js`.
  saas('identity', {
    id: 'auth0',
    name: 'Auth0 (sign-in)',
    vendor: 'okta',
    website: 'https://auth0.com',
    signals: {
      npm: ['@auth0/nextjs-auth0', '@auth0/auth0-react', '@auth0/auth0-spa-js', 'auth0'],
      pypi: ['auth0-python'],
      pythonImports: ['auth0'],
      env: ['AUTH0_DOMAIN', 'AUTH0_CLIENT_ID', 'AUTH0_CLIENT_SECRET', 'AUTH0_ISSUER_BASE_URL'],
      hosts: ['*.auth0.com'],
    },
  }),
  saas('identity', {
    id: 'clerk',
    name: 'Clerk (sign-in and user management)',
    vendor: 'clerk',
    website: 'https://clerk.com',
    signals: {
      npm: [
        '@clerk/nextjs',
        '@clerk/clerk-react',
        '@clerk/express',
        '@clerk/backend',
        '@clerk/clerk-sdk-node',
      ],
      pypi: ['clerk-backend-api'],
      env: ['CLERK_SECRET_KEY', 'NEXT_PUBLIC_CLERK_PUBLISHABLE_KEY', 'CLERK_PUBLISHABLE_KEY'],
      hosts: ['api.clerk.com'],
    },
  }),
  saas('identity', {
    id: 'workos',
    name: 'WorkOS (enterprise SSO and user management)',
    vendor: 'workos',
    website: 'https://workos.com',
    signals: {
      npm: ['@workos-inc/node', '@workos-inc/authkit-nextjs', '@workos-inc/authkit-react'],
      pypi: ['workos'],
      env: ['WORKOS_API_KEY', 'WORKOS_CLIENT_ID'],
      hosts: ['api.workos.com'],
    },
  }),
  saas('identity', {
    id: 'stytch',
    name: 'Stytch (sign-in)',
    vendor: 'stytch',
    website: 'https://stytch.com',
    signals: {
      npm: ['stytch', '@stytch/nextjs', '@stytch/react', '@stytch/vanilla-js'],
      pypi: ['stytch'],
      env: ['STYTCH_PROJECT_ID', 'STYTCH_SECRET'],
      hosts: ['api.stytch.com', 'test.stytch.com'],
    },
  }),
  // Supabase's and Firebase's sign-in, services of their own beside the databases and storage of the same vendors
  // (open-canvas signs users in with `supabase.auth.signInWithPassword` and `signInWithOAuth`): Supabase's server-side
  // auth packages (`@supabase/ssr`, the deprecated `@supabase/auth-helpers-*`) and its auth calls; Firebase's
  // `firebase/auth` and the Admin SDK's `firebase-admin/auth` and `firebase_admin.auth`.
  saas('identity', {
    id: 'supabase-auth',
    name: 'Supabase Auth (sign-in)',
    vendor: 'supabase',
    website: 'https://supabase.com/docs/guides/auth',
    signals: {
      npm: [
        '@supabase/ssr',
        '@supabase/auth-helpers-nextjs',
        '@supabase/auth-helpers-react',
        '@supabase/auth-ui-react',
      ],
      // Each called with one options object (`auth.signInWithPassword({ email, password })`): an app's own hook with
      // methods of the same names (pipeshub-ai's `auth.signInWithPassword(password)`, `auth.signInWithOAuth(token)`, with
      // no Supabase anywhere) was proposed as Supabase signing its users in.
      markers: [
        'auth.signInWithPassword({',
        'auth.signInWithOAuth({',
        'auth.signInWithOtp({',
        'auth.signUp({',
      ],
    },
  }),
  saas('identity', {
    id: 'firebase-auth',
    name: 'Firebase Authentication (sign-in)',
    vendor: 'google',
    website: 'https://firebase.google.com/docs/auth',
    signals: {
      npm: ['firebase/auth', 'firebase-admin/auth', '@react-native-firebase/auth'],
      pythonImports: ['firebase_admin.auth'],
    },
  }),
  saas('identity', {
    id: 'aws-cognito',
    name: 'Amazon Cognito (sign-in)',
    vendor: 'aws',
    website: 'https://aws.amazon.com/cognito/',
    signals: {
      npm: ['@aws-sdk/client-cognito-identity-provider', 'amazon-cognito-identity-js'],
      awsServices: ['cognito-idp'],
      hosts: ['cognito-idp.*.amazonaws.com'],
      env: ['COGNITO_USER_POOL_ID', 'COGNITO_CLIENT_ID'],
    },
  }),
  // Keycloak, the open-source identity server a company runs itself (OpenHands's enterprise server signs users in
  // through its own Keycloak with `python-keycloak`, and no sign-in service was proposed): an internal component, not a
  // sub-processor. Checked on 2026-12-05 against: python-keycloak's PyPI page (`pip install python-keycloak`, `from
  // keycloak import KeycloakOpenID`); the npm registry (`keycloak-js` 26.2.4, `keycloak-connect` 26.1.1,
  // `@keycloak/keycloak-admin-client` 26.7.4, `nest-keycloak-connect` 1.10.1); Keycloak's container guide
  // (`quay.io/keycloak/keycloak`).
  {
    id: 'keycloak',
    name: 'Keycloak (sign-in server)',
    vendor: 'keycloak',
    category: 'identity',
    hosting: 'self-hosted',
    ai: false,
    website: 'https://www.keycloak.org',
    signals: {
      npm: ['keycloak-js', 'keycloak-connect', '@keycloak/keycloak-admin-client', 'nest-keycloak-connect'],
      pypi: ['python-keycloak'],
      pythonImports: ['keycloak'],
      jvm: ['org.keycloak'],
      images: ['keycloak/keycloak', 'jboss/keycloak', 'bitnami/keycloak'],
      env: [
        'KEYCLOAK_SERVER_URL',
        'KEYCLOAK_URL',
        'KEYCLOAK_REALM',
        'KEYCLOAK_CLIENT_ID',
        'KEYCLOAK_CLIENT_SECRET',
      ],
    },
  },
];
