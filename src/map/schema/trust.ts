import { z } from 'zod';
import { keyIdOf } from '../../core/signing.js';
import { Text } from './common.js';

/** One public key whose signatures on probe results count as proof. */
export const TrustedKey = z
  .strictObject({
    id: z
      .string()
      .regex(/^ed25519:[0-9a-f]{16}$/)
      .optional()
      .meta({
        description:
          'The key id `trustmap keys show` prints (`ed25519:` and 16 hex digits); checked against the key.',
      }),
    publicKey: z
      .string()
      .regex(/^[A-Za-z0-9+/]{43}=$/, 'a base64 Ed25519 public key (44 characters, from `trustmap keys show`)')
      .meta({
        description: 'Base64 of the raw 32-byte Ed25519 public key, as printed by `trustmap keys show`.',
      }),
    owner: Text.optional().meta({ description: 'Who holds the private key, e.g. `CI (GitHub Actions)`.' }),
  })
  .superRefine((key, context) => {
    // A stated id that does not belong to the key is a copy-paste mistake that would mislead every reader.
    if (!key.id) return;
    const raw = Buffer.from(key.publicKey, 'base64');
    if (raw.length === 32 && keyIdOf(raw) !== key.id)
      context.addIssue({
        code: 'custom',
        path: ['id'],
        message: `is not the id of this public key (that is ${keyIdOf(raw)})`,
      });
  })
  .meta({ description: 'A public key trusted to sign probe results.' });

export const Trust = z
  .strictObject({
    keys: z.array(TrustedKey).default([]).meta({
      description:
        'Public keys whose signatures make a probe result count as proof. A result signed by any other key, or unsigned, is not proof.',
    }),
  })
  .meta({ description: 'Which signing keys this map trusts (see docs/security.md).' });
