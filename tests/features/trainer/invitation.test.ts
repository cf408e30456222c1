import { describe, expect, it } from 'vitest';
import en from '../../../content/locales/en/trainer.json';
import nl from '../../../content/locales/nl/trainer.json';
import { invitationText } from '../../../src/features/trainer/invitation-kit';
import { setupI18n } from '../../../src/i18n/setup-i18n';
import { makeAssignment } from '../../support/assignments';

const i18n = setupI18n('nl');
i18n.addResourceBundle('nl', 'trainer', nl);
i18n.addResourceBundle('en', 'trainer', en);

describe('the invitation kit', () => {
  const assignment = makeAssignment({ title: 'Signalen in de zorg', due: '2026-06-30', trainer: 'Anna de Vries', organisation: 'Zorggroep Noord' });
  const invitation = { assignment, link: 'https://signaal.example.org/#/assignment/AQxyz', fingerprint: '3F2A 9C10 77DE 0B41' };

  it('gives the link, the check code, the due date and how to send results, in Dutch and in English', () => {
    const dutch = invitationText(invitation, i18n.getFixedT('nl', 'trainer'), 'nl');
    for (const part of [invitation.link, invitation.fingerprint, '30 juni 2026', '„Signalen in de zorg”, 1 casus', 'resultaatbestand', 'Anna de Vries, Zorggroep Noord']) {
      expect(dutch).toContain(part);
    }
    const english = invitationText(invitation, i18n.getFixedT('en', 'trainer'), 'en');
    for (const part of [invitation.link, invitation.fingerprint, '30 June 2026', '“Signalen in de zorg”, 1 case', 'result file']) expect(english).toContain(part);
  });

  it('says where results go when the assignment names a learning record store', () => {
    const text = invitationText({ ...invitation, lrsHost: 'lrs.zorggroep.example' }, i18n.getFixedT('nl', 'trainer'), 'nl');
    expect(text).toContain('leerrecordsysteem van onze organisatie (lrs.zorggroep.example)');
  });
});
