/**
 * Renders the example company's system description to DOCX, then with LibreOffice to PDF and with pdftoppm to
 * one PNG per page (with a seeded 90-day demo history for the period sections), so a person can look at the layout: `npx tsx scripts/render-description.ts [out-folder]`.
 * Needs `soffice` (Debian: libreoffice-writer-nogui) and `pdftoppm` (poppler-utils).
 */
import { spawnSync } from 'node:child_process';
import { mkdirSync, rmSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { descriptionHistory, exampleHistory } from '../src/audit/index.js';
import { runChecks } from '../src/controls/index.js';
import { describeSystem, renderDescriptionDocx } from '../src/describe/index.js';
import { assembleModel } from '../src/model/index.js';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const out = path.resolve(process.argv[2] ?? path.join(root, 'out', 'description-render'));
rmSync(out, { recursive: true, force: true });
mkdirSync(out, { recursive: true });
const model = await assembleModel(path.join(root, 'examples', 'acme-ai'), {
  now: new Date('2026-11-29T00:00:00Z'),
  discover: false,
});
const docx = path.join(out, 'system-description.docx');
// The period's incidents and changes come from a seeded 90-day demo ledger, as an audit package would have them.
const records = exampleHistory(model.map, { org: 'acme-ai', end: '2026-11-29', days: 90, seed: 'render' });
const history = descriptionHistory(records, { start: '2026-09-01', end: '2026-11-29' });
writeFileSync(docx, await renderDescriptionDocx(describeSystem(model, runChecks(model).results, history)));
const run = (command: string, args: string[]) => {
  const result = spawnSync(command, args, { stdio: 'inherit', timeout: 180_000 });
  if (result.status !== 0) throw new Error(`${command} failed (${result.status ?? result.error?.message})`);
};
run('soffice', [
  '--headless',
  '--norestore',
  `-env:UserInstallation=file://${path.join(out, 'lo-profile')}`,
  '--convert-to',
  'pdf',
  '--outdir',
  out,
  docx,
]);
run('pdftoppm', ['-png', '-r', '70', path.join(out, 'system-description.pdf'), path.join(out, 'page')]);
console.log(`pages in ${out}`);
