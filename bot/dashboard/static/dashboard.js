// Sortable tables and group cards, phone-sized table labels, sparklines and the group's charts
// (uPlot, served from /admin/static/vendor). Nothing here reads member content as HTML.
"use strict";

function sortRows(container, rows, key, numeric, ascending) {
  rows.sort((a, b) => {
    const [x, y] = [key(a), key(b)];
    const order = numeric ? x - y : String(x).localeCompare(String(y), "zh-CN");
    return ascending ? order : -order;
  });
  rows.forEach((row) => container.appendChild(row));
}

function sortTable(table, th) {
  const index = Array.from(th.parentNode.children).indexOf(th);
  const numeric = th.dataset.type === "num";
  const ascending = !th.classList.contains("asc");
  const key = (row) => {
    const value = row.children[index].dataset.sort ?? row.children[index].textContent;
    return numeric ? parseFloat(value) || 0 : value;
  };
  th.parentNode.querySelectorAll("th").forEach((h) => h.classList.remove("asc", "desc"));
  th.classList.add(ascending ? "asc" : "desc");
  sortRows(table.tBodies[0], Array.from(table.tBodies[0].rows), key, numeric, ascending);
}

// The overview's cards: <select data-sort-cards="#groups"> options are "field:num:asc" / "field:text:desc".
function sortCards(select) {
  const box = document.querySelector(select.dataset.sortCards);
  const [field, type, direction] = select.value.split(":");
  const numeric = type === "num";
  const key = (card) => (numeric ? parseFloat(card.dataset[field]) || 0 : card.dataset[field] || "");
  sortRows(box, Array.from(box.children), key, numeric, direction === "asc");
}

// On a phone each table row is shown as a small card: every cell says which column it is.
function labelCells(table) {
  const head = table.querySelector("thead tr");
  if (!head) return;
  const labels = Array.from(head.children).map((th) => th.textContent.replace(/[▲▼]/g, "").trim());
  table.querySelectorAll("tbody tr").forEach((row) => {
    Array.from(row.children).forEach((td, i) => {
      if (labels[i] && td.colSpan === 1) td.dataset.label = labels[i];
    });
  });
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

const DAY = { label: "日期", value: (u, ts) => (ts == null ? "" : new Date(ts * 1000).toLocaleDateString("zh-CN")) };
const dateAxis = { values: (u, ticks) => ticks.map((t) => { const d = new Date(t * 1000); return `${d.getMonth() + 1}/${d.getDate()}`; }) };

const WHOLE = [1, 2, 5, 10, 20, 50, 100, 200, 500, 1000];  // people come in whole numbers

function chartWidth(el) {
  return Math.max(260, Math.min(el.clientWidth || 800, 1200));
}

// Messages and active members on the left axis; joins and leaves (a few a day) on their own right axis.
function activityChart(el, data) {
  const xs = data.days.map((d) => Date.parse(d + "T12:00:00") / 1000);
  new uPlot({
    width: chartWidth(el), height: 260,
    scales: { people: { range: (u, min, max) => [0, Math.max(3, max)] } },
    axes: [dateAxis, { label: "消息 / 活跃人数", size: 50 },
           { scale: "people", side: 1, label: "入群 / 退群", grid: { show: false }, size: 40, incrs: WHOLE }],
    series: [
      DAY,
      { label: "消息", stroke: "#4e79a7", fill: "rgba(78,121,167,.12)", width: 2 },
      { label: "活跃人数", stroke: "#e15759", width: 2 },
      { label: "入群", stroke: "#59a14f", width: 1.5, scale: "people" },
      { label: "退群", stroke: "#9c755f", width: 1.5, dash: [4, 4], scale: "people" },
    ],
  }, [xs, data.messages, data.active, data.joins, data.leaves], el);
}

function signinChart(el, data) {
  const xs = data.days.map((d) => Date.parse(d + "T12:00:00") / 1000);
  new uPlot({
    width: chartWidth(el), height: 180,
    scales: { y: { range: (u, min, max) => [0, Math.max(3, max)] } },
    axes: [dateAxis, { label: "签到人数", size: 50, incrs: WHOLE }],
    series: [DAY, { label: "签到", stroke: "#f28e2b", fill: "rgba(242,142,43,.15)", width: 2 }],
  }, [xs, data.signins], el);
}

// Forms with data-confirm-name: the button works only once the member's name is typed.
function confirmByName(form) {
  const input = form.querySelector("input[name=confirm]");
  const button = form.querySelector("button");
  const check = () => { button.disabled = input.value.trim() !== form.dataset.confirmName; };
  input.addEventListener("input", check);
  check();
}

document.addEventListener("DOMContentLoaded", () => {
  document.querySelectorAll("table.sortable th[data-type]").forEach((th) => {
    th.addEventListener("click", () => sortTable(th.closest("table"), th));
  });
  document.querySelectorAll("select[data-sort-cards]").forEach((select) => {
    select.addEventListener("change", () => sortCards(select));
  });
  document.querySelectorAll("table.stack").forEach(labelCells);
  document.querySelectorAll("form[data-confirm-name]").forEach(confirmByName);
  document.querySelectorAll(".spark").forEach(sparkline);
  const data = document.getElementById("activity-data");
  if (data) {
    const series = JSON.parse(data.textContent);
    activityChart(document.getElementById("activity-chart"), series);
    signinChart(document.getElementById("signin-chart"), series);
  }
});

// A problem's line number selects that line in the config editor.
document.addEventListener("click", (event) => {
  const link = event.target.closest("a[data-line]");
  const editor = document.getElementById("config-text");
  if (!link || !editor) return;
  event.preventDefault();
  const lines = editor.value.split("\n");
  const line = Math.min(Number(link.dataset.line), lines.length) - 1;
  const start = lines.slice(0, line).reduce((n, l) => n + l.length + 1, 0);
  editor.focus();
  editor.setSelectionRange(start, start + lines[line].length);
  editor.scrollTop = (editor.scrollHeight / lines.length) * Math.max(0, line - 3);
});
