import { useEffect, useState } from 'react';

/** Hash routes (`#/sub-grants/sg-1`): they work from the precached shell with no server-side routing. */
export function useRoute(): string[] {
  const read = () => location.hash.replace(/^#\/?/, '').split('/').filter(Boolean).map(decodeURIComponent);
  const [route, setRoute] = useState(read);
  useEffect(() => {
    const changed = () => setRoute(read());
    window.addEventListener('hashchange', changed);
    return () => window.removeEventListener('hashchange', changed);
  }, []);
  return route;
}

export const go = (...parts: string[]) => (location.hash = '#/' + parts.map(encodeURIComponent).join('/'));
