/*
 * htmx refreshes parts of some pages (My work, every 30 seconds). When the session has
 * ended, the refresh is refused with 401: reload the page, which leads to the sign-in
 * form and back here afterwards, instead of leaving a stale list on screen.
 */
document.addEventListener('htmx:responseError', function (event) {
  if (event.detail.xhr && event.detail.xhr.status === 401) {
    window.location.reload();
  }
});
