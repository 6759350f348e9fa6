import { AI_TOPICS } from './aiTopics.js';
import { SECURITY_TOPICS } from './securityTopics.js';
import type { Topic } from './topic.js';

export type { Topic } from './topic.js';

/** Every topic the questionnaire engine knows, AI section first. */
export const TOPICS: readonly Topic[] = [...AI_TOPICS, ...SECURITY_TOPICS];

/** The stable topic ids, in catalog order. */
export const TOPIC_IDS: readonly string[] = TOPICS.map((topic) => topic.id);

const BY_ID = new Map(TOPICS.map((topic) => [topic.id, topic]));

/**
 * The topic with this id, if there is one.
 * @example topicById('mfa')?.title // 'Multi-factor authentication'
 */
export function topicById(id: string): Topic | undefined {
  return BY_ID.get(id);
}
