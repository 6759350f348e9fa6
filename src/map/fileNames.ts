/** The map's file names in a folder. */
export const MAP_FILE_NAMES = ['trustmap.yaml', 'trustmap.yml'] as const;
/** A folder of map parts, merged in name order, for organisations too large for one file. */
export const MAP_FOLDER_NAME = 'trustmap';
/**
 * The file a folder Trustmap writes whole (the trust center site) holds: discovery skips such a folder, whose pages name
 * every vendor (huggingface/chat-ui: a site built beside the map made a "critical" drift finding of its own privacy
 * notice).
 */
export const OUTPUT_MARKER = '.trustmap-output';
