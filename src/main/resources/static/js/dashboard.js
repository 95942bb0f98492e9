/*
 * Draws the open-incidents chart from the figures the server put in data-chart. The table
 * under it holds the same figures, so the chart only adds a picture.
 */
(function () {
  'use strict';
  var canvas = document.getElementById('open-chart');
  if (!canvas || typeof window.Chart !== 'function') {
    return;
  }
  var data = JSON.parse(canvas.getAttribute('data-chart'));
  // Priority colours as on the badges; the legend names each priority in words.
  var colours = { P1: '#a40e0e', P2: '#d1490a', P3: '#5b8def', P4: '#9aa4ae' };
  new window.Chart(canvas, {
    type: 'bar',
    data: {
      labels: data.teams,
      datasets: data.priorities.map(function (priority) {
        return {
          label: priority,
          backgroundColor: colours[priority],
          data: data.teams.map(function (team) { return data.counts[team][priority] || 0; })
        };
      })
    },
    options: {
      maintainAspectRatio: false,
      maxBarThickness: 90,
      animation: false,
      scales: {
        x: { stacked: true },
        y: { stacked: true, beginAtZero: true, ticks: { precision: 0 } }
      }
    }
  });
})();
