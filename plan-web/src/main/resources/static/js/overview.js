// 总览: each chart is drawn from the table beside it (the table is the chart's accessible,
// printable alternative), and a click on a segment opens the ledger (or task) it counts.
(function () {
  if (typeof echarts === 'undefined') {
    return;
  }
  var COLORS = { GREEN: '#198754', YELLOW: '#ffc107', RED: '#dc3545', COMPLETED: '#6c757d', GREY: '#ced4da' };

  function rows(table) {
    return Array.prototype.slice.call(table.querySelectorAll('tbody tr[data-label]'));
  }

  function go(url) {
    if (url) {
      window.location.href = url;
    }
  }

  function pie(chart, table) {
    var data = rows(table).map(function (row) {
      return {
        name: row.dataset.label,
        value: Number(row.dataset.value),
        url: row.dataset.url,
        itemStyle: { color: COLORS[row.dataset.color] }
      };
    });
    chart.setOption({
      tooltip: { trigger: 'item' },
      legend: { bottom: 0 },
      series: [{ type: 'pie', radius: ['40%', '70%'], data: data, label: { formatter: '{b} {c}' } }]
    });
    chart.on('click', function (params) { go(params.data.url); });
  }

  function bars(chart, table, stacked) {
    var series = (table.dataset.series || '').split(',');
    var colors = (table.dataset.colors || '').split(',');
    var lines = rows(table);
    var labels = lines.map(function (row) { return row.dataset.label; });
    var values = lines.map(function (row) { return row.dataset.values.split(',').map(Number); });
    var urls = lines.map(function (row) {
      return row.dataset.urls ? row.dataset.urls.split(' ') : [row.dataset.url];
    });
    chart.setOption({
      tooltip: { trigger: 'axis', axisPointer: { type: 'shadow' } },
      legend: { bottom: 0 },
      grid: { left: 8, right: 16, top: 8, bottom: 40, containLabel: true },
      xAxis: { type: 'value' },
      yAxis: { type: 'category', data: labels, inverse: true,
        axisLabel: { width: 160, overflow: 'truncate' } },
      series: series.map(function (name, s) {
        return {
          name: name,
          type: 'bar',
          stack: stacked ? 'all' : undefined,
          itemStyle: { color: COLORS[colors[s]] },
          data: values.map(function (v, i) {
            return { value: v[s], url: urls[i][Math.min(s, urls[i].length - 1)] };
          })
        };
      })
    });
    chart.on('click', function (params) { go(params.data.url); });
  }

  document.querySelectorAll('[data-chart]').forEach(function (element) {
    var table = document.getElementById(element.dataset.table);
    if (!table || rows(table).length === 0) {
      element.hidden = true;
      return;
    }
    var kind = element.dataset.chart;
    if (kind !== 'pie') {
      element.style.height = Math.max(160, rows(table).length * 34 + 60) + 'px';
    }
    var chart = echarts.init(element, null, { renderer: 'svg' });
    if (kind === 'pie') {
      pie(chart, table);
    } else {
      bars(chart, table, kind === 'stack');
    }
    window.addEventListener('resize', function () { chart.resize(); });
  });
})();
