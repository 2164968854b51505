// Sortable tables, sparklines and the group's activity chart (uPlot, served from /admin/static/vendor).
"use strict";

function sortBy(table, th) {
  const index = Array.from(th.parentNode.children).indexOf(th);
  const numeric = th.dataset.type === "num";
  const ascending = !th.classList.contains("asc");
  const body = table.tBodies[0];
  const key = (row) => {
    const value = row.children[index].dataset.sort ?? row.children[index].textContent;
    return numeric ? parseFloat(value) || 0 : value;
  };
  const rows = Array.from(body.rows).sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const order = numeric ? x - y : String(x).localeCompare(String(y), "zh-CN");
    return ascending ? order : -order;
  });
  th.parentNode.querySelectorAll("th").forEach((h) => h.classList.remove("asc", "desc"));
  th.classList.add(ascending ? "asc" : "desc");
  rows.forEach((row) => body.appendChild(row));
}

function sparkline(el) {
  const values = el.dataset.values.split(",").map(Number);
  const xs = values.map((_, i) => i);
  new uPlot({
    width: 120, height: 30, padding: [2, 0, 2, 0], cursor: { show: false }, legend: { show: false },
    scales: { x: { time: false, range: [0, values.length - 1] }, y: { range: (u, min, max) => [0, Math.max(1, max)] } },
    axes: [{ show: false }, { show: false }],
    series: [{}, { stroke: "#4e79a7", fill: "rgba(78,121,167,.15)", width: 1.5 }],
  }, [xs, values], el);
}

function activityChart(el, data) {
  const xs = data.days.map((d) => Date.parse(d + "T12:00:00") / 1000);
  const width = Math.max(320, el.clientWidth || 800);
  new uPlot({
    width, height: 300,
    series: [
      {},
      { label: "消息", stroke: "#4e79a7", fill: "rgba(78,121,167,.12)", width: 2 },
      { label: "活跃人数", stroke: "#e15759", width: 2 },
      { label: "入群", stroke: "#59a14f", width: 1.5 },
      { label: "退群", stroke: "#9c755f", width: 1.5, dash: [4, 4] },
    ],
  }, [xs, data.messages, data.active, data.joins, data.leaves], el);
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("table.sortable th[data-type]").forEach((th) => {
    th.addEventListener("click", () => sortBy(th.closest("table"), th));
  });
  document.querySelectorAll(".spark").forEach(sparkline);
  const chart = document.getElementById("activity-chart");
  if (chart) activityChart(chart, JSON.parse(document.getElementById("activity-data").textContent));
});
