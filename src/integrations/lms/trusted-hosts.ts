// A launch link can name any LRS, and with it send the learner's answers (and the link's
// credentials) anywhere. The learner confirms a host the first time a launch names one that is
// neither this page's own origin nor the LMS's that framed or opened it; the answer is kept.
export const CONFIRMED_HOSTS_KEY = 'signaal.lrs-hosts-confirmed';

const originOf = (address: string) => {
  try {
    return new URL(address).origin;
  } catch {
    return undefined;
  }
};

type Win = Pick<Window, 'location' | 'opener' | 'document'>;

/** This page's origin and the LMS's: the page that frames it, or the one that opened it. */
export function launchingOrigins(win: Win = window): string[] {
  const origins = [win.location.origin];
  const ancestors = (win.location as Location & { ancestorOrigins?: DOMStringList }).ancestorOrigins;
  if (ancestors) for (let i = 0; i < ancestors.length; i += 1) origins.push(ancestors.item(i) ?? '');
  // A page opened by script (an LMS's launch window) names its opener as referrer.
  const opened = (() => {
    try {
      return Boolean(win.opener);
    } catch {
      // An opener of another origin can deny access, and is then certainly there.
      return true;
    }
  })();
  const referrer = originOf(win.document.referrer);
  if (opened && referrer) origins.push(referrer);
  return origins.filter(Boolean);
}

function confirmedOrigins(): string[] {
  try {
    const stored: unknown = JSON.parse(localStorage.getItem(CONFIRMED_HOSTS_KEY) ?? '[]');
    return Array.isArray(stored) ? stored.filter((o): o is string => typeof o === 'string') : [];
  } catch {
    return [];
  }
}

/** The first origin among these addresses that the learner has to confirm; undefined when none. */
export function hostToConfirm(addresses: readonly string[], win: Win = window): string | undefined {
  const trusted = new Set([...launchingOrigins(win), ...confirmedOrigins()]);
  return addresses.map(originOf).find((origin) => origin !== undefined && !trusted.has(origin));
}

/** Remembers that the learner confirmed an origin. */
export function rememberConfirmed(origin: string) {
  try {
    localStorage.setItem(CONFIRMED_HOSTS_KEY, JSON.stringify([...new Set([...confirmedOrigins(), origin])]));
  } catch {
    // Without storage the learner is asked again next time.
  }
}
