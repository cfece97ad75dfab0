/**
 * The report's only script, in two parts:
 * 1. it folds the contents above the report on a narrow screen and keeps them open beside it on a
 *    wide one; without it (scripts off, or a mail client) the contents simply stay open;
 * 2. a click on a figure's or table's data link (`a[data-rows]`, html/downloads.ts) saves that
 *    figure's rows as a CSV file of its own: it reads the whole edition's CSV from the `data:`
 *    URL of the link to all the data (once), splits it into records (a line break inside quotes
 *    stays in its field), and saves the header and the records `data-rows` names as a blob made
 *    on the spot. Without it, the link leads to the whole edition's link, which needs no script.
 * Tests check that it is the only script in the file, byte for byte.
 */
export const NAV_SCRIPT =
  "(function(){var d=document.getElementById('sidebar-toggle');if(!d||!window.matchMedia)return;" +
  "var m=window.matchMedia('(max-width: 63.99em)');function f(){d.open=!m.matches}f();" +
  "if(m.addEventListener)m.addEventListener('change',f)})();" +
  '(function(){var r;document.addEventListener(\'click\',function(e){' +
  "var a=e.target&&e.target.closest?e.target.closest('a[data-rows]'):null,w=document.getElementById('data-download-all');" +
  'if(!a||!w||!window.Blob||!window.URL||!URL.createObjectURL)return;' +
  "if(!r){var h=w.getAttribute('href'),t=decodeURIComponent(h.slice(h.indexOf(',')+1)),q=false,s=0,i,c;r=[];" +
  'for(i=0;i<t.length;i++){c=t.charCodeAt(i);if(c===34)q=!q;else if(c===10&&!q){r.push(t.slice(s,i+1));s=i+1}}}' +
  "var n=a.getAttribute('data-rows').split(' '),u=URL.createObjectURL(new Blob([r[0]].concat(r.slice(+n[0],+n[1])),{type:'text/csv;charset=utf-8'})),l=document.createElement('a');" +
  "l.href=u;l.download=a.getAttribute('data-file')||'data.csv';document.body.appendChild(l);l.click();l.remove();" +
  'setTimeout(function(){URL.revokeObjectURL(u)},60000);e.preventDefault()})})();';
