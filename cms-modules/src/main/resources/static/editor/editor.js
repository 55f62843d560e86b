// Progressive enhancement of the edit form's language sections into ARIA tabs. Without JavaScript the sections
// stay one below the other and the tab list is a list of links to them.
(function () {
  'use strict';
  document.addEventListener('DOMContentLoaded', function () {
    var nav = document.querySelector('.tab-list');
    if (!nav) { return; }
    var list = nav.querySelector('ul');
    var links = Array.prototype.slice.call(nav.querySelectorAll('a'));
    var panels = links.map(function (link) { return document.getElementById(link.hash.substring(1)); });
    if (panels.some(function (panel) { return !panel; })) { return; }
    list.setAttribute('role', 'tablist');
    function select(index, focus) {
      links.forEach(function (link, i) {
        var selected = i === index;
        link.setAttribute('aria-selected', selected ? 'true' : 'false');
        link.tabIndex = selected ? 0 : -1;
        panels[i].hidden = !selected;
      });
      if (focus) { links[index].focus(); }
    }
    links.forEach(function (link, i) {
      link.parentElement.setAttribute('role', 'presentation');
      link.setAttribute('role', 'tab');
      link.id = link.id || 'tab-' + panels[i].id;
      link.setAttribute('aria-controls', panels[i].id);
      panels[i].setAttribute('role', 'tabpanel');
      panels[i].setAttribute('aria-labelledby', link.id);
      link.addEventListener('click', function (event) { event.preventDefault(); select(i, false); });
      link.addEventListener('keydown', function (event) {
        var next = { ArrowRight: i + 1, ArrowLeft: i - 1, Home: 0, End: links.length - 1 }[event.key];
        if (next === undefined) { return; }
        if (document.dir === 'rtl' && (event.key === 'ArrowRight' || event.key === 'ArrowLeft')) { next = 2 * i - next; }
        event.preventDefault();
        select((next + links.length) % links.length, true);
      });
    });
    // Show the tab with the first error, or the one the address names, else the first.
    var error = document.querySelector('.tab-panel .field-error');
    var start = panels.indexOf(error ? error.closest('.tab-panel') : document.getElementById(location.hash.substring(1)));
    select(start < 0 ? 0 : start, false);
    // Links of the error summary open the tab their field is in.
    document.querySelectorAll('.error-summary a[href^="#"]').forEach(function (link) {
      link.addEventListener('click', function () {
        var target = document.getElementById(link.hash.substring(1));
        var panel = target && target.closest('.tab-panel');
        if (panel) { select(panels.indexOf(panel), false); }
      });
    });
  });
}());
