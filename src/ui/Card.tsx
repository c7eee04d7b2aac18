/**
 * The context card: who or what a mention is, as of the article's date, with
 * the sources behind every line. Renders a CardModel; knows nothing of pages.
 */
import type { ClaimView } from '../core/card/claim-view';
import type { Bi, CardModel, FigureLine, Line, SourceRef } from '../core/card/model';
import { claimValueText } from './claim-values';
import { VERDICT_MARKERS } from './markers';
import { formatDate, formatNumber, type Lang, qualifierWord, t } from './strings';

export interface CardProps {
  /** The record's card; null for a claim the fact base could not tie to a record. */
  readonly model: CardModel | null;
  /** Claims on the words the card is for, shown first. */
  readonly claims?: readonly ClaimView[];
  readonly lang: Lang;
  readonly pinned: boolean;
  readonly onPin: () => void;
  readonly onClose: () => void;
  /** "Turn off on this site"; absent where there is no site (the demo, tests). */
  readonly onTurnOffSite?: () => void;
  readonly onLang: () => void;
  readonly children?: preact.ComponentChildren;
}

const other = (lang: Lang): Lang => (lang === 'ar' ? 'en' : 'ar');

export function Card(props: CardProps) {
  const { model, claims = [], lang, children } = props;
  const pick = (b: Bi) => b[lang];
  if (!model) {
    return (
      <div
        class="card type-claim"
        dir={lang === 'ar' ? 'rtl' : 'ltr'}
        lang={lang}
        role="dialog"
        aria-label={t('claimCheck', lang)}
      >
        <div class="head">
          <div class="titles">
            <h2>{t('claimCheck', lang)}</h2>
          </div>
          <Tools {...props} chip={null} />
        </div>
        <div class="body">
          {claims.map((c) => (
            <ClaimBlock key={`${c.kind}${c.text}`} claim={c} lang={lang} />
          ))}
          {children}
        </div>
      </div>
    );
  }
  const sameRoles =
    model.rolesThen.map((r) => r.text.en).join('|') === model.rolesNow.map((r) => r.text.en).join('|');
  return (
    <div
      class={`card type-${model.type}`}
      dir={lang === 'ar' ? 'rtl' : 'ltr'}
      lang={lang}
      role="dialog"
      aria-label={pick(model.label)}
    >
      <div class="head">
        <div class="titles">
          <h2>{pick(model.label)}</h2>
          <div class="alt" lang={other(lang)} dir={other(lang) === 'ar' ? 'rtl' : 'ltr'}>
            <bdi>{model.label[other(lang)]}</bdi>
          </div>
        </div>
        <Tools {...props} chip={<span class={`chip chip-${model.type}`}>{t(model.type, lang)}</span>} />
      </div>
      <div class="body">
        {claims.map((c) => (
          <ClaimBlock key={`${c.kind}${c.text}`} claim={c} lang={lang} />
        ))}
        {children}
        <p class="desc">{pick(model.description)}</p>
        {model.wikidata && /^Q\d+$/.test(model.wikidata) && (
          <p class="more">
            <a
              href={`https://www.wikidata.org/wiki/${model.wikidata}`}
              target="_blank"
              rel="noopener noreferrer"
              lang={lang}
            >
              {t('readMore', lang)}
            </a>
          </p>
        )}
        {model.event && (
          <dl class="event">
            <dt>{t('date', lang)}</dt>
            <dd>
              <bdi>
                {formatDate(model.event.date, lang)}
                {model.event.endDate ? ` – ${formatDate(model.event.endDate, lang)}` : ''}
              </bdi>
            </dd>
            {model.event.places.length > 0 && (
              <>
                <dt>{t('places', lang)}</dt>
                <dd>{model.event.places.map(pick).join('، ')}</dd>
              </>
            )}
            {model.event.participants.length > 0 && (
              <>
                <dt>{t('participants', lang)}</dt>
                <dd>{model.event.participants.map((p) => pick(p.label)).join('، ')}</dd>
              </>
            )}
          </dl>
        )}
        {model.rolesThen.length > 0 && (
          <Section title={`${t('rolesThen', lang)} (${formatDate(model.articleDate ?? '', lang)})`}>
            <Lines lines={model.rolesThen} lang={lang} />
          </Section>
        )}
        {(!sameRoles || model.rolesThen.length === 0) && model.rolesNow.length > 0 && (
          <Section title={model.articleDate ? t('rolesNow', lang) : t('roles', lang)}>
            <Lines lines={model.rolesNow} lang={lang} />
          </Section>
        )}
        {model.affiliations.length > 0 && (
          <Section title={t('affiliations', lang)}>
            <Lines lines={model.affiliations} lang={lang} />
          </Section>
        )}
        {model.figures.length > 0 && (
          <Section title={t('figures', lang)}>
            <ul class="lines">
              {model.figures.map((group) => (
                <FigureGroup key={group[0]?.kind} group={group} lang={lang} />
              ))}
            </ul>
          </Section>
        )}
        {model.timeline.length > 0 && (
          <Section title={t('timeline', lang)}>
            <ol class="timeline">
              {model.timeline.map((l) => (
                <li key={`${l.date}${l.text.en}`}>
                  <time>
                    <bdi>{l.date ? formatDate(l.date, lang) : ''}</bdi>
                  </time>{' '}
                  <span>{pick(l.text)}</span>
                  <Sources sources={l.sources} lang={lang} />
                </li>
              ))}
            </ol>
          </Section>
        )}
        {model.statements.length > 0 && (
          <Section title={t('facts', lang)}>
            <Lines lines={model.statements.slice(0, 4)} lang={lang} />
          </Section>
        )}
      </div>
    </div>
  );
}

/** The card's buttons; `chip` is the record type's label before them. */
function Tools(props: CardProps & { chip: preact.ComponentChildren }) {
  const { lang, pinned } = props;
  return (
    <div class="tools">
      {props.chip}
      {props.onTurnOffSite && (
        <button
          type="button"
          class="tool off-site"
          onClick={props.onTurnOffSite}
          title={t('turnOffSite', lang)}
        >
          ⏻<span class="sr">{t('turnOffSite', lang)}</span>
        </button>
      )}
      <button type="button" class="tool" onClick={props.onLang} lang={other(lang)}>
        {t('switchLang', lang)}
      </button>
      <button
        type="button"
        class="tool"
        aria-pressed={pinned}
        onClick={props.onPin}
        title={t(pinned ? 'unpin' : 'pin', lang)}
      >
        <PinIcon filled={pinned} />
        <span class="sr">{t(pinned ? 'unpin' : 'pin', lang)}</span>
      </button>
      <button type="button" class="tool close" onClick={props.onClose} title={t('close', lang)}>
        ×<span class="sr">{t('close', lang)}</span>
      </button>
    </div>
  );
}

/** A claim beside the record: what the text says, what is recorded, the verdict, the sources. */
export function ClaimBlock({ claim, lang }: { claim: ClaimView; lang: Lang }) {
  return (
    // Not a labelled section: that is a landmark, and a card with two claims had two alike.
    <div class={`claim verdict-${claim.verdict}`}>
      <h3>
        <span class="verdict">
          <span aria-hidden="true">{VERDICT_MARKERS[claim.verdict]}</span> {t(claim.verdict, lang)}
        </span>
        {' · '}
        {t(`kind_${claim.kind}`, lang)}
        {claim.subject && (
          <>
            {' · '}
            {t('claimOf', lang)} {claim.subject.label[lang]}
          </>
        )}
      </h3>
      <dl class="claim-values">
        <dt>{t('claimed', lang)}</dt>
        <dd class="claimed">
          <bdi>{claimValueText(claim.claimed, lang) || claim.text}</bdi>
        </dd>
        <dt>{t('recordedValue', lang)}</dt>
        <dd class="recorded">
          {claim.recorded.length === 0 && <span class="none">{t('nothingRecorded', lang)}</span>}
          {claim.recorded.map((r, i) => (
            <div key={i}>
              <bdi>{claimValueText(r.value, lang)}</bdi>
              <Sources sources={r.sources} lang={lang} />
            </div>
          ))}
        </dd>
      </dl>
      {claim.reason && <p class="note">{t(`reason_${claim.reason}`, lang)}</p>}
    </div>
  );
}

/** A pushpin drawn inline: emoji fonts are not on every machine. */
function PinIcon({ filled }: { filled: boolean }) {
  return (
    <svg width="14" height="14" viewBox="0 0 16 16" aria-hidden="true">
      <path
        d="M10.5 1.5 14.5 5.5 12 6.5 9.5 9 9.5 12.5 8 14 5.5 10.5 2 14 2 14 5.5 10.5 2 8 3.5 6.5 7 6.5 9.5 4Z"
        fill={filled ? 'currentColor' : 'none'}
        stroke="currentColor"
        stroke-width="1.2"
        stroke-linejoin="round"
      />
    </svg>
  );
}

function Section({ title, children }: { title: string; children: preact.ComponentChildren }) {
  return (
    <section>
      <h3>{title}</h3>
      {children}
    </section>
  );
}

function Lines({ lines, lang }: { lines: readonly Line[]; lang: Lang }) {
  return (
    <ul class="lines">
      {lines.map((l) => (
        <li
          key={l.text.en}
          class={l.contradictedBy ? 'contradicted' : l.status ? `status-${l.status}` : undefined}
        >
          {l.date && (
            <time>
              <bdi>{formatDate(l.date, lang)}</bdi>:{' '}
            </time>
          )}
          {l.contradictedBy && <span class="badge">{t('sourceSays', lang)}</span>}
          <span>{l.text[lang]}</span>
          <Sources sources={l.sources} lang={lang} />
          {l.contradictedBy && (
            <div class="contradicted-by">
              {t('contradictedBy', lang)} <Sources sources={l.contradictedBy} lang={lang} />
            </div>
          )}
        </li>
      ))}
    </ul>
  );
}

function FigureGroup({ group, lang }: { group: readonly FigureLine[]; lang: Lang }) {
  const differ = new Set(group.map((f) => `${f.qualifier}${f.value}`)).size > 1;
  return (
    <li class={differ ? 'differ' : undefined}>
      {differ && <span class="badge">{t('sourcesDisagree', lang)}</span>}
      {group.map((f) => (
        <div class="figure" key={`${f.qualifier}${f.value}${f.sources[0]?.title}`}>
          <bdi>
            {[qualifierWord(f.qualifier, lang), formatNumber(f.value, lang), f.unit[lang]]
              .filter(Boolean)
              .join(' ')}
          </bdi>
          {f.scope && <span class="scope"> — {f.scope[lang]}</span>}
          <Sources sources={f.sources} lang={lang} />
        </div>
      ))}
    </li>
  );
}

export function Sources({ sources, lang }: { sources: readonly SourceRef[]; lang: Lang }) {
  if (!sources.length) return null;
  return (
    <details class="sources">
      <summary>
        {t('sources', lang)} ({sources.length})
      </summary>
      <ul>
        {sources.map((s) => (
          <li key={`${s.title}${s.quote}`} class={`source-${s.kind}`}>
            <div class="src-head">
              <span class="outlet">
                {s.outlet ? s.outlet[lang] : t(s.kind === 'seed' ? 'seedOutlet' : 'unknownOutlet', lang)}
              </span>
              {s.date && (
                <>
                  {' · '}
                  <bdi>{formatDate(s.date, lang)}</bdi>
                </>
              )}
              {' · '}
              <span class={`tier tier-${s.tier}`}>{t(`tier_${s.tier}`, lang)}</span>
            </div>
            <div class="src-title">{s.url ? <bdi>{s.title}</bdi> : s.title}</div>
            {s.url && (
              <div class="src-url" dir="ltr">
                {/^https?:\/\//i.test(s.url) ? (
                  <a href={s.url} target="_blank" rel="noopener noreferrer">
                    <bdi>{s.url}</bdi>
                  </a>
                ) : (
                  <bdi>{s.url}</bdi>
                )}
              </div>
            )}
            <blockquote dir="auto">«{s.quote}»</blockquote>
          </li>
        ))}
      </ul>
    </details>
  );
}
