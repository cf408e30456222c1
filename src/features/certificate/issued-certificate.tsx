import { useTranslation } from 'react-i18next';
import { paths } from '../../components/paths';
import type { IssuedCertificate } from './issue-certificate';
import { downloadBlob, downloadFile } from '../../components/download-file';

/** What was just issued: where the PDF went, its number and code, and how to check it. */
export function IssuedCertificatePanel({ issued }: { issued: IssuedCertificate }) {
  const { t } = useTranslation('certificate');
  return (
    <section className="notice issued" aria-labelledby="issued-heading">
      <h2 id="issued-heading">{t('resultHeading')}</h2>
      <p role="status">{t('ready', { file: issued.pdfName })}</p>
      <dl className="facts">
        <div>
          <dt>{t('number')}</dt>
          <dd className="certificate-number">{issued.number}</dd>
        </div>
        <div>
          <dt>{t('code')}</dt>
          <dd>
            <code className="certificate-code">{issued.code}</code>
            <span className="small">{t('codeHint')}</span>
          </dd>
        </div>
      </dl>
      <p className="actions">
        <a className="button" href={paths.verify(issued.code)}>
          {t('verifyLink')}
        </a>
        <button type="button" className="button button-secondary" onClick={() => downloadBlob(issued.pdfName, issued.pdf)}>
          {t('downloadAgain')}
        </button>
        <button type="button" className="button button-secondary" onClick={() => downloadFile(issued.dataName, issued.dataFile)}>
          {t('dataFile')}
        </button>
      </p>
    </section>
  );
}
