/*
 * Buttons that start slow work (reporting, completing a stage, an export, a probe test)
 * carry data-busy with what to say while it runs. When their form is sent, the button
 * says so, is marked aria-busy, and the form is not sent a second time: a double click
 * on a slow page would otherwise report or complete twice. The button is not disabled,
 * because a disabled button's name and value would not be sent with the form.
 */
(function () {
  'use strict';
  document.addEventListener('submit', function (event) {
    var form = event.target;
    if (form.getAttribute('data-sending') === 'true') {
      event.preventDefault();
      return;
    }
    var button = event.submitter;
    if (!button || !button.hasAttribute('data-busy') || event.defaultPrevented) {
      return;
    }
    form.setAttribute('data-sending', 'true');
    button.setAttribute('data-idle', button.textContent);
    button.textContent = button.getAttribute('data-busy');
    button.setAttribute('aria-busy', 'true');
    button.setAttribute('aria-disabled', 'true');
  });
  // Back to the page from the browser's cache: the buttons work again.
  window.addEventListener('pageshow', function () {
    Array.prototype.forEach.call(document.querySelectorAll('button[aria-busy="true"]'), function (button) {
      button.textContent = button.getAttribute('data-idle');
      button.removeAttribute('aria-busy');
      button.removeAttribute('aria-disabled');
      button.form.removeAttribute('data-sending');
    });
  });
})();
