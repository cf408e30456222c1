import { Suspense } from 'react';
import { useTranslation } from 'react-i18next';
import { paths } from '../components/paths';
import { hasLearningSystem } from '../integrations/lms/detect';
import { LearningSystemFooter } from '../integrations/lms/lazy-status';

/** Help lines, where the learner's answers go, and the pages about this website (the trainer's entry among them). */
export function SiteFooter() {
  const { t } = useTranslation();
  const inLearningSystem = hasLearningSystem();
  return (
    <footer className="site-footer">
      <p>
        <strong>{t('footer.danger')}</strong> <a href={paths.help()}>{t('footer.help')}</a>
      </p>
      {inLearningSystem ? (
        <Suspense fallback={null}>
          <LearningSystemFooter />
        </Suspense>
      ) : (
        <p>{t('footer.privacy')}</p>
      )}
      <nav aria-label={t('footer.more')}>
        <ul className="footer-links">
          <li>
            <a href={paths.page('about')}>{t('footer.about')}</a>
          </li>
          <li>
            <a href={paths.page('privacy')}>{t('footer.privacyPage')}</a>
          </li>
          {!inLearningSystem && (
            <li>
              <a href={paths.trainer()}>{t('footer.trainer')}</a>
            </li>
          )}
        </ul>
      </nav>
    </footer>
  );
}
