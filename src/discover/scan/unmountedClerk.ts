import type { ProviderHit } from './hits.js';
import type { FileTask } from './processFiles.js';

/** The detail of a Clerk proof in a tree that never mounts Clerk (`unmountedClerk`). */
export const UNMOUNTED_CLERK_DETAIL =
  "Clerk's client hooks, with no ClerkProvider or Clerk server set-up in the tree";

/**
 * What sets Clerk up: its provider component, which every hook and component of its browser SDKs needs above it, or its
 * server SDKs' middleware and clients.
 */
const CLERK_SET_UP =
  /\bClerkProvider\b|\bclerkMiddleware\b|\bauthMiddleware\s*\(|\bclerkClient\b|\bcreateClerkClient\b|\bClerkExpress\w*|["']@clerk\/(?:backend|express|fastify)["']|\bclerk_backend_api\b/;

/** A JavaScript or TypeScript file. */
const SCRIPT = /\.[cm]?[jt]sx?$/i;

/**
 * Clerk's code proofs turned weak, with their detail, where the tree uses only its browser SDK's hooks and never sets
 * Clerk up: no `ClerkProvider` mounts them and no server SDK is called, so nothing signs anyone in with Clerk (skyvern:
 * `useAuth` from `@clerk/clerk-react` in `skyvern-frontend/src/store/onboarding/OnboardingProvider.tsx:3`, a component
 * no file imports, was proposed as its users' identity provider, and Clerk as a sub-processor holding their accounts).
 * Reads the tree's scripts only where Clerk is proved in code.
 */
export function unmountedClerk(
  hits: readonly ProviderHit[],
  tasks: readonly FileTask[],
  read: (task: FileTask) => string | undefined,
): void {
  const proofs = hits.filter(
    (hit) => hit.provider === 'clerk' && hit.evidence.signal !== 'manifest' && !hit.weak,
  );
  if (proofs.length === 0) return;
  for (const task of tasks) {
    if (
      (task.pathClass && task.pathClass !== 'code') ||
      (!SCRIPT.test(task.name) && !task.name.endsWith('.py'))
    )
      continue;
    if (CLERK_SET_UP.test(read(task) ?? '')) return;
  }
  for (const hit of proofs) {
    hit.weak = true;
    hit.evidence.detail = hit.evidence.detail
      ? `${hit.evidence.detail}; ${UNMOUNTED_CLERK_DETAIL}`
      : UNMOUNTED_CLERK_DETAIL;
  }
}
