/** A subject buyers ask about, with example phrasings the matcher indexes. */
export interface Topic {
  /** Stable id; JSON output and recorded stats use it. */
  id: string;
  /** Our own short title. */
  title: string;
  /** Part of the AI section of a questionnaire (the ISO/IEC 42001 signal counts these). */
  ai: boolean;
  /** How buyers write this question, in several styles. The matcher's only knowledge of the topic. */
  phrasings: readonly string[];
  /** What to add to the map when the answer builder finds no facts. */
  missing: string;
  /**
   * The answer states what third parties do (our sub-processors, our model providers' terms), so it may answer a
   * question about them ("Do your AI providers train on our data?"); other topics' answers state our own practice.
   */
  thirdParties?: true;
}
