/** Fixture pages for the end-to-end tests: seed articles and hostile cases. */
import { join } from 'node:path';
import { seedPage } from '../../src/demo/pages';
import { diskFactBase } from '../support/facts';

const page = (body: string, head = '') =>
  `<!doctype html><html lang="ar" dir="rtl"><head><meta charset="utf-8"><title>اختبار</title>${head}</head><body>${body}</body></html>`;

/** The notes page's paragraphs; tests edit them. */
export const NOTES_PARAGRAPHS = [
  'قال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار الاستراتيجي مع الولايات المتحدة مستمر.',
  'وأضاف أن القوات القتالية الأميركية ستغادر العراق بحلول نهاية العام، وأن التعاون سيستمر في التدريب.',
  'من جهتها، أعلنت كتائب حزب الله أنها ستواصل عملياتها.',
];
export const notesPage = (paragraphs: readonly string[]) =>
  page(
    `<article>${paragraphs.map((p) => `<p>${p}</p>`).join('\n')}</article>`,
    `<meta property="article:published_time" content="2021-07-26T10:00:00Z">`,
  );

export function fixturePages(): Map<string, string> {
  const base = diskFactBase();
  const pages = new Map<string, string>();
  for (const s of base.sources.values()) {
    if (s.kind === 'seed') {
      const p = seedPage(s, join(import.meta.dirname, '../../src/facts/seeds'));
      pages.set(p.path, p.html);
    }
  }
  pages.set(
    '/dated.html',
    page(
      `<article><h1>خبر</h1><p id="p1">قال رئيس الوزراء السابق <b>مصطفى</b> <i>الكاظمي</i> إن الحوار مستمر.</p>
       <p id="p2">وأعلنت كتائب حزب الله مسؤوليتها.</p></article>`,
      `<script type="application/ld+json">{"@context":"https://schema.org","@type":"NewsArticle","datePublished":"2024-01-25T09:00:00Z"}</script>`,
    ),
  );
  // A page a reader notes; the test then serves edited versions of it at the same address.
  pages.set('/notes.html', notesPage(NOTES_PARAGRAPHS));
  // A client-side app: the first article is dated 2021; the test navigates to one dated 2024.
  pages.set(
    '/spa.html',
    page(
      `<article id="app"><p id="role">وقال رئيس الوزراء العراقي مصطفى الكاظمي إن الحوار مستمر.</p></article>`,
      `<meta property="article:published_time" content="2021-04-08T10:00:00Z">`,
    ),
  );
  // One true and one false claim about the same vote, in an article dated 8 April 2021.
  pages.set(
    '/claims.html',
    page(
      `<article><h1>البرلمان والقوات الأجنبية</h1>
       <p id="true">وكان البرلمان العراقي قد صوت في 5 يناير/كانون الثاني 2020 على قرار يتضمن إخراج القوات الأجنبية من البلاد.</p>
       <p id="false">وذكر بيان أن البرلمان العراقي صوت في 6 يناير/كانون الثاني 2020 على القرار ذاته.</p></article>`,
      `<meta property="article:published_time" content="2021-04-08T10:00:00Z">`,
    ),
  );
  pages.set(
    '/hostile.html',
    page(`<article>
      <p id="plain">التقى فؤاد حسين نظيره الإسباني.</p>
      <div id="editable" contenteditable="true">مصطفى الكاظمي في مكان قابل للتحرير</div>
      <form><input id="field" value="قيس الخزعلي"><textarea id="area">هادي العامري</textarea></form>
      <pre><code>لويد أوستن</code></pre>
      <div id="host"></div>
      <iframe id="frame" srcdoc="&lt;p&gt;نيد برايس في إطار&lt;/p&gt;"></iframe>
      <script>
        document.getElementById('host').attachShadow({ mode: 'open' }).innerHTML = '<p>جواد الطليباوي في ظل</p>';
      </script>
    </article>`),
  );
  pages.set(
    '/rerender.html',
    page(`<div id="app"><p>قال هادي العامري إن الحشد الشعبي باق.</p></div>
      <script>
        // A framework-style re-render: the whole subtree is replaced.
        setTimeout(() => {
          const app = document.getElementById('app');
          const p = document.createElement('p');
          p.textContent = 'وقال لويد أوستن إن القوات الأميركية سترد.';
          app.replaceChildren(p);
          document.body.dataset.rerendered = '1';
        }, 800);
      </script>`),
  );
  pages.set(
    '/live.html',
    page(`<main id="feed"><p>تغطية مباشرة: قصف قاعدة عين الأسد.</p></main>
      <script>
        const lines = ['قال جعفر الحسيني إن العمليات ستستمر.', 'ورد البنتاغون ببيان.', 'وعلّق قاسم الأعرجي على الضربات.'];
        let i = 0;
        const timer = setInterval(() => {
          const p = document.createElement('p');
          p.textContent = lines[i++];
          document.getElementById('feed').append(p);
          if (i === lines.length) { clearInterval(timer); document.body.dataset.done = '1'; }
        }, 400);
      </script>`),
  );
  // A long page: 300 paragraphs, a distinct name at the start, in the middle and at the end.
  const filler = 'وقال مسؤول في الحكومة العراقية إن الحوار مع الولايات المتحدة مستمر في بغداد.';
  pages.set(
    '/long.html',
    page(
      `<article><p id="first">التقى فؤاد حسين نظيره في واشنطن.</p>${'<p>'.concat(filler, '</p>').repeat(150)}<p id="middle">وقال قاسم الأعرجي ذلك.</p>${'<p>'.concat(filler, '</p>').repeat(150)}<p id="last">وأعلن جعفر الحسيني ذلك.</p></article>`,
    ),
  );
  // Names at three depths: in a paragraph, in inline elements nested in one, in an open shadow root.
  pages.set(
    '/nested.html',
    page(
      `<article style="font-size:24px"><p>${NESTED_NAMES[0]} في بغداد.</p>
       <p>وقال <span><b><a href="#x">${NESTED_NAMES[1]}</a></b></span> ذلك.</p>
       <div id="host"></div></article>
       <script>
         const p = document.createElement('p');
         p.textContent = 'وأعلن ${NESTED_NAMES[2]} ذلك.';
         document.getElementById('host').attachShadow({ mode: 'open' }).append(p);
       </script>`,
    ),
  );
  return pages;
}

/** The names of /nested.html, outermost first: people, all painted with the person highlight. */
export const NESTED_NAMES = ['فؤاد حسين', 'قاسم الأعرجي', 'جعفر الحسيني'] as const;

/** Hostile-page elements whose DOM and text must not change. */
export const UNTOUCHED = ['#editable', '#field', '#area', 'pre', '#host', '#frame'];
