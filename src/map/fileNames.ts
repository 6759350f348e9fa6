/** The map's file names in a folder. */
export const MAP_FILE_NAMES = ['trustmap.yaml', 'trustmap.yml'] as const;
/** A folder of map parts, merged in name order, for organisations too large for one file. */
export const MAP_FOLDER_NAME = 'trustmap';
