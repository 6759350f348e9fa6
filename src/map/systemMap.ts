import type { Location } from '../errors/index.js';
import type { SystemMapData } from './schema/map.js';

/** Where a loaded map came from. */
export interface MapSourceInfo {
  /** Absolute folder that relative paths in the map (evidence, manifests, probe configs) resolve against. */
  root: string;
  /** The files read, as displayed in messages. */
  files: string[];
  /** Id-based pointers (`components/api/tenancy`) to where they are written. */
  locations: Record<string, Location>;
}

/** A validated map with every reference resolved: the stage after `SystemMapInput`. */
export interface SystemMap extends SystemMapData {
  source: MapSourceInfo;
}
