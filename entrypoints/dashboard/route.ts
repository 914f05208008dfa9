// The dashboard's views live in the URL's hash (#/case/<id>, #/print/<id>,<id> …), so a view can be
// linked to, reloaded and opened in a tab of its own.
import { useEffect, useState } from 'preact/hooks';

export type Route =
  | { view: 'list' }
  | { view: 'new'; profileId: string | null }
  | { view: 'case'; id: string }
  | { view: 'employers' }
  /** One or more cases on paper, in this order. */
  | { view: 'print'; ids: string[] };

/** A malformed % sequence (typed or pasted into the address bar) stays as typed rather than blank the page. */
function decodedOrRaw(part: string): string {
  try {
    return decodeURIComponent(part);
  } catch {
    return part;
  }
}

export function parseRoute(hash: string): Route {
  const parts = hash.replace(/^#\/?/, '').split('/').map(decodedOrRaw);
  const [view, arg] = parts;
  if (view === 'new') return { view: 'new', profileId: arg || null };
  if (view === 'case' && arg) return { view: 'case', id: arg };
  if (view === 'print' && arg) return { view: 'print', ids: arg.split(',').filter(Boolean) };
  if (view === 'employers') return { view: 'employers' };
  return { view: 'list' };
}

export function hrefOf(route: Route): string {
  switch (route.view) {
    case 'list':
      return '#/';
    case 'new':
      return route.profileId ? `#/new/${encodeURIComponent(route.profileId)}` : '#/new';
    case 'case':
      return `#/case/${encodeURIComponent(route.id)}`;
    case 'print':
      return `#/print/${route.ids.map(encodeURIComponent).join(',')}`;
    case 'employers':
      return '#/employers';
  }
}

export function navigate(route: Route): void {
  location.hash = hrefOf(route);
}

export function useRoute(): Route {
  const [route, setRoute] = useState(() => parseRoute(location.hash));
  useEffect(() => {
    const update = () => setRoute(parseRoute(location.hash));
    window.addEventListener('hashchange', update);
    return () => window.removeEventListener('hashchange', update);
  }, []);
  return route;
}
