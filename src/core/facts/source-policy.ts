/**
 * The fact base's source policy (docs/source-policy.md), as checks: sources an
 * editor would not accept are denied outright; Wikipedia (tier 3) may support a
 * fact but never alone for a date, a figure or a role span; quotes are prose,
 * not infobox fields. `policyProblems` lists every breach, with where it is.
 */
import { allCitations, type FactBase } from './factbase';
import type { Citation, FactRecord, Source } from './schema';

/**
 * Hosts whose pages are never a source: copies and mirrors of Wikipedia, AI-written encyclopedias,
 * SEO and aggregator sites, blogs. A host matches itself and its subdomains.
 */
export const DENIED_HOSTS: readonly string[] = [
  // Wikipedia mirrors and copies
  'wikizero.net',
  'owiki.org',
  'wiki.gudq.com',
  'wiki.gravy.cc',
  'haohe.fun',
  'wikipedia-on-ipfs.org',
  'enwikipedia.net',
  'encycloreader.org',
  'wiki.li',
  'nina.az',
  'search.com.vn',
  'jogjaprov.go.id',
  'wiki.alquds.edu',
  'wiktionary.org',
  // AI-written encyclopedias and pages on hosting domains
  'up.railway.app',
  'akarinohon.com',
  // SEO, listicle and trivia sites
  'reference.com',
  'who2.com',
  'thisdaystory.com',
  'clateway.com',
  'revoladies.com',
  'packagepavement.com',
  'worldreportnow.com',
  'reportfocusnews.com',
  'pledgetimes.com',
  'gktoday.in',
  'tarekgara.com',
  'waradana.com',
  'sensoragencia.com',
  'saymar.org',
  'hozint.com',
  'mediabiasfactcheck.com',
  // Aggregators and reprints
  'onenewspage.com',
  'inkl.com',
  'pressreader.com',
  'urdupoint.com',
  'develop.reviewjournal.com',
  'accessvt.org',
  // Blogs and advocacy sites
  'wordpress.com',
  'blogspot.com',
  'foreignpolicyblogs.com',
  'americanmideast.com',
  'alethonews.com',
  'cufi.org',
];

/** The host of a source's address, without «www.». */
export const hostOf = (url: string): string => {
  try {
    return new URL(url).hostname.replace(/^www\./, '');
  } catch {
    return '';
  }
};

export const isDenied = (url: string): boolean => {
  const host = hostOf(url);
  return DENIED_HOSTS.some((d) => host === d || host.endsWith(`.${d}`));
};

/** Reference works: tier 3 whatever the source entry says. */
const REFERENCE_HOSTS = ['wikipedia.org', 'britannica.com', 'globalsecurity.org'];
const isReference = (url: string) => {
  const host = hostOf(url);
  return REFERENCE_HOSTS.some((d) => host === d || host.endsWith(`.${d}`));
};

/**
 * «Term Start2: 5 December 2003», «| office = Prime Minister», «Total: 638,327 votes»: a scraped
 * infobox field (a short label, a short value), not prose. «At 12:15 a.m. …» is prose.
 */
const INFOBOX = /^\s*(?:\|\s*)?[A-Za-z][A-Za-z_ ]{0,30}\d?\s*[:=]\s*[^\s:=].{0,40}$/;

export function policyProblems(base: FactBase): string[] {
  const problems: string[] = [];
  const sources = base.sources;
  for (const s of sources.values()) {
    if (s.kind === 'web' && !s.url) problems.push(`source ${s.id}: a web source needs its url`);
    if (s.url && isDenied(s.url)) problems.push(`source ${s.id}: ${hostOf(s.url)} is on the deny list`);
    if (s.url && isReference(s.url) && s.tier !== 3)
      problems.push(`source ${s.id}: ${hostOf(s.url)} is a reference work (tier 3), not tier ${s.tier}`);
  }
  const tierOf = (c: Citation): Source['tier'] => sources.get(c.source)?.tier ?? 3;
  /** A date, figure or role span needs one source above tier 3. */
  const notOnTier3Alone = (r: FactRecord, cites: readonly Citation[] | undefined, where: string) => {
    if (cites?.length && cites.every((c) => tierOf(c) === 3))
      problems.push(`${r.id}: ${where} rests on tier-3 sources alone`);
  };
  for (const r of base.records.values()) {
    r.roles?.forEach((x, i) => {
      if (x.start || x.end) notOnTier3Alone(r, x.cite, `roles[${i}] (its span)`);
    });
    r.relations?.forEach((x, i) => {
      if (x.start || x.end) notOnTier3Alone(r, x.cite, `relations[${i}] (its span)`);
    });
    r.statements?.forEach((x, i) => {
      if (x.date) notOnTier3Alone(r, x.cite, `statements[${i}] (its date)`);
    });
    r.figures?.forEach((x, i) => notOnTier3Alone(r, x.cite, `figures[${i}]`));
    if (r.type === 'event') {
      notOnTier3Alone(r, r.cite, 'cite (the event date)');
      if (r.places.length && !r.placesCite?.length)
        problems.push(`${r.id}: placesCite: where it happened cites no source`);
      r.participants.forEach((p, i) => {
        if (!p.cite?.length) problems.push(`${r.id}: participants[${i}] (${p.id}): cites no source`);
      });
    }
    if (!r.descriptionCite?.length)
      problems.push(`${r.id}: descriptionCite: the description cites no source`);
    if (r.wikidata === null && !r.noWikidata)
      problems.push(`${r.id}: noWikidata: wikidata is null and nothing says why`);
    for (const { citation: c, where } of allCitations(r)) {
      if (INFOBOX.test(c.quote))
        problems.push(`${r.id}: ${where}: the quote from ${c.source} is an infobox field: «${c.quote}»`);
    }
  }
  return problems;
}
