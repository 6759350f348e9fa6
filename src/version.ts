import pkg from '../package.json' with { type: 'json' };

/** Trustmap's version, recorded in every evidence file and report. */
export const VERSION: string = pkg.version;
