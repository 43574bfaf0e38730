// Charts of the reports dashboard (Chart.js, vendored). Data comes from <script type="application/json">
// blocks written by the page; each chart also has a table view on the page.
(function () {
  if (!window.Chart) return;
  const data = JSON.parse(document.getElementById("chart-data").textContent);
  const palette = ["#1f4e79", "#2e86c1", "#48c9b0", "#f5b041", "#e74c3c", "#8e44ad"];
  function bar(id, labels, datasets, horizontal) {
    const canvas = document.getElementById(id);
    if (!canvas) return;
    new Chart(canvas, {
      type: "bar",
      data: { labels: labels, datasets: datasets },
      options: { indexAxis: horizontal ? "y" : "x", animation: false, responsive: true, maintainAspectRatio: false,
                 plugins: { legend: { display: datasets.length > 1 } } },
    });
    canvas.dataset.rendered = "true";
  }
  bar("chart-funnel", data.funnel.labels, [{ label: "", data: data.funnel.values, backgroundColor: palette[0] }], true);
  bar("chart-sources", data.sources.labels, Object.entries(data.sources.series).map(function (entry, i) {
    return { label: entry[0], data: entry[1], backgroundColor: palette[i % palette.length] };
  }), false);
  bar("chart-stage-times", data.stage_times.labels, Object.entries(data.stage_times.series).map(function (entry, i) {
    return { label: entry[0], data: entry[1], backgroundColor: palette[(i + 1) % palette.length] };
  }), false);
  bar("chart-ages", data.ages.labels, [{ label: "", data: data.ages.values, backgroundColor: palette[3] }], false);
})();
