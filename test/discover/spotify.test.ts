import { describe, expect, it } from 'vitest';
import { scan, statusOf } from './fixture.js';

// llm-answer-engine (168c5d7): app/function-calling.tsx searches Spotify with the
// user's query (`SpotifyApi.withClientCredentials(…)`, `api.search(query, ["track"])`), and Spotify went unfound.
describe('the Spotify Web API, a search API a tool sends the query to', () => {
  it('is found by its SDK, as a web search API that is no AI service', async () => {
    const report = await scan({
      'package.json': '{"dependencies":{"@spotify/web-api-ts-sdk":"^1.2.0"}}',
      'app/function-calling.tsx':
        'import { SpotifyApi } from "@spotify/web-api-ts-sdk";\n\nconst api = SpotifyApi.withClientCredentials(\n  process.env.SPOTIFY_CLIENT_ID as string,\n  process.env.SPOTIFY_CLIENT_SECRET as string\n);\n\nexport const searchSong = (query: string) => api.search(query, ["track"]);\n',
    });
    const spotify = report.findings.find((finding) => finding.id === 'spotify');
    expect(spotify).toMatchObject({
      status: 'used',
      category: 'web-search',
      ai: false,
      hosting: 'vendor-hosted',
    });
    expect(statusOf(await scan({ 'bot.py': 'import spotipy\n' }), 'spotify')).toBe('used');
  });

  it('its client id alone (a "Sign in with Spotify" login) names no search API', async () => {
    const report = await scan({
      'auth.ts':
        'import SpotifyProvider from "next-auth/providers/spotify";\n\nexport const provider = SpotifyProvider({ clientId: process.env.SPOTIFY_CLIENT_ID });\n',
    });
    expect(statusOf(report, 'spotify')).toBeUndefined();
  });
});
