/** The voter cookie: a random id per browser, so a second vote on an article replaces the first. Nothing personal. */
import { randomUUID } from 'node:crypto';

export const VOTER_COOKIE = 'selfhelp_voter';
const UUID = /^[0-9a-f]{8}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{4}-[0-9a-f]{12}$/i;
const ONE_YEAR_S = 365 * 24 * 3600;

/** The voter id of a request's cookie, or a new one with the Set-Cookie header to send back. */
export function voterOf(request: Request): { voterId: string; setCookie?: string } {
  const cookies = request.headers.get('cookie') ?? '';
  for (const part of cookies.split(';')) {
    const [name, value] = part.trim().split('=');
    if (name === VOTER_COOKIE && value && UUID.test(value)) return { voterId: value.toLowerCase() };
  }
  const voterId = randomUUID();
  return { voterId, setCookie: `${VOTER_COOKIE}=${voterId}; Path=/; Max-Age=${ONE_YEAR_S}; HttpOnly; SameSite=Lax` };
}
