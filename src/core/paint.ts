/** The colour functions text renderers use; picocolors in a terminal, identity otherwise. */
export interface Paint {
  bold: (text: string) => string;
  dim: (text: string) => string;
  red: (text: string) => string;
  yellow: (text: string) => string;
  green: (text: string) => string;
}

/** No colour: every function returns its text unchanged. */
export const PLAIN: Paint = { bold: String, dim: String, red: String, yellow: String, green: String };
