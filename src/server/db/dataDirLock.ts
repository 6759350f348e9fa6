import { readFile, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { UsageError } from '../../errors/index.js';

function alive(pid: number): boolean {
  try {
    process.kill(pid, 0);
    return true;
  } catch (error) {
    return (error as NodeJS.ErrnoException).code === 'EPERM';
  }
}

/**
 * Takes the embedded database folder for this process. PGlite is one process's database: a second process
 * opening the same folder (say `trustmap server token create` while `trustmap serve` runs) would not see the
 * other's writes and could corrupt the files. A lock left by a process that died is taken over.
 */
export async function lockDataDir(dir: string): Promise<() => Promise<void>> {
  const file = path.join(dir, 'trustmap.lock');
  for (let attempt = 0; attempt < 2; attempt++) {
    try {
      await writeFile(file, String(process.pid), { flag: 'wx' });
      return () => rm(file, { force: true });
    } catch (error) {
      if ((error as NodeJS.ErrnoException).code !== 'EEXIST') throw error;
      const pid = Number((await readFile(file, 'utf8').catch(() => '')).trim());
      if (pid && pid !== process.pid && alive(pid))
        throw new UsageError(
          `the embedded database in ${dir} is in use by process ${pid} (a running \`trustmap serve\`?)`,
          'stop that server first; or run the server on PostgreSQL (DATABASE_URL) to administer it while it runs',
        );
      await rm(file, { force: true });
    }
  }
  throw new UsageError(`cannot lock ${file}`);
}
