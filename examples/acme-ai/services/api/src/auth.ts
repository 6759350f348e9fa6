import type { NextFunction, Request, Response } from 'express';
import { jwtVerify } from 'jose';
import { z } from 'zod';
import { config } from './config.js';
import { HttpError } from './errors.js';

export interface Session {
  userId: string;
  tenantId: string;
}

declare global {
  namespace Express {
    interface Request {
      session?: Session;
    }
  }
}

const claimsSchema = z.object({
  sub: z.string().uuid(),
  tid: z.string().uuid(),
});

const secret = new TextEncoder().encode(config.SESSION_JWT_SECRET);

/**
 * Verifies the session JWT issued by the web app and attaches the caller's tenant.
 * The tenant id comes only from the signed token, never from the URL or body, so a user cannot
 * name another tenant.
 */
export async function requireSession(req: Request, _res: Response, next: NextFunction): Promise<void> {
  const header = req.get('authorization') ?? '';
  const token = header.startsWith('Bearer ') ? header.slice('Bearer '.length) : '';
  if (!token) return next(new HttpError(401, 'missing session token'));
  try {
    const { payload } = await jwtVerify(token, secret, {
      issuer: 'https://app.acme-ai.example',
      audience: 'documind-api',
      algorithms: ['HS256'],
    });
    const claims = claimsSchema.parse(payload);
    req.session = { userId: claims.sub, tenantId: claims.tid };
    next();
  } catch {
    next(new HttpError(401, 'invalid session token'));
  }
}

/** The verified session of a request that passed `requireSession`. */
export function sessionOf(req: Request): Session {
  if (!req.session) throw new HttpError(401, 'no session');
  return req.session;
}
