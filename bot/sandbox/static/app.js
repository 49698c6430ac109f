// Polku sandbox chat page: plays one person at a time against the fake Bot API.
// Every piece of bot or user text is put into the page with textContent or built
// DOM nodes from (text, entities); nothing untrusted goes through innerHTML.
"use strict";

(() => {
  const API = "/sandbox/api";
  const $ = (id) => document.getElementById(id);

  const state = {
    info: null,
    users: [],
    current: null, // user id
    after: 0,
    poll: null, // AbortController of the running long poll
    nodes: new Map(), // message_id -> row element
    keyboard: null,
    keyboardCollapsed: false,
    typingTimer: null,
  };

  // ------------------------------------------------------------------ HTTP

  async function api(path, options = {}) {
    const init = { method: options.method || "GET", headers: {}, signal: options.signal };
    if (options.body !== undefined) {
      init.headers["Content-Type"] = "application/json";
      init.body = JSON.stringify(options.body);
    }
    const response = await fetch(API + path, init);
    const data = await response.json().catch(() => ({}));
    if (!response.ok) {
      const error = new Error(data.error || response.statusText);
      error.status = response.status;
      throw error;
    }
    return data;
  }

  // ------------------------------------------------------------- helpers

  function el(tag, props = {}, children = []) {
    const node = document.createElement(tag);
    for (const [key, value] of Object.entries(props)) {
      if (key === "text") node.textContent = value;
      else if (key === "className") node.className = value;
      else if (key.startsWith("on")) node.addEventListener(key.slice(2), value);
      else node.setAttribute(key, value);
    }
    for (const child of children) node.append(child);
    return node;
  }

  function toast(text) {
    const box = $("toast");
    box.textContent = text;
    box.dir = "auto";
    box.hidden = false;
    clearTimeout(toast.timer);
    toast.timer = setTimeout(() => { box.hidden = true; }, 3500);
  }

  function showAlert(text) {
    $("alert-text").textContent = text;
    const dialog = $("alert");
    if (typeof dialog.showModal === "function") dialog.showModal();
    else toast(text);
  }

  function timeOf(unix) {
    const d = new Date(unix * 1000);
    return d.toLocaleTimeString([], { hour: "2-digit", minute: "2-digit" });
  }

  function currentUser() {
    return state.users.find((u) => u.id === state.current) || null;
  }

  // Links the page may open; everything else is shown as plain text.
  function safeHref(url) {
    return /^(https?:|tg:|mailto:)/i.test(url) ? url : null;
  }

  // t.me/<this bot>?start=<code> (or tg://resolve?domain=<bot>&start=<code>) -> code
  function startCode(url) {
    if (!state.info) return null;
    const bot = state.info.bot_username.toLowerCase();
    let match = /^https?:\/\/(?:t|telegram)\.me\/([A-Za-z0-9_]+)\?start=([A-Za-z0-9_-]{1,64})$/i.exec(url);
    if (match && match[1].toLowerCase() === bot) return match[2];
    match = /^tg:\/\/resolve\?domain=([A-Za-z0-9_]+)&start=([A-Za-z0-9_-]{1,64})$/i.exec(url);
    if (match && match[1].toLowerCase() === bot) return match[2];
    return null;
  }

  function linkNode(url, inner) {
    const href = safeHref(url);
    if (!href) {
      const span = el("span");
      span.append(inner);
      return span;
    }
    const a = el("a", { href, target: "_blank", rel: "noopener noreferrer" });
    a.append(inner);
    const code = startCode(href);
    if (code) {
      a.title = `Send /start ${code} as this person`;
      a.addEventListener("click", (event) => {
        event.preventDefault();
        sendText(`/start ${code}`);
      });
    }
    return a;
  }

  // Build DOM for one entity around an already-built fragment.
  function entityNode(entity, text, inner) {
    const slice = text.slice(entity.offset, entity.offset + entity.length);
    switch (entity.type) {
      case "bold": return wrap("b", inner);
      case "italic": return wrap("i", inner);
      case "underline": return wrap("u", inner);
      case "strikethrough": return wrap("s", inner);
      case "code": return wrap("code", inner);
      case "pre": {
        const pre = el("pre");
        const code = el("code");
        if (entity.language) code.dataset.language = entity.language;
        code.append(inner);
        pre.append(code);
        return pre;
      }
      case "blockquote":
      case "expandable_blockquote": return wrap("blockquote", inner);
      case "spoiler": {
        const span = wrap("span", inner);
        span.className = "spoiler";
        span.title = "spoiler: click to reveal";
        span.addEventListener("click", () => span.classList.add("shown"));
        return span;
      }
      case "text_link": return linkNode(entity.url || "", inner);
      case "url":
      case "email": {
        const target = entity.type === "email" ? `mailto:${slice}`
          : /^[a-z]+:/i.test(slice) ? slice : `https://${slice}`;
        const link = linkNode(target, inner);
        link.dir = "ltr"; // an address reads left to right, also inside Arabic text
        return link;
      }
      case "bot_command": {
        const span = wrap("span", inner);
        // Isolated left-to-right, so "/plan" inside Arabic text does not read "plan/".
        span.dir = "ltr";
        span.className = "command";
        span.title = "Send this command";
        span.addEventListener("click", () => sendText(slice));
        return span;
      }
      default: return wrap("span", inner);
    }
  }

  function wrap(tag, inner) {
    const node = el(tag);
    node.append(inner);
    return node;
  }

  // Entities use UTF-16 offsets, which is exactly how JS strings index.
  function renderText(text, entities) {
    const sorted = (entities || [])
      .filter((e) => e.length > 0)
      .slice()
      .sort((a, b) => a.offset - b.offset || b.length - a.length);
    const root = document.createDocumentFragment();
    build(root, 0, text.length, sorted);
    return root;

    function build(parent, start, end, list) {
      let pos = start;
      let i = 0;
      while (i < list.length) {
        const entity = list[i];
        const from = Math.max(entity.offset, pos);
        const to = Math.min(entity.offset + entity.length, end);
        if (from >= to) { i += 1; continue; }
        if (from > pos) parent.append(text.slice(pos, from));
        const inner = [];
        let j = i + 1;
        while (j < list.length && list[j].offset < to) { inner.push(list[j]); j += 1; }
        const fragment = document.createDocumentFragment();
        build(fragment, from, to, inner);
        parent.append(entityNode(entity, text, fragment));
        pos = to;
        i = j;
      }
      if (pos < end) parent.append(text.slice(pos, end));
    }
  }

  function formatSize(bytes) {
    if (bytes < 1024) return `${bytes} B`;
    if (bytes < 1024 * 1024) return `${(bytes / 1024).toFixed(1)} KB`;
    return `${(bytes / 1024 / 1024).toFixed(1)} MB`;
  }

  function mediaNode(item) {
    const media = item.media || {};
    if (item.kind === "sticker") return el("div", { className: "sticker", text: media.sticker.emoji || "🖼" });
    if (item.kind === "photo") {
      const largest = media.photo[media.photo.length - 1];
      return el("img", { className: "photo", alt: "photo", src: `${API}/files/${encodeURIComponent(largest.file_id)}` });
    }
    if (item.kind === "voice") return el("div", { text: `🎤 Voice message · 0:0${media.voice.duration}` });
    if (item.kind === "video") return el("div", { text: "🎬 Video" });
    if (item.kind === "animation") return el("div", { text: "🎞 GIF" });
    if (item.kind === "location") {
      const { latitude, longitude } = media.location;
      return el("div", { text: `📍 ${latitude.toFixed(4)}, ${longitude.toFixed(4)}` });
    }
    if (item.kind === "contact") {
      const c = media.contact;
      return el("div", { text: `👤 ${c.first_name} ${c.last_name || ""} · ${c.phone_number}` });
    }
    if (item.document) {
      const doc = item.document;
      const link = el("a", { href: doc.url, download: doc.file_name || "file", text: doc.file_name || "file" });
      return el("div", { className: "file" }, [
        el("span", { className: "icon", text: "📄" }),
        el("div", {}, [link, el("div", { className: "stamp", text: formatSize(doc.file_size || 0) })]),
      ]);
    }
    return el("div", { text: `[${item.kind}]` });
  }

  function inlineKeyboard(item) {
    const rows = (item.reply_markup && item.reply_markup.inline_keyboard) || [];
    if (!item.from_bot || rows.length === 0) return null;
    const box = el("div", { className: "inline-keyboard" });
    for (const row of rows) {
      const line = el("div", { className: "kb-row" });
      for (const button of row) {
        const b = el("button", { type: "button", dir: "auto", text: button.text });
        if (button.callback_data !== undefined) {
          b.addEventListener("click", () => press(item.message_id, button.callback_data, b));
        } else if (button.url) {
          const code = startCode(button.url);
          b.title = button.url;
          b.addEventListener("click", () => {
            if (code) sendText(`/start ${code}`);
            else if (safeHref(button.url)) window.open(button.url, "_blank", "noopener,noreferrer");
          });
          b.textContent = `${button.text} ↗`;
        } else {
          b.disabled = true;
          b.title = "not supported in the sandbox";
        }
        line.append(b);
      }
      box.append(line);
    }
    return box;
  }

  function messageRow(item) {
    const row = el("div", { className: `row ${item.from_bot ? "bot" : "me"}` });
    row.dataset.messageId = String(item.message_id);
    const bubble = el("div", { className: "bubble", dir: "auto" });
    if (item.reply_to_message_id) {
      const quoted = state.nodes.get(item.reply_to_message_id);
      const quoteText = quoted ? quoted.querySelector(".content")?.textContent || "" : "";
      bubble.append(el("div", { className: "quote", dir: "auto", text: quoteText || "…" }));
    }
    if (item.kind !== "text") bubble.append(mediaNode(item));
    if (item.text) {
      const content = el("div", { className: "content", dir: "auto" });
      content.append(renderText(item.text, item.entities));
      bubble.append(content);
    }
    const stamp = `${item.edited ? "edited " : ""}${timeOf(item.date)}`;
    bubble.append(el("span", { className: "stamp", text: stamp }));
    if (!item.from_bot && item.kind === "text") {
      bubble.title = "Double-click to edit";
      bubble.addEventListener("dblclick", () => editOwn(item));
    }
    row.append(bubble);
    const keyboard = inlineKeyboard(item);
    if (keyboard) row.append(keyboard);
    return row;
  }

  function placeRow(item) {
    const box = $("messages");
    const old = state.nodes.get(item.message_id);
    if (item.deleted) {
      if (old) old.remove();
      state.nodes.delete(item.message_id);
      return;
    }
    const row = messageRow(item);
    if (old) {
      old.replaceWith(row);
    } else {
      let before = null;
      for (const node of box.children) {
        if (Number(node.dataset.messageId) > item.message_id) { before = node; break; }
      }
      box.insertBefore(row, before);
    }
    state.nodes.set(item.message_id, row);
  }

  // ------------------------------------------------------------ keyboards

  function renderReplyKeyboard() {
    const box = $("reply-keyboard");
    const toggle = $("keyboard-toggle");
    box.replaceChildren();
    const keyboard = state.keyboard;
    toggle.hidden = !keyboard;
    if (!keyboard || state.keyboardCollapsed) { box.hidden = true; return; }
    for (const row of keyboard.keyboard || []) {
      const line = el("div", { className: "kb-row" });
      for (const button of row) {
        const spec = typeof button === "string" ? { text: button } : button;
        const b = el("button", { type: "button", dir: "auto", text: spec.text });
        b.addEventListener("click", () => {
          if (spec.request_location) sendKind({ location: { latitude: 60.1699, longitude: 24.9384 } });
          else if (spec.request_contact) {
            const user = currentUser();
            sendKind({ contact: { phone_number: "+358000000000", first_name: user ? user.first_name : "Test", user_id: state.current } });
          } else sendText(spec.text);
        });
        line.append(b);
      }
      box.append(line);
    }
    box.hidden = false;
  }

  // ------------------------------------------------------------ polling

  function applyView(view) {
    const initial = state.after === 0;
    for (const item of view.messages) placeRow(item);
    state.after = Math.max(state.after, view.last_seq);
    state.keyboard = view.reply_keyboard;
    state.keyboardCollapsed = view.keyboard_collapsed;
    renderReplyKeyboard();
    $("text").placeholder = view.input_placeholder || "Message";
    $("block").checked = view.blocked;
    for (const answer of view.callback_answers) {
      // Old answers are history when a chat is opened; only new ones pop up.
      if (answer.text && !initial) {
        if (answer.show_alert) showAlert(answer.text);
        else toast(answer.text);
      }
    }
    setTyping(view.chat_action);
    const user = currentUser();
    if (view.messages.length && state.info && state.info.bot_roles && user && !user.bot_role) {
      // A new person's /start has just been answered: the bot now knows their role.
      refreshPeople();
    }
    if (view.messages.length) {
      const box = $("messages");
      box.scrollTop = box.scrollHeight;
    }
  }

  function setTyping(action) {
    const status = $("chat-status");
    clearTimeout(state.typingTimer);
    if (action) {
      status.textContent = action === "typing" ? "typing…" : `${action.replaceAll("_", " ")}…`;
      status.classList.add("typing");
      state.typingTimer = setTimeout(() => setTyping(null), 5000);
    } else {
      status.classList.remove("typing");
      const user = currentUser();
      status.textContent = user ? `bot · chatting as ${user.first_name} (${user.language_code || "no language"})` : "";
    }
  }

  async function pollLoop(userId, controller) {
    while (state.current === userId && !controller.signal.aborted) {
      try {
        const view = await api(`/users/${userId}/messages?after=${state.after}&wait=25`, { signal: controller.signal });
        if (state.current !== userId) return;
        applyView(view);
      } catch (error) {
        if (controller.signal.aborted) return;
        await new Promise((resolve) => setTimeout(resolve, 1000));
      }
    }
  }

  function selectUser(userId) {
    showPeople(false);
    if (state.poll) state.poll.abort();
    state.current = userId;
    state.after = 0;
    state.nodes.clear();
    state.keyboard = null;
    $("messages").replaceChildren();
    $("commands").hidden = true;
    renderPeople();
    setTyping(null);
    const controller = new AbortController();
    state.poll = controller;
    pollLoop(userId, controller);
  }

  // ------------------------------------------------------------ actions

  async function guarded(action) {
    if (!state.current) { toast("Pick or create a person first"); return null; }
    try {
      return await action();
    } catch (error) {
      toast(error.status === 409 ? "This person has blocked the bot. Untick “block bot” first." : `Error: ${error.message}`);
      return null;
    }
  }

  function sendText(text) {
    if (!text.trim()) return;
    return guarded(() => api(`/users/${state.current}/send`, { method: "POST", body: { text } }));
  }

  function sendKind(body) {
    return guarded(() => api(`/users/${state.current}/send`, { method: "POST", body }));
  }

  function press(messageId, data, button) {
    button.disabled = true;
    setTimeout(() => { button.disabled = false; }, 800);
    return guarded(() => api(`/users/${state.current}/press`, { method: "POST", body: { message_id: messageId, data } }));
  }

  function editOwn(item) {
    const text = window.prompt("Edit your message", item.text);
    if (text === null || text === item.text) return;
    guarded(() => api(`/users/${state.current}/edit`, { method: "POST", body: { message_id: item.message_id, text } }));
  }

  async function toggleCommands() {
    const list = $("commands");
    if (!list.hidden) { list.hidden = true; return; }
    const user = currentUser();
    if (!user) { toast("Pick or create a person first"); return; }
    const params = new URLSearchParams({ chat_id: String(user.id), language_code: user.language_code || "" });
    const data = await api(`/commands?${params}`);
    list.replaceChildren();
    if (data.commands.length === 0) list.append(el("li", { text: "The bot has set no commands." }));
    for (const command of data.commands) {
      const b = el("button", { type: "button", dir: "auto" }, [
        el("span", { className: "cmd", text: `/${command.command}` }),
        el("span", { text: command.description }),
      ]);
      b.addEventListener("click", () => { list.hidden = true; sendText(`/${command.command}`); });
      list.append(el("li", {}, [b]));
    }
    list.hidden = false;
  }

  // ------------------------------------------------------------ people

  // The role the bot has recorded (from the demo process); without the demo, the role the
  // page asked for when the person was created.
  function roleOf(user) {
    if (state.info && state.info.bot_roles) return user.bot_role || "not joined";
    return user.role !== "none" ? user.role : null;
  }

  function renderPeople() {
    const list = $("people");
    list.replaceChildren();
    for (const user of state.users) {
      const name = `${user.first_name}${user.last_name ? " " + user.last_name : ""}`;
      const role = roleOf(user);
      const meta = [user.language_code || "no language", `id ${user.id}`, user.blocked ? "blocked" : null]
        .filter(Boolean).join(" · ");
      const button = el("button", { type: "button" }, [
        el("span", { className: "name" }, [
          el("bdi", { text: name }),
          role ? el("span", { className: "role", text: ` — ${role}` }) : "",
        ]),
        el("span", { className: "meta", text: meta }),
      ]);
      button.dataset.userId = String(user.id);
      if (user.id === state.current) button.setAttribute("aria-current", "true");
      button.addEventListener("click", () => selectUser(user.id));
      list.append(el("li", {}, [button]));
    }
  }

  async function refreshPeople() {
    try {
      state.users = await api("/users");
      renderPeople();
    } catch (error) {
      // The server may be restarting; the next refresh will try again.
    }
  }

  async function createPerson(event) {
    event.preventDefault();
    const form = event.target;
    const data = Object.fromEntries(new FormData(form).entries());
    try {
      const user = await api("/users", { method: "POST", body: data });
      if (user.start_error) toast("The bot could not make an invite for this role");
      form.reset();
      await refreshPeople();
      selectUser(user.id);
    } catch (error) {
      toast(`Error: ${error.message}`);
    }
  }

  function showPeople(open) {
    $("layout").classList.toggle("people-open", open);
    $("people-button").setAttribute("aria-expanded", String(open));
  }

  // ------------------------------------------------------------ demo clock

  function showClock(data) {
    const when = new Date(data.unix * 1000);
    $("clock-now").textContent = when.toLocaleString([], {
      weekday: "short", day: "numeric", month: "short", hour: "2-digit", minute: "2-digit",
    });
    return $("clock-now").textContent;
  }

  async function refreshClock() {
    if (!state.info || !state.info.time_control) return;
    try {
      showClock(await api("/clock"));
    } catch (error) {
      // The demo may be stopping; the next refresh will try again.
    }
  }

  async function advanceClock(seconds) {
    const buttons = document.querySelectorAll("[data-advance]");
    for (const b of buttons) b.disabled = true;
    try {
      const data = await api("/clock/advance", { method: "POST", body: { seconds } });
      toast(`Demo time is now ${showClock(data)}`);
    } catch (error) {
      toast(`Error: ${error.message}`);
    } finally {
      for (const b of buttons) b.disabled = false;
    }
  }

  // ------------------------------------------------------------ wiring

  async function init() {
    try {
      state.info = await api("/info");
      $("bot-name").textContent = state.info.bot_first_name;
      $("bot-avatar").textContent = (state.info.bot_first_name || "B").slice(0, 1);
      document.title = `${state.info.bot_first_name} · sandbox`;
    } catch (error) {
      toast("Sandbox server not reachable");
    }
    await refreshPeople();
    setInterval(refreshPeople, 5000);
    if (state.info && state.info.time_control) {
      $("demo-clock").hidden = false;
      await refreshClock();
      setInterval(refreshClock, 30000);
      for (const button of document.querySelectorAll("[data-advance]")) {
        button.addEventListener("click", () => advanceClock(Number(button.dataset.advance)));
      }
    }
    $("people-button").addEventListener("click", () => {
      showPeople(!$("layout").classList.contains("people-open"));
    });
    $("close-people").addEventListener("click", () => showPeople(false));
    const wanted = Number(new URLSearchParams(location.search).get("user"));
    if (wanted && state.users.some((u) => u.id === wanted)) selectUser(wanted);
    else if (state.users.length) selectUser(state.users[0].id);

    $("new-person").addEventListener("submit", createPerson);
    $("composer").addEventListener("submit", (event) => {
      event.preventDefault();
      const box = $("text");
      const text = box.value;
      box.value = "";
      sendText(text);
    });
    $("text").addEventListener("keydown", (event) => {
      if (event.key === "Enter" && !event.shiftKey) {
        event.preventDefault();
        $("composer").requestSubmit();
      }
    });
    for (const button of document.querySelectorAll("[data-send]")) {
      button.addEventListener("click", () => {
        const kind = button.dataset.send;
        if (kind === "location") sendKind({ location: { latitude: 60.1699, longitude: 24.9384 } });
        else sendKind({ [kind]: true });
      });
    }
    $("keyboard-toggle").addEventListener("click", () => {
      state.keyboardCollapsed = !state.keyboardCollapsed;
      renderReplyKeyboard();
    });
    $("menu-button").addEventListener("click", toggleCommands);
    $("block").addEventListener("change", (event) => {
      const blocked = event.target.checked;
      guarded(() => api(`/users/${state.current}/block`, { method: "POST", body: { blocked } }))
        .then(refreshPeople);
    });
  }

  init();
})();
