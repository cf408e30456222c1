import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import { LOCALES, SECTORS, type Locale, type Sector } from '../engine';
import { createSafeStorage } from './safe-storage';

export type Settings = { locale: Locale; sector: Sector | null };

/**
 * Stored settings as this version reads them: a known locale and a known sector or none; anything
 * else is not read. Checked by hand, not with a zod schema: these two fields are the only stored
 * value the first page must read before it renders, and zod's core would double what the first
 * page's own code weighs (every other store reads through zod, in a later chunk).
 */
export function readSettings(stored: unknown): Settings | undefined {
  if (typeof stored !== 'object' || stored === null) return undefined;
  const found = stored as Record<string, unknown>;
  const locale = LOCALES.find((known) => known === found.locale);
  const sector = found.sector === null ? null : SECTORS.find((known) => known === found.sector);
  return locale === undefined || sector === undefined ? undefined : { locale, sector };
}

export type SettingsState = Settings & {
  setLocale: (locale: Locale) => void;
  setSector: (sector: Sector) => void;
};

export const useSettingsStore = create<SettingsState>()(
  persist(
    (set) => ({
      locale: 'nl',
      sector: null,
      setLocale: (locale) => set({ locale }),
      setSector: (sector) => set({ sector }),
    }),
    {
      name: 'signaal.settings',
      version: 1,
      storage: createSafeStorage<Settings>(),
      partialize: ({ locale, sector }): Settings => ({ locale, sector }),
      merge: (stored, current) => ({ ...current, ...readSettings(stored) }),
    },
  ),
);
