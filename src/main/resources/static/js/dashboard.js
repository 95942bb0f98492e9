/*
 * Draws the open-incidents chart from the figures the server put in data-chart. The table
 * under it holds the same figures, so the chart only adds a picture. Drawn again when
 * live.js swaps in a new copy of its region.
 */
(function () {
  'use strict';
  function draw() {
  var canvas = document.getElementById('open-chart');
  if (!canvas || typeof window.Chart !== 'function' || window.Chart.getChart(canvas)) {
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
  }
  draw();
  document.addEventListener('live:swapped', draw);
})();

/*
 * Draws the trend charts (MTTA, MTTR, opened and resolved) from data-chart: the type, the
 * labels and the datasets as the server computed them. Each has its table below it.
 */
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') {
    return;
  }
  // Colour pairs told apart by shape too: lines get point markers, the second dataset dashes.
  var colours = ['#0a58ca', '#1a7f37'];
  Array.prototype.forEach.call(document.querySelectorAll('canvas.trend-chart'), function (canvas) {
    var chart = JSON.parse(canvas.getAttribute('data-chart'));
    new window.Chart(canvas, {
      type: chart.type,
      data: {
        labels: chart.labels,
        datasets: chart.datasets.map(function (dataset, i) {
          return {
            label: dataset.label,
            data: dataset.data,
            backgroundColor: colours[i % colours.length],
            borderColor: colours[i % colours.length],
            borderDash: i === 1 ? [6, 4] : [],
            pointStyle: i === 1 ? 'rectRot' : 'circle',
            pointRadius: 4,
            spanGaps: false
          };
        })
      },
      options: {
        maintainAspectRatio: false,
        animation: false,
        scales: { y: { beginAtZero: true, ticks: { precision: chart.type === 'bar' ? 0 : undefined } } }
      }
    });
  });
})();
