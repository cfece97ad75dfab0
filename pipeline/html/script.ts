/**
 * The report's only script: it folds the contents above the report on a narrow screen and keeps
 * them open beside it on a wide one. Without it (scripts off, or a mail client) the contents
 * simply stay open. Tests check that it is the only script in the file, byte for byte.
 */
export const NAV_SCRIPT =
  "(function(){var d=document.getElementById('sidebar-toggle');if(!d||!window.matchMedia)return;" +
  "var m=window.matchMedia('(max-width: 63.99em)');function f(){d.open=!m.matches}f();" +
  "if(m.addEventListener)m.addEventListener('change',f)})();";
