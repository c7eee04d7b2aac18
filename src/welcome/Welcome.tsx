/** The first-run page: what Siyaq does, that nothing leaves the machine, and how to start. */
import { useState } from 'preact/hooks';
import type { Command } from '../commands';
import { type Lang, t } from '../ui/strings';

export interface WelcomeProps {
  readonly initialLang: Lang;
  readonly shortcuts: Readonly<Partial<Record<Command, string>>>;
  readonly builtInSites: number;
  readonly onLang: (lang: Lang) => void;
  readonly openOptions: () => void;
}

export function Welcome({ initialLang, shortcuts, builtInSites, onLang, openOptions }: WelcomeProps) {
  const [lang, setLang] = useState(initialLang);
  const other: Lang = lang === 'ar' ? 'en' : 'ar';
  return (
    <main dir={lang === 'ar' ? 'rtl' : 'ltr'} lang={lang}>
      <header>
        <h1>{t('welcomeTitle', lang)}</h1>
        <button
          type="button"
          class="link"
          lang={other}
          onClick={() => {
            setLang(other);
            onLang(other);
          }}
        >
          {t('switchLang', lang)}
        </button>
      </header>
      <p>{t('welcomeWhat', lang)}</p>
      <p class="closed privacy">{t('optPrivacy', lang)}</p>
      <h2>{t('welcomeHow', lang)}</h2>
      <ul class="steps">
        <li>{t('welcomeHover', lang).replace('{n}', String(builtInSites))}</li>
        <li>{t('welcomeClaims', lang)}</li>
        <li>
          {t('welcomeKeys', lang)}{' '}
          {(['next-mention', 'previous-mention', 'add-note'] as const)
            .filter((c) => shortcuts[c])
            .map((c) => (
              <kbd key={c} dir="ltr">
                {shortcuts[c]}
              </kbd>
            ))}
        </li>
        <li>{t('welcomeNotes', lang)}</li>
        <li>{t('welcomeSites', lang)}</li>
      </ul>
      <p>
        <button type="button" onClick={openOptions}>
          {t('options', lang)}
        </button>
      </p>
    </main>
  );
}
