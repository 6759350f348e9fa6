import { main } from '../../src/cli/main.ts';
const code = await main(process.argv.slice(2), { stdout: (t) => process.stdout.write(t), stderr: (t) => process.stderr.write(t), isTTY: false, env: { ...process.env, TRUSTMAP_NOW: '2026-11-26' }, cwd: process.cwd() });
console.log('exit', code);
