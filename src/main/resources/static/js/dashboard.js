/*
 * Draws the dashboard's charts from the figures the server put in data-chart. The tables
 * under "Show the figures" hold the same figures, so a chart only adds a picture. A bar
 * or point opens the list of the incidents behind it (data-chart's links, computed by the
 * server); the figures in the tables link to the same lists, for keyboards. Every chart
 * is drawn again when live.js swaps in a new copy of its region (a canvas without a
 * chart is a new one).
 */
(function () {
  'use strict';
  if (typeof window.Chart !== 'function') {
    return;
  }

  function axis(title, stacked, precision) {
    return { stacked: stacked, beginAtZero: true, title: { display: true, text: title, color: '#1b1f24' },
      ticks: { precision: precision, color: '#1b1f24' } };
  }

  // The element under the pointer leads to its list: links[dataset][index].
  function drillDown(links) {
    return function (event, elements) {
      if (elements.length > 0) {
        var link = links(elements[0].datasetIndex, elements[0].index);
        if (link) {
          window.location.assign(link);
        }
      }
    };
  }

  function pointer(event, elements) {
    event.native.target.style.cursor = elements.length > 0 ? 'pointer' : 'default';
  }

  function drawOpen() {
    var open = document.getElementById('open-chart');
    if (!open || window.Chart.getChart(open)) {
      return;
    }
    var data = JSON.parse(open.getAttribute('data-chart'));
    // Priority colours as on the badges; the legend names each priority in words.
    var colours = { P1: '#a40e0e', P2: '#b93a05', P3: '#5b8def', P4: '#9aa4ae' };
    new window.Chart(open, {
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
        onClick: drillDown(function (dataset, index) {
          return data.links[data.teams[index]][data.priorities[dataset]];
        }),
        onHover: pointer,
        scales: { x: axis('Team', true, undefined), y: axis('Open incidents', true, 0) }
      }
    });
  }
  drawOpen();
  document.addEventListener('live:swapped', drawOpen);

  // Colour pairs told apart by shape too: lines get point markers, the second dataset dashes.
  var pair = ['#0a58ca', '#1a7f37'];
  function drawTrends() {
    Array.prototype.forEach.call(document.querySelectorAll('canvas.trend-chart'), function (canvas) {
      if (window.Chart.getChart(canvas)) {
        return;
      }
      var chart = JSON.parse(canvas.getAttribute('data-chart'));
      new window.Chart(canvas, {
        type: chart.type,
        data: {
          labels: chart.labels,
          datasets: chart.datasets.map(function (dataset, i) {
            return {
              label: dataset.label,
              data: dataset.data,
              backgroundColor: pair[i % pair.length],
              borderColor: pair[i % pair.length],
              borderDash: i === 1 ? [6, 4] : [],
              pointStyle: i === 1 ? 'rectRot' : 'circle',
              pointRadius: 4,
              pointHitRadius: 10,
              spanGaps: false
            };
          })
        },
        options: {
          maintainAspectRatio: false,
          animation: false,
          onClick: drillDown(function (dataset, index) { return chart.links[dataset][index]; }),
          onHover: pointer,
          scales: {
            x: axis(chart.xTitle, false, undefined),
            y: axis(chart.yTitle, false, chart.type === 'bar' ? 0 : undefined)
          }
        }
      });
    });
  }
  drawTrends();
  document.addEventListener('live:swapped', drawTrends);
})();
