import type { TFunction } from 'i18next';
import type { ResultCodeError, ResultFileError } from '../../records';
import type { ImportedResult } from '../../stores/trainer-store';

type UnreadableReason = ResultFileError | ResultCodeError;

/** Why a result was set aside, in the trainer's words: the decoder's own reason, the other title, the result it repeats. */
export function resultReason(result: ImportedResult, t: TFunction<'trainer'>): string {
  switch (result.flag) {
    case null:
      return t('csv.counted');
    case 'unreadable':
      return t(`import.unreadable.${(result.detail ?? 'invalid') as UnreadableReason}`);
    case 'other-assignment':
      return result.detail ? t('flag.otherNamed', { title: result.detail }) : t('flag.other-assignment');
    case 'duplicate':
      return result.detail ? t('flag.duplicateOf', { source: result.detail }) : t('flag.duplicate');
    default:
      return t(`flag.${result.flag}`);
  }
}
