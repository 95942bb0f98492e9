// A person who has chosen no time zone gets the browser's: the header's hidden form
// (#browser-zone, with its CSRF token) is sent once, as a plain urlencoded form. When the
// zone was stored and differs from UTC, the page loads again to show its times in it,
// unless the person has already started typing.
(function () {
  var form = document.getElementById('browser-zone');
  var zone = window.Intl && Intl.DateTimeFormat().resolvedOptions().timeZone;
  if (!form || !zone || sessionStorage.getItem('firebreak.zoneSent') === zone) {
    return;
  }
  sessionStorage.setItem('firebreak.zoneSent', zone);
  var typed = false;
  document.addEventListener('input', function () { typed = true; });
  form.elements.timeZone.value = zone;
  fetch(form.action, {
    method: 'POST',
    credentials: 'same-origin',
    headers: { 'Content-Type': 'application/x-www-form-urlencoded' },
    body: new URLSearchParams(new FormData(form))
  }).then(function (response) {
    return response.ok ? response.json() : null;
  }).then(function (answer) {
    if (answer && answer.reload && !typed) {
      window.location.reload();
    }
  }).catch(function () { });
})();
