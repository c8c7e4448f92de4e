import { useQuery } from '@tanstack/react-query';
import type { Schema } from '@tributary/client';
import { useTranslation } from 'react-i18next';
import { api, must } from './api';

export type Labelled = Schema<'activities', 'Labelled'>;

/** Activity types, themes, output and organisation kinds and participant dimensions from the activities service (cached for offline use). */
export function useReference() {
  return useQuery({ queryKey: ['reference'], queryFn: () => must(api('activities').GET('/reference')), staleTime: Infinity });
}

/** The entries new reports may use: retired ones are kept only to label what older reports carry. */
export const inUse = <T extends { retired?: boolean }>(entries: T[] | undefined): T[] => (entries ?? []).filter((entry) => !entry.retired);

/** The label of a reference code in the chosen language. */
export function useLabel() {
  const { i18n } = useTranslation();
  return (item: Labelled | undefined, fallback = '') => (item ? (i18n.language === 'en' ? item.en : item.fr) : fallback);
}

export function useSubGrants(query: { projectId?: string; status?: string; region?: string; recipientId?: string } = {}) {
  return useQuery({
    queryKey: ['sub-grants', query],
    queryFn: () => must(api('grants').GET('/sub-grants', { params: { query: { limit: 100, ...clean(query) } as never } })),
  });
}

export const clean = <T extends Record<string, unknown>>(o: T) => Object.fromEntries(Object.entries(o).filter(([, v]) => v !== '' && v != null)) as Partial<T>;
