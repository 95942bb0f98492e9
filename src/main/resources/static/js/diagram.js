/*
 * The incident route on the incident page: draws the BPMN (served to signed-in people at
 * the URL in data-diagram-url) with the bpmn-js viewer and outlines the element named in
 * data-highlight, the incident's current step. The page names that step in text as well,
 * so nothing depends on this script or on colour. When live.js swaps in a new current
 * step (#current-step, which carries the element too), the outline moves to it.
 */
(function () {
  'use strict';
  var container = document.getElementById('diagram');
  if (!container || typeof window.BpmnJS !== 'function') {
    return;
  }
  var loading = container.querySelector('.diagram-loading');
  var viewer = new window.BpmnJS({ container: container });

  fetch(container.getAttribute('data-diagram-url'), {
    credentials: 'same-origin',
    headers: { Accept: 'application/xml' }
  })
    .then(function (response) {
      if (!response.ok) {
        throw new Error('the server answered ' + response.status);
      }
      return response.text();
    })
    .then(function (xml) {
      return viewer.importXML(xml);
    })
    .then(function () {
      var canvas = viewer.get('canvas');
      canvas.zoom('fit-viewport', 'auto');
      var current = container.getAttribute('data-highlight');
      if (current) {
        canvas.addMarker(current, 'highlight');
      }
      document.addEventListener('live:swapped', function () {
        var step = document.getElementById('current-step');
        var next = step && step.getAttribute('data-highlight');
        if (next && next !== current) {
          if (current) {
            canvas.removeMarker(current, 'highlight');
          }
          canvas.addMarker(next, 'highlight');
          current = next;
          container.setAttribute('data-highlight', next);
        }
      });
      if (loading) {
        loading.remove();
      }
      container.classList.add('loaded');
      // a phone turned sideways, a window made narrower: fit the route again
      var pending;
      window.addEventListener('resize', function () {
        clearTimeout(pending);
        pending = setTimeout(function () {
          canvas.resized();
          canvas.zoom('fit-viewport', 'auto');
        }, 100);
      });
    })
    .catch(function (error) {
      if (loading) {
        loading.textContent = 'The diagram could not be shown (' + error.message + '). The current step is named above.';
      }
    });
})();
