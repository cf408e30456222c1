import type { LaunchActor } from './launch-params';
import type { Agent } from './xapi.types';

export const PSEUDONYM_STORAGE_KEY = 'signaal.lrs-pseudonym';

const hex = (bytes: ArrayBuffer) => [...new Uint8Array(bytes)].map((b) => b.toString(16).padStart(2, '0')).join('');

function storedPseudonym(): string {
  try {
    const existing = localStorage.getItem(PSEUDONYM_STORAGE_KEY);
    if (existing && /^[0-9a-f-]{36}$/.test(existing)) return existing;
    const created = crypto.randomUUID();
    localStorage.setItem(PSEUDONYM_STORAGE_KEY, created);
    return created;
  } catch {
    return crypto.randomUUID();
  }
}

/**
 * The actor of every statement: always an account, never a name or an e-mail address. An account
 * from the launch is kept as it is (the LMS already made it an identifier); an e-mail address or
 * OpenID becomes the SHA-256 of itself, so the same learner stays one actor without the address
 * leaving the browser; with no actor at all, a random pseudonym is kept in this browser.
 */
export async function pseudonymousActor(launch: LaunchActor | undefined, homePage: string): Promise<Agent> {
  if (launch?.account) return { objectType: 'Agent', account: launch.account };
  const identifier = launch?.mbox ?? launch?.mbox_sha1sum ?? launch?.openid;
  if (identifier) {
    const digest = await crypto.subtle.digest('SHA-256', new TextEncoder().encode(identifier.toLowerCase()));
    return { objectType: 'Agent', account: { homePage, name: hex(digest) } };
  }
  return { objectType: 'Agent', account: { homePage, name: storedPseudonym() } };
}
