/**
 * The script the preview adds to the pages it serves, never to a built report. It listens to
 * the server's events. When a new build changed only some of the report's sections (a chapter
 * edit), the event carries them and the script swaps them in. Otherwise it fetches the page and
 * replaces only the parts of the body that differ, down to the sections. Either way the scroll
 * position and the contents' folding stay as they were: quicker than a reload, and the page does
 * not jump. Moving between a report and the error page reloads, since their styles differ.
 */

/** Where the server sends its events. */
export const EVENTS_PATH = '/__vdr/events';

/** Where the last report that was built is served while the current build has errors. */
export const LAST_GOOD_PATH = '/__vdr/last-good';

/** What a page is: the current report, the error page, or the last good report. */
export type PageKind = 'report' | 'error' | 'last-good';

export const CLIENT_SCRIPT =
  "(function(){var s=document.getElementById('vdr-preview');if(!s||!window.EventSource||!window.fetch)return;" +
  "var kind=s.getAttribute('data-kind'),build=s.getAttribute('data-build'),asked=0;" +
  "function done(b){build=b;s.setAttribute('data-build',b)}" +
  "function keep(f){var x=scrollX,y=scrollY;f();scrollTo(x,y)}" +
  // Replaces what differs, down to the report's sections: the rest keeps its layout.
  "function patch(a,b,depth){if(a.isEqualNode(b))return;var x=[].slice.call(a.childNodes),y=[].slice.call(b.childNodes);" +
  "if(depth<3&&x.length===y.length&&a.cloneNode(false).isEqualNode(b.cloneNode(false))){for(var i=0;i<x.length;i++)patch(x[i],y[i],depth+1)}else a.replaceWith(b)}" +
  "function whole(){var ticket=++asked;fetch('/',{cache:'no-store'}).then(function(r){return r.text()}).then(function(text){" +
  "if(ticket!==asked)return;var doc=new DOMParser().parseFromString(text,'text/html'),n=doc.getElementById('vdr-preview');" +
  "if(!n||n.getAttribute('data-kind')!=='report'){location.reload();return}done(n.getAttribute('data-build'));" +
  "var a=document.getElementById('sidebar-toggle'),b=doc.getElementById('sidebar-toggle');if(a&&b)b.open=a.open;" +
  "document.title=doc.title;keep(function(){patch(document.body,doc.body,0)})}).catch(function(){location.reload()})}" +
  `new EventSource('${EVENTS_PATH}').addEventListener('build',function(e){var next=JSON.parse(e.data);` +
  "if(next.build===build)return;" +
  "if(kind==='last-good'){if(next.kind==='report')location.replace('/');return}" +
  "if(kind!=='report'||next.kind!=='report'){location.reload();return}" +
  // Only sections changed since the build shown: swap them in from the event itself.
  "if(next.parts&&next.base===build&&next.parts.every(function(p){return document.getElementById(p.id)})){++asked;" +
  "keep(function(){next.parts.forEach(function(p){document.getElementById(p.id).outerHTML=p.html})});done(next.build);return}" +
  "whole()})})();";

const attribute = (text: string): string => text.replace(/&/g, '&amp;').replace(/"/g, '&quot;');

/**
 * A page with the preview's script at the end of its head.
 *
 * @param html
 *   A whole HTML file (a report or the error page).
 * @param page
 *   What the page is, and the build it comes from.
 */
export function withClient(html: string, page: { kind: PageKind; build: string }): string {
  const tag = `<script id="vdr-preview" data-kind="${page.kind}" data-build="${attribute(page.build)}">${CLIENT_SCRIPT}</script>`;
  const at = html.indexOf('</head>');
  return at < 0 ? `${tag}${html}` : `${html.slice(0, at)}${tag}${html.slice(at)}`;
}
