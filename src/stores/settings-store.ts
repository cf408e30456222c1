import { create } from 'zustand';
import { persist } from 'zustand/middleware';
import * as z from 'zod/mini';
import { LOCALES, SECTORS, type Locale, type Sector } from '../engine';
import { createSafeStorage } from './safe-storage';

export type Settings = { locale: Locale; sector: Sector | null };

const SettingsSchema = z.object({ locale: z.enum(LOCALES), sector: z.nullable(z.enum(SECTORS)) });

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
      merge: (stored, current) => {
        const parsed = SettingsSchema.safeParse(stored);
        return parsed.success ? { ...current, ...parsed.data } : current;
      },
    },
  ),
);
