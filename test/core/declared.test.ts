import { describe, expect, it } from 'vitest';
import { isDeclared } from '../../src/core/declared.js';

describe('isDeclared', () => {
  const langfuse = { provider: 'langfuse', vendor: 'langfuse', hosting: 'self-hosted' as const };

  it('takes a component naming a self-hosted provider as declaring it', () => {
    expect(
      isDeclared({ subprocessors: [], components: [{ id: 'traces', provider: 'langfuse' }] }, langfuse),
    ).toBe(true);
    expect(isDeclared({ subprocessors: [], components: [] }, langfuse)).toBe(false);
  });

  it("takes a sub-processor naming it too: the team uses the vendor's hosted service (Superagent's Langfuse)", () => {
    expect(
      isDeclared(
        { subprocessors: [{ id: 'langfuse-cloud', provider: 'langfuse' }], components: [] },
        langfuse,
      ),
    ).toBe(true);
  });
});
