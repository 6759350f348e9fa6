import nodemailer, { type Transporter } from 'nodemailer';

/** An outgoing message. Plain text only: no HTML mail, so nothing in it needs escaping for a mail reader. */
export interface Mail {
  to: string;
  subject: string;
  text: string;
}

/** Sends mail; `undefined` transport means the server has no SMTP configured and says so instead of sending. */
export interface Mailer {
  configured: boolean;
  send(mail: Mail): Promise<void>;
}

/**
 * A mailer over SMTP (nodemailer) from a URL such as `smtp://user:pass@127.0.0.1:2525`, or one that refuses
 * when no URL is set. Subjects are kept to one line, so a name with a line break cannot add mail headers.
 * @example const mailer = smtpMailer(process.env.TRUSTMAP_SMTP_URL, 'trust@acme-ai.example')
 */
export function smtpMailer(url: string | undefined, from: string): Mailer {
  const transport: Transporter | undefined = url ? nodemailer.createTransport(url) : undefined;
  return {
    configured: transport !== undefined,
    async send(mail) {
      if (!transport) throw new Error('no SMTP server is configured (TRUSTMAP_SMTP_URL)');
      await transport.sendMail({
        from,
        to: mail.to,
        subject: mail.subject.replace(/[\r\n]+/g, ' ').slice(0, 200),
        text: mail.text,
      });
    },
  };
}
