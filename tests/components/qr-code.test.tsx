import { render, screen } from '@testing-library/react';
import { I18nextProvider } from 'react-i18next';
import { describe, expect, it } from 'vitest';
import { QrCode } from '../../src/components/qr-code';
import { setupI18n } from '../../src/i18n/setup-i18n';

const renderQr = (text: string) =>
  render(
    <I18nextProvider i18n={setupI18n('nl')}>
      <QrCode text={text} label="QR-code van de opdracht" errorText="Deel de link zelf." />
    </I18nextProvider>,
  );

describe('the QR code component', () => {
  it('shows a loading state, then the code as one labelled image', async () => {
    renderQr('https://example.org/#/assignment/abc');
    expect(screen.getByRole('status')).toBeInTheDocument();
    const image = await screen.findByRole('img', { name: 'QR-code van de opdracht' });
    expect(image.querySelector('path')?.getAttribute('d')).toMatch(/^M4 4h7v1h-7z/);
  });

  it('says so when the text does not fit in a QR code', async () => {
    renderQr('x'.repeat(5000));
    expect(await screen.findByRole('alert')).toHaveTextContent('Deel de link zelf.');
  });
});
