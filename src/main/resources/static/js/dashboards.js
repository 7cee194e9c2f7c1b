// Dashboards: each chart is drawn from the table beside it (the table is the figure; the chart only shows it),
// and a click on a bar, point or slice opens the rows behind that cell. No inline script (ADR 0024).
(function () {
  if (typeof echarts === 'undefined') { return; }
  var charts = [];
  document.querySelectorAll('.dash-chart').forEach(function (el) {
    var table = document.getElementById(el.dataset.for);
    if (!table) { return; }
    var heads = Array.prototype.map.call(table.querySelectorAll('thead th'), function (th) { return th.textContent.trim(); }).slice(1);
    var rows = Array.prototype.filter.call(table.querySelectorAll('tbody tr'), function (tr) {
      return !tr.classList.contains('dash-total') && tr.querySelector('td[data-value]');
    });
    if (!rows.length) { el.hidden = true; return; }
    var labels = rows.map(function (tr) { return tr.querySelector('th').textContent.trim(); });
    function column(c) {
      return rows.map(function (tr) {
        var td = tr.querySelectorAll('td')[c];
        var v = td ? td.dataset.value : '';
        return v === '' || v === undefined ? null : Number(v);
      });
    }
    function link(c, i) {
      var td = rows[i].querySelectorAll('td')[c];
      var a = td ? td.querySelector('a') : null;
      return a ? a.getAttribute('href') : null;
    }
    var kind = el.dataset.kind;
    var option;
    var seriesColumns = [];
    if (kind === 'pie') {
      seriesColumns = [0];
      option = {
        tooltip: { trigger: 'item' },
        legend: { type: 'scroll', bottom: 0 },
        series: [{ type: 'pie', radius: ['35%', '65%'], name: heads[0],
          data: labels.map(function (l, i) { return { name: l, value: column(0)[i] }; })
            .filter(function (d) { return d.value; }) }]
      };
    } else if (kind === 'line') {
      seriesColumns = heads.map(function (h, i) { return i; });
      option = {
        tooltip: { trigger: 'axis' },
        legend: { bottom: 0 },
        grid: { left: 50, right: 50, top: 20, bottom: 60 },
        xAxis: { type: 'category', data: labels },
        yAxis: [{ type: 'value' }, { type: 'value', axisLabel: { formatter: '{value}%' } }],
        series: heads.map(function (h, i) {
          return { name: h, type: i === 0 ? 'bar' : 'line', yAxisIndex: i === 0 ? 0 : 1, data: column(i) };
        })
      };
    } else {
      seriesColumns = [0];
      option = {
        tooltip: { trigger: 'axis' },
        grid: { left: 10, right: 30, top: 10, bottom: 20, containLabel: true },
        xAxis: { type: 'value' },
        yAxis: { type: 'category', inverse: true, data: labels,
          axisLabel: { width: 220, overflow: 'truncate' } },
        series: [{ name: heads[0], type: 'bar', data: column(0), label: { show: true, position: 'right' } }]
      };
    }
    el.style.height = Math.max(240, kind === 'bar' ? 28 * labels.length + 40 : 320) + 'px';
    var chart = echarts.init(el, null, { renderer: 'svg' });
    chart.setOption(option);
    chart.on('click', function (p) {
      var c = kind === 'pie' ? 0 : seriesColumns[p.seriesIndex];
      var i = kind === 'pie' ? labels.indexOf(p.name) : p.dataIndex;
      var href = i >= 0 ? link(c, i) : null;
      if (href) { window.location.href = href; }
    });
    charts.push(chart);
  });
  window.addEventListener('resize', function () { charts.forEach(function (c) { c.resize(); }); });
  window.addEventListener('beforeprint', function () { charts.forEach(function (c) { c.resize(); }); });
})();
