import enCommon from '../../content/locales/en/common.json';
import enDebrief from '../../content/locales/en/debrief.json';
import enPlayer from '../../content/locales/en/player.json';
import nlCommon from '../../content/locales/nl/common.json';
import nlDebrief from '../../content/locales/nl/debrief.json';
import nlPlayer from '../../content/locales/nl/player.json';

// Both languages ship with the first page: together they are a few KB, and switching language
// mid-vignette must never wait for the network.
export const resources = {
  nl: { common: nlCommon, player: nlPlayer, debrief: nlDebrief },
  en: { common: enCommon, player: enPlayer, debrief: enDebrief },
} as const;

export const defaultNamespace = 'common';
