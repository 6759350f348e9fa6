/** Files larger than this are skipped (and reported) unless `--max-file-size` says otherwise. */
export const DEFAULT_MAX_FILE_SIZE = 2 * 1024 * 1024;
