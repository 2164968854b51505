// Qunbot playground: one websocket carries what members do and what the bot does.
"use strict";

const botId = document.body.dataset.botId;
const botName = document.body.dataset.botName;
// names outlive membership, so history still reads well after someone leaves
const state = { groups: new Map(), names: new Map(), current: null, socket: null };
const $ = (id) => document.getElementById(id);

function connect() {
  const socket = new WebSocket(`${location.protocol === "https:" ? "wss" : "ws"}://${location.host}/ws`);
  state.socket = socket;
  socket.onopen = () => setStatus("已连接", "ok");
  socket.onclose = () => { setStatus("已断开，正在重连…", "down"); setTimeout(connect, 2000); };
  socket.onmessage = (event) => receive(JSON.parse(event.data));
}

function receive(update) {
  if (update.type === "snapshot") {
    state.groups = new Map(update.groups.map((g) => [g.id, g]));
    update.groups.forEach((g) => remember(g.members));
    if (!state.groups.has(state.current)) state.current = update.groups.length ? update.groups[0].id : null;
    renderAll();
  } else if (update.type === "record") {
    const record = update.record;
    const group = record.group && state.groups.get(record.group);
    if (group) {
      group.history.push(record);
      if (update.members) { group.members = update.members; remember(update.members); }
      if (update.waiting) group.waiting = update.waiting;
    } else if (record.action === "direct" || record.event === "direct_in" || record.to) {
      for (const g of state.groups.values()) if (g.id === state.current) g.history.push(record);
    }
    renderAll();
  } else if (update.type === "waiting") {
    const group = state.groups.get(update.group);
    if (group) { group.waiting = update.waiting; renderWaiting(); }
  } else if (update.type === "error") {
    $("error").textContent = update.message;
  }
}

function remember(members) {
  for (const m of members) state.names.set(m.id, m.name);
}

function nameOf(id) {
  return id === botId ? botName : state.names.get(id) || id;
}

function line(record) {
  const li = document.createElement("li");
  const who = document.createElement("span");
  const bubble = document.createElement("span");
  who.className = "who";
  bubble.className = "bubble";
  const time = new Date(record.t).toLocaleTimeString("zh-CN", { hour12: false });
  if (record.action === "say") {
    li.className = "bot";
    who.textContent = `${botName} · ${time}`;
    const mentions = record.mentions.map((id) => `@${nameOf(id)} `).join("");
    bubble.textContent = mentions + record.text;
  } else if (RICH.has(record.action) && record.group) {
    li.className = "bot";
    who.textContent = `${botName} · ${time}`;
    bubble.classList.add("rich");
    bubble.append(richContent(record));
  } else if (record.event === "message") {
    who.textContent = `${record.name} · ${time}`;
    if (record.image || record.card) {  // a member's picture or shared card, as WeChat shows it
      bubble.classList.add("rich");
      bubble.append(richContent(record.image ? { action: "image", sha256: record.image, name: "图片" }
        : { action: record.card.kind, ...record.card }));
    } else {
      bubble.textContent = record.kind === "text" ? record.text : `[${record.kind}] ${record.text}`;
    }
  } else {
    li.className = "system";
    bubble.textContent = systemText(record);
  }
  if (who.textContent) li.append(who);
  li.append(bubble);
  return li;
}

// What the bot sends besides text, drawn as WeChat shows it: a picture, a link card, a mini-program card.
const RICH = new Set(["image", "link", "mini_program"]);

function richContent(record) {
  const el = (tag, cls, text) => {
    const node = document.createElement(tag);
    if (cls) node.className = cls;
    if (text) node.textContent = text;
    return node;
  };
  if (record.action === "image") {
    const img = el("img", "picture");
    img.src = `/media/${record.sha256}`;
    img.alt = record.name;
    return img;
  }
  const card = el("div", record.action === "link" ? "card link-card" : "card program-card");
  card.append(el("div", "card-title", record.title));
  if (record.action === "link") {
    const body = el("div", "card-body");
    body.append(el("div", "card-text", record.description || record.url));
    if (record.thumbnail) {
      const thumb = el("img", "card-thumb");
      thumb.src = record.thumbnail;
      thumb.alt = "";
      body.append(thumb);
    }
    card.append(body);
  } else {
    card.append(el("div", "card-footer", "小程序"));
  }
  return card;
}

function systemText(record) {
  switch (record.action || record.event) {
    case "join": return record.inviter
      ? `“${nameOf(record.inviter)}”邀请“${record.name}”加入了群聊`
      : `“${record.name}”通过扫码加入了群聊`;
    case "leave": return `${nameOf(record.member)} 退出了群聊`;
    case "remove": return `${botName} 将 ${nameOf(record.member)} 移出了群聊`;
    case "direct": return `${botName} 私信 ${nameOf(record.to)}：${record.text}`;
    case "image": return `${botName} 私信 ${nameOf(record.to)}：[图片] ${record.name}`;
    case "link": return `${botName} 私信 ${nameOf(record.to)}：[链接] ${record.title}`;
    case "mini_program": return `${botName} 私信 ${nameOf(record.to)}：[小程序] ${record.title}`;
    case "direct_in": return `${nameOf(record.from)} 私信 ${botName}：${record.text}`;
    default: return JSON.stringify(record);
  }
}

function renderAll() {
  for (const button of document.querySelectorAll("#group-list button")) {
    const group = state.groups.get(button.dataset.group);
    button.classList.toggle("active", button.dataset.group === state.current);
    if (group) button.querySelector("small").textContent = `${group.members.length} 人`;
  }
  const group = state.groups.get(state.current);
  if (!group) return;
  $("group-title").textContent = group.name;
  $("owner-note").textContent = group.bot_is_owner ? "（机器人是群主，可移出成员）" : "";
  const log = $("log");
  log.replaceChildren(...group.history.map(line));
  log.scrollTop = log.scrollHeight;
  renderMembers(group);
  renderWaiting();
  document.querySelectorAll(".suggestions [data-for]").forEach((span) => { span.hidden = span.dataset.for !== group.id; });
}

// What the bot holds back (a welcome gathering joins, quiet hours, the account's pace): never silently.
function renderWaiting() {
  const group = state.groups.get(state.current);
  const waiting = (group && group.waiting) || [];
  $("waiting").textContent = waiting.length ? `排队中：${waiting.join("；")}` : "";
}

function renderMembers(group) {
  const chosen = $("member").value;
  const options = group.members.map((m) => new Option(`${m.name}${m.role ? `（${m.role}）` : ""}`, m.id));
  $("member").replaceChildren(...options);
  if (group.members.some((m) => m.id === chosen)) $("member").value = chosen;
  const inviterChosen = $("join-inviter").value;
  $("join-inviter").replaceChildren(new Option("（扫码进群）", ""), ...group.members.map((m) => new Option(m.name, m.id)));
  $("join-inviter").value = group.members.some((m) => m.id === inviterChosen) ? inviterChosen : "";
  $("member-list").replaceChildren(...group.members.map((m) => {
    const li = document.createElement("li");
    li.textContent = m.name;
    if (m.role) {
      const role = document.createElement("small");
      role.className = "role";
      role.textContent = m.role;
      li.append(" ", role);
    }
    const remove = document.createElement("button");
    remove.type = "button";
    remove.title = `让 ${m.name} 退群`;
    remove.textContent = "退群";
    remove.onclick = () => send({ op: "leave", group: group.id, member: m.id });
    li.append(remove);
    return li;
  }));
}

function send(op) {
  $("error").textContent = "";
  if (!state.socket || state.socket.readyState !== WebSocket.OPEN) {
    $("error").textContent = "还没连上服务器，请稍等";
    return false;
  }
  state.socket.send(JSON.stringify(op));
  return true;
}

function setStatus(text, cls) {
  $("status").textContent = text;
  $("status").className = `status ${cls}`;
}

document.querySelectorAll("#group-list button").forEach((button) => {
  button.onclick = () => { state.current = button.dataset.group; $("error").textContent = ""; renderAll(); };
});
// A picture from the computer, or a link shared as a card: what members post besides text.
$("picture").onchange = () => {
  const file = $("picture").files[0];
  if (!file) return;
  const reader = new FileReader();
  reader.onload = () => send({ op: "say", group: state.current, member: $("member").value, text: "", image: reader.result });
  reader.readAsDataURL(file);
  $("picture").value = "";
};
$("share-link").onclick = () => {
  const url = prompt("分享的链接地址（http:// 或 https:// 开头）");
  if (!url) return;
  const title = prompt("卡片标题", "") || url;
  send({ op: "say", group: state.current, member: $("member").value, text: "", link: { url, title } });
};
$("say-form").onsubmit = (event) => {
  event.preventDefault();
  const text = $("text").value.trim();
  if (text && send({ op: "say", group: state.current, member: $("member").value, text })) $("text").value = "";
};
// Enter sends; Shift+Enter is a new line (a 接龙 is several lines); typing Chinese, Enter picks a word.
$("text").addEventListener("keydown", (event) => {
  if (event.key === "Enter" && !event.shiftKey && !event.isComposing) {
    event.preventDefault();
    $("say-form").requestSubmit();
  }
});
document.querySelectorAll(".suggest").forEach((button) => {
  button.onclick = () => { $("text").value = button.dataset.text; $("text").focus(); };
});
$("join-form").onsubmit = (event) => {
  event.preventDefault();
  const name = $("join-name").value.trim();
  if (name && send({ op: "join", group: state.current, name, inviter: $("join-inviter").value })) $("join-name").value = "";
};
connect();
