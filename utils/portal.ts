// Where the portal is: the hosts that serve its forms, over https only. The content script runs
// there and nowhere else, and the background answers content scripts only from there. A test build
// (GONGJU_TEST_HTTP=1, see wxt.config.ts) adds http for the replica the e2e tests serve.

/** The hosts that serve the forms (the service hall fw., the site www. and the apex). */
export const PORTAL_HOSTS = ['fw.bjrcgz.gov.cn', 'www.bjrcgz.gov.cn', 'bjrcgz.gov.cn'] as const;

/** Match patterns for these hosts under these schemes. */
export function portalMatches(schemes: readonly ('https' | 'http')[]): string[] {
  return schemes.flatMap((scheme) => PORTAL_HOSTS.map((host) => `${scheme}://${host}/*`));
}

/** The production patterns: https on the portal hosts. */
export const PORTAL_MATCHES: readonly string[] = portalMatches(['https']);

/**
 * The origins a list of match patterns allows: `https://host/*` gives `https://host`. Patterns with a
 * wildcard host or scheme give nothing, so a widened manifest never widens who the background trusts.
 */
export function originsOfMatches(patterns: readonly string[]): string[] {
  return patterns.flatMap((pattern) => {
    const match = /^(https?):\/\/([a-z0-9.-]+)\/\*$/.exec(pattern);
    return match ? [`${match[1]}://${match[2]}`] : [];
  });
}

/** A URL's scheme and host without the port (`https://host`), as match patterns see it; null for no URL. */
export function siteOf(url: string | undefined): string | null {
  if (typeof url !== 'string') return null;
  try {
    const { protocol, hostname } = new URL(url);
    return `${protocol}//${hostname}`;
  } catch {
    return null;
  }
}

/** The origin of a URL (with its port), or null for no URL. */
export function originOf(url: string | undefined): string | null {
  if (typeof url !== 'string') return null;
  try {
    return new URL(url).origin;
  } catch {
    return null;
  }
}
