// The header's search box: shows the matching incidents under the box as the person types.
// Without this script the box is a plain GET form to /search, which lists the same matches.
(function () {
  'use strict';
  var form = document.getElementById('site-search');
  if (!form) {
    return;
  }
  var input = document.getElementById('site-search-q');
  var box = document.getElementById('site-search-suggestions');
  var url = form.getAttribute('data-suggestions');
  var timer = null;
  var asked = 0;

  function close() {
    box.hidden = true;
    box.innerHTML = '';
    input.setAttribute('aria-expanded', 'false');
  }

  function links() {
    return Array.prototype.slice.call(box.querySelectorAll('a'));
  }

  function suggest() {
    var q = input.value.trim();
    if (q === '') {
      close();
      return;
    }
    // only the answer to the latest keystroke is shown, whatever order answers arrive in
    var mine = ++asked;
    fetch(url + '?q=' + encodeURIComponent(q), { headers: { 'Accept': 'text/html' }, credentials: 'same-origin' })
      .then(function (response) { return response.ok ? response.text() : null; })
      .then(function (html) {
        if (mine !== asked || html === null) {
          return;
        }
        // the fragment is rendered and escaped by the server
        box.innerHTML = html;
        box.hidden = false;
        input.setAttribute('aria-expanded', 'true');
      })
      .catch(function () { /* the form still works without suggestions */ });
  }

  input.addEventListener('input', function () {
    clearTimeout(timer);
    timer = setTimeout(suggest, 200);
  });
  input.addEventListener('keydown', function (event) {
    if (event.key === 'ArrowDown' && !box.hidden && links().length > 0) {
      event.preventDefault();
      links()[0].focus();
    } else if (event.key === 'Escape') {
      close();
    }
  });
  box.addEventListener('keydown', function (event) {
    var all = links();
    var at = all.indexOf(document.activeElement);
    if (event.key === 'ArrowDown' && at < all.length - 1) {
      event.preventDefault();
      all[at + 1].focus();
    } else if (event.key === 'ArrowUp') {
      event.preventDefault();
      (at > 0 ? all[at - 1] : input).focus();
    } else if (event.key === 'Escape') {
      close();
      input.focus();
    }
  });
  document.addEventListener('click', function (event) {
    if (!form.contains(event.target)) {
      close();
    }
  });
}());
