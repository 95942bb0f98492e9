/*
 * Live pages (docs/adr/0012-live-pages-by-polling.md). A page that carries
 * data-live-url asks that cheap address every few seconds whether anything changed; only
 * when the version differs does it fetch itself again and swap each element marked
 * data-live-region for its new copy. A region holding the focused field, a field the
 * person changed, or a form they opened is left alone until they are done, so that
 * nothing they type is lost. The timeline counts its new entries in a visible hint.
 */
(function () {
  'use strict';

  var page = document.querySelector('[data-live-url]');
  if (!page) {
    return;
  }
  var url = page.getAttribute('data-live-url');
  var every = parseInt(page.getAttribute('data-live-every') || '3000', 10);
  // clocks ("47 min left") move without any change: refresh at least this often
  var atLeast = 60000;
  var reloadAfter = parseInt(page.getAttribute('data-live-reload') || '0', 10);
  // the version the page was rendered at
  var seen = page.getAttribute('data-live-version');
  var refreshedAt = Date.now();
  var newEntries = 0;

  function isField(element) {
    return element && /^(INPUT|TEXTAREA|SELECT)$/.test(element.tagName);
  }

  function changed(field) {
    if (field.tagName === 'SELECT') {
      return Array.prototype.some.call(field.options, function (option) {
        return option.selected !== option.defaultSelected;
      });
    }
    if (field.type === 'checkbox' || field.type === 'radio') {
      return field.checked !== field.defaultChecked;
    }
    if (field.type === 'hidden' || field.type === 'submit') {
      return false;
    }
    return field.value !== field.defaultValue;
  }

  /** Whether the person is at work in the region: swapping it would lose that. */
  function inUse(region) {
    if (isField(document.activeElement) && region.contains(document.activeElement)) {
      return true;
    }
    if (region.querySelector('details[open]:not([data-server-open])')) {
      return true;
    }
    return Array.prototype.some.call(region.querySelectorAll('input, textarea, select'), changed);
  }

  function entryCount(root) {
    var timeline = root.querySelector('#timeline-entries');
    return timeline ? timeline.children.length : 0;
  }

  function showNews(count) {
    var hint = document.getElementById('timeline-news');
    if (!hint || count <= 0) {
      return;
    }
    newEntries += count;
    hint.querySelector('a').textContent = newEntries === 1 ? '1 new entry' : newEntries + ' new entries';
    hint.hidden = false;
  }

  function markNew(count) {
    var timeline = document.getElementById('timeline-entries');
    if (!timeline) {
      return;
    }
    var items = timeline.children;
    for (var i = Math.max(0, items.length - count); i < items.length; i++) {
      items[i].classList.add('new-entry');
    }
  }

  function swap(html) {
    var fresh = new DOMParser().parseFromString(html, 'text/html');
    var complete = true;
    document.querySelectorAll('[data-live-region]').forEach(function (region) {
      var replacement = fresh.getElementById(region.id);
      if (!replacement) {
        return;
      }
      if (inUse(region)) {
        complete = false;
        return;
      }
      var before = entryCount(region);
      region.replaceWith(document.importNode(replacement, true));
      var added = entryCount(replacement) - before;
      if (added > 0 && before > 0) {
        markNew(added);
        showNews(added);
      }
    });
    document.dispatchEvent(new CustomEvent('live:swapped'));
    return complete;
  }

  function refresh(version) {
    return fetch(window.location.href, { credentials: 'same-origin', headers: { 'X-Live': 'true' } })
      .then(function (response) {
        if (!response.ok) {
          throw new Error('refresh answered ' + response.status);
        }
        return response.text();
      })
      .then(function (html) {
        refreshedAt = Date.now();
        // a region left alone is swapped at the next look
        if (swap(html)) {
          seen = version;
        }
      });
  }

  function poll() {
    if (reloadAfter > 0 && Date.now() - refreshedAt > reloadAfter && !document.querySelector(':focus')) {
      window.location.reload();
      return;
    }
    fetch(url, { credentials: 'same-origin', headers: { Accept: 'application/json' } })
      .then(function (response) {
        if (response.status === 401) {
          // the session ended: the sign-in page leads back here
          window.location.reload();
        }
        if (!response.ok) {
          throw new Error('live version answered ' + response.status);
        }
        return response.json();
      })
      .then(function (answer) {
        if (answer.version !== seen || Date.now() - refreshedAt > atLeast) {
          return refresh(answer.version);
        }
        return null;
      })
      .catch(function () {
        // a node restarting or the network gone for a moment: try again at the next tick
      })
      .then(function () {
        window.setTimeout(poll, every);
      });
  }

  var hint = document.getElementById('timeline-news');
  if (hint) {
    hint.querySelector('a').addEventListener('click', function () {
      newEntries = 0;
      hint.hidden = true;
    });
  }
  document.querySelectorAll('details[open]').forEach(function (details) {
    details.setAttribute('data-server-open', '');
  });
  page.setAttribute('data-live-ready', 'true');
  window.setTimeout(poll, every);
})();
