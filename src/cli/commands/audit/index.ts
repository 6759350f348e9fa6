import { Command } from 'commander';
import type { CliContext } from '../../context.js';
import { packageCommand } from './package.js';
import { verifyCommand } from './verify.js';

/** `trustmap audit package|verify`: the audit package an auditor can verify byte for byte. */
export function auditCommand(context: CliContext): Command {
  const audit = new Command('audit').description('audit packages: build one for a window, verify one');
  for (const sub of [packageCommand(context), verifyCommand(context)]) audit.addCommand(sub);
  return audit;
}
