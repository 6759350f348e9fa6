import { type Chrome, hero, html, layout, type SafeHtml } from '../../../trust-center/index.js';

/** The hidden fields every anonymous form carries: ours, and the session's when a member is signed in. */
export function formTokens(field: string, sessionCsrf?: string): SafeHtml {
  return html`<input type="hidden" name="_tc" value="${field}">${sessionCsrf ? html`<input type="hidden" name="_csrf" value="${sessionCsrf}">` : ''}`;
}

/** A page of the public trust center that is not part of the built site (forms, link pages). */
export function publicPage(
  chrome: Chrome,
  title: string,
  lead: string | undefined,
  content: SafeHtml,
  prefix = '',
): string {
  return layout(chrome, undefined, { title, description: title, hero: hero(title, lead), content, prefix });
}

export interface RequestFormView {
  documents: { id: string; title: string }[];
  chosen: string[];
  nda: { version: string; text: string };
  tokens: SafeHtml;
  values?: Record<string, string>;
  problems?: Record<string, string>;
}

/** The document request form: who you are, what you need, and the click-through NDA with its version. */
export function requestForm(view: RequestFormView): SafeHtml {
  const value = (key: string) => view.values?.[key] ?? '';
  const problem = (key: string) =>
    view.problems?.[key]
      ? html`<span class="small" id="${key}-problem" role="alert">${view.problems[key]}</span>`
      : '';
  const described = (key: string) => (view.problems?.[key] ? `${key}-problem` : undefined);
  const field = (key: string, label: string, type: string, autocomplete: string) =>
    html`<label>${label}<input name="${key}" type="${type}" autocomplete="${autocomplete}" required maxlength="${key === 'email' ? 254 : 200}" value="${value(key)}"${described(key) ? html` aria-describedby="${described(key)}" aria-invalid="true"` : ''}>${problem(key)}</label>`;
  return html`<form class="panel" method="post" action="request">
${view.tokens}
<fieldset class="panel"><legend>Documents</legend>${view.documents.map(
    (document) =>
      html`<label class="check"><input type="checkbox" name="documents" value="${document.id}"${view.chosen.includes(document.id) ? html` checked` : ''}> ${document.title}</label>`,
  )}${problem('documents')}</fieldset>
${field('name', 'Your name', 'text', 'name')}
${field('email', 'Work e-mail', 'email', 'email')}
${field('company', 'Company', 'text', 'organization')}
<label>Why you need them<textarea name="reason" rows="3" maxlength="2000" required>${value('reason')}</textarea>${problem('reason')}</label>
<h2 id="nda-heading">Non-disclosure agreement (version ${view.nda.version})</h2>
<div class="nda" role="region" aria-labelledby="nda-heading" tabindex="0">${view.nda.text.split(/\n{2,}/).map((paragraph) => html`<p>${paragraph}</p>`)}</div>
<input type="hidden" name="ndaVersion" value="${view.nda.version}">
<label class="check"><input type="checkbox" name="ndaAccepted" value="yes" required> I accept this NDA (version ${view.nda.version}) on behalf of my company.</label>${problem('ndaAccepted')}${problem('ndaVersion')}
<button type="submit">Request access</button>
</form>`;
}

/** The subscription form: which changes to hear about. */
export function subscribeForm(tokens: SafeHtml, problem?: string): SafeHtml {
  return html`<form class="panel" method="post" action="subscribe">
${tokens}
<label>E-mail<input name="email" type="email" autocomplete="email" required maxlength="254"></label>
<fieldset class="panel"><legend>Tell me about</legend>
<label class="check"><input type="checkbox" name="topics" value="subprocessors" checked> Sub-processor changes</label>
<label class="check"><input type="checkbox" name="topics" value="policies" checked> Policy changes</label>
</fieldset>
${problem ? html`<p role="alert">${problem}</p>` : ''}
<button type="submit">Subscribe</button>
<p class="small muted">We send a confirmation link first; nothing is sent until you confirm. Every message has an unsubscribe link.</p>
</form>`;
}
