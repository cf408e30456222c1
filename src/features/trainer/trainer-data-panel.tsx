import { scenarioCodes } from '../../content';
import { useId, useState } from 'react';
import { downloadFile } from '../../components/download-file';
import { decodeAssignmentCode } from '../../records';
import {
  adoptTrainerKey,
  exportTrainerKey,
  fingerprintOf,
  keepTrainerKeyIn,
  verifySignature,
  type ExportedKey,
  type TrainerKey,
} from '../../integrations/signing';
import { readTrainerBackup, writeTrainerBackup } from '../../stores/trainer-backup';
import { useTrainerStore } from '../../stores/trainer-store';
import { useTrainerStrings } from './use-trainer-strings';

type Props = { trainerKey?: TrainerKey; onKeyChanged: () => void };

/** The code of an assignment link, or the code itself when that is what was pasted. */
const codeOfLink = (text: string) => (/#\/assignment\/([A-Za-z0-9_-]+)/.exec(text)?.[1] ?? text.replace(/\s+/g, ''));

/**
 * The trainer's data as something they own: keep it on this computer or not, save all of it
 * (the key included) as a file, read such a file in another browser, and add an assignment again
 * from its link.
 */
export function TrainerDataPanel({ trainerKey, onKeyChanged }: Props) {
  const { t } = useTrainerStrings();
  const id = useId();
  const storage = useTrainerStore((s) => s.storage);
  const setKeep = useTrainerStore((s) => s.setKeep);
  const merge = useTrainerStore((s) => s.merge);
  const save = useTrainerStore((s) => s.save);
  const [status, setStatus] = useState('');
  const [offeredKey, setOfferedKey] = useState<{ key: ExportedKey; fingerprint: string } | null>(null);
  const [link, setLink] = useState('');

  const backup = async () => {
    const state = useTrainerStore.getState();
    const key = trainerKey ? await exportTrainerKey(trainerKey) : undefined;
    downloadFile(`signaal-trainer-${new Date().toISOString().slice(0, 10)}.json`, writeTrainerBackup(state, key));
    setStatus(t(key ? 'data.backedUp' : 'data.backedUpWithoutKey'));
  };

  const restore = async (file: File) => {
    const read = readTrainerBackup(await file.text());
    if (!read.ok) {
      setStatus(t(`data.backupError.${read.error}`));
      return;
    }
    const { data, key, unreadable } = read.value;
    merge(data);
    const results = Object.values(data.results).reduce((sum, list) => sum + list.length, 0);
    setStatus(t('data.restored', { assignments: Object.keys(data.assignments).length, results, unreadable }));
    if (key && key.publicKey !== trainerKey?.publicKey) setOfferedKey({ key, fingerprint: await fingerprintOf(key.publicKey) });
  };

  const adopt = async () => {
    if (!offeredKey) return;
    try {
      await adoptTrainerKey(offeredKey.key);
      setStatus(t('data.keyAdopted', { fingerprint: offeredKey.fingerprint }));
      setOfferedKey(null);
      onKeyChanged();
    } catch {
      setStatus(t('data.keyFailed'));
    }
  };

  const readd = async () => {
    const decoded = await decodeAssignmentCode(codeOfLink(link), scenarioCodes);
    if (!decoded.ok) {
      setStatus(t('data.linkRefused'));
      return;
    }
    const signed = decoded.value;
    const check = await verifySignature(signed.publicKey, new TextEncoder().encode(signed.payload), signed.signature);
    if (check !== 'valid') {
      setStatus(t(check === 'invalid' ? 'data.linkAltered' : 'data.linkUnchecked'));
      return;
    }
    const known = useTrainerStore.getState().assignments[signed.assignment.id];
    if (!known) save({ code: codeOfLink(link), signed, createdAt: new Date().toISOString() });
    const fingerprint = await fingerprintOf(signed.publicKey);
    setStatus(
      known
        ? t('data.linkKnown', { title: signed.assignment.title })
        : signed.publicKey === trainerKey?.publicKey
          ? t('data.linkAdded', { title: signed.assignment.title })
          : t('data.linkAddedOtherKey', { title: signed.assignment.title, fingerprint }),
    );
    setLink('');
  };

  const changeKeep = async (keep: boolean) => {
    if (!keep && !window.confirm(t('data.forgetConfirm'))) return;
    setKeep(keep);
    await keepTrainerKeyIn(keep ? 'browser' : 'memory');
    setStatus(t(keep ? 'data.keptNow' : 'data.forgotten'));
  };

  const canChoose = storage === 'kept' || storage === 'memory';
  return (
    <section aria-labelledby={`${id}-heading`} className="data-panel">
      <h2 id={`${id}-heading`}>{t('data.heading')}</h2>
      {canChoose && (
        <fieldset className="radio-group">
          <legend>{t('data.keepLegend')}</legend>
          <label className="option">
            <input type="radio" name={`${id}-keep`} checked={storage === 'kept'} onChange={() => void changeKeep(true)} />
            <span>{t('data.keep')}</span>
          </label>
          <label className="option">
            <input type="radio" name={`${id}-keep`} checked={storage === 'memory'} onChange={() => void changeKeep(false)} />
            <span>{t('data.dontKeep')}</span>
          </label>
        </fieldset>
      )}
      <h3>{t('data.backupHeading')}</h3>
      <p>{t('data.backupIntro')}</p>
      <p className="notice notice-warning">{t('data.backupWarning')}</p>
      <p className="actions">
        <button type="button" className="button button-secondary" onClick={() => void backup()}>
          {t('data.backup')}
        </button>
      </p>
      <div className="field">
        <label htmlFor={`${id}-restore`}>{t('data.restore')}</label>
        <input
          id={`${id}-restore`}
          type="file"
          accept=".json,application/json"
          onChange={(event) => {
            const file = event.target.files?.[0];
            event.target.value = '';
            if (file) void restore(file);
          }}
        />
      </div>
      {offeredKey && (
        <div className="notice">
          <p>{t('data.keyOffer', { theirs: offeredKey.fingerprint, mine: trainerKey?.fingerprint ?? '–' })}</p>
          <p className="actions">
            <button type="button" className="button" onClick={() => void adopt()}>
              {t('data.keyAdopt')}
            </button>
            <button type="button" className="button button-secondary" onClick={() => setOfferedKey(null)}>
              {t('data.keyKeepMine')}
            </button>
          </p>
        </div>
      )}
      <h3>{t('data.readdHeading')}</h3>
      <div className="field">
        <label htmlFor={`${id}-link`}>{t('data.readdLabel')}</label>
        <p id={`${id}-link-hint`} className="hint">
          {t('data.readdHint')}
        </p>
        <textarea id={`${id}-link`} className="code-field" rows={3} value={link} aria-describedby={`${id}-link-hint`} onChange={(e) => setLink(e.target.value)} />
      </div>
      <p className="actions">
        <button type="button" className="button button-secondary" onClick={() => void readd()} disabled={link.trim() === ''}>
          {t('data.readd')}
        </button>
      </p>
      <p role="status" className="small">
        {status}
      </p>
    </section>
  );
}
