/* global document, MutationObserver */
// tansiq docs site: additions to TypeDoc's default theme (loaded on every page).
//
// TypeDoc's navigation puts the link of a module that has children inside the <summary> that
// opens and closes it: a link inside a button, which screen readers and keyboards handle badly
// (axe: nested-interactive). Each such link is moved next to its <details> (laid over the summary
// row by site.css), and the summary, left with the arrow only, is labelled.
(function () {
  'use strict';
  function split(root) {
    var links = root.querySelectorAll('summary.tsd-accordion-summary > a');
    for (var i = 0; i < links.length; i += 1) {
      var link = links[i];
      var summary = link.parentElement;
      var details = summary.parentElement;
      var item = details.parentElement;
      if (!item) continue;
      summary.setAttribute('aria-label', 'Show or hide the contents of ' + link.textContent.trim());
      item.classList.add('tq-nav-split');
      item.insertBefore(link, details);
    }
  }
  new MutationObserver(function () {
    split(document);
  }).observe(document.documentElement, { childList: true, subtree: true });
  document.addEventListener('DOMContentLoaded', function () {
    split(document);
  });
})();
