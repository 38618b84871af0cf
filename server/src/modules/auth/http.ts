import type { Request, Response } from 'express';
import type { HttpExchange } from '../../common/context.js';

/** The session cookie is Secure when the request came over https, or always with COOKIE_SECURE=1. */
function forceSecure(): boolean {
  return process.env.COOKIE_SECURE === '1' || process.env.COOKIE_SECURE === 'true';
}

/** The parts of an Express exchange the write path uses (the cookie and the client), behind one small interface. */
export function httpExchange(req: Request, res: Response): HttpExchange {
  return {
    headers: { authorization: req.headers.authorization, cookie: req.headers.cookie, 'user-agent': req.headers['user-agent'] },
    // Worked out only when asked for (signing in): Express derives both through the trusted-proxy rules.
    get ip() {
      return req.ip ?? req.socket.remoteAddress ?? 'unknown';
    },
    get secure() {
      return req.secure || forceSecure();
    },
    setCookie(name, value, { maxAgeMs, secure }) {
      res.cookie(name, value, { httpOnly: true, sameSite: 'lax', secure, path: '/', maxAge: maxAgeMs });
    },
    clearCookie(name, { secure }) {
      res.clearCookie(name, { httpOnly: true, sameSite: 'lax', secure, path: '/' });
    },
  };
}
