// A small single-page admin app: every view is drawn by this script, links route with
// history.pushState, and data comes from /api with a bearer token kept in localStorage.
"use strict";
(() => {
  let labels = {};
  let identifierFirst = false, landing = false, welcomeTour = false, cookieWall = false;
  const L = (s) => (s in labels ? labels[s] : s); // a label renamed to "" is gone
  const app = document.getElementById("app");
  const token = () => localStorage.getItem("jwtToken");

  function h(tag, attrs, ...kids) {
    const el = document.createElement(tag);
    for (const [k, v] of Object.entries(attrs || {})) {
      if (k.startsWith("on")) el.addEventListener(k.slice(2), v);
      else el.setAttribute(k, v);
    }
    for (const k of kids.flat()) el.append(k);
    return el;
  }

  async function api(method, path, body) {
    const r = await fetch("/api" + path, {
      method, body: body ? JSON.stringify(body) : undefined,
      headers: { "Content-Type": "application/json", Authorization: "Bearer " + (token() || "") },
    });
    if (r.status === 401 && path !== "/login") {
      localStorage.removeItem("jwtToken");
      go("/auth/login");
      throw new Error("signed out");
    }
    if (!r.ok) throw new Error((await r.json().catch(() => ({}))).error || r.statusText);
    return r.status === 204 ? null : r.json();
  }

  function go(path) {
    history.pushState({}, "", path);
    render();
  }
  window.addEventListener("popstate", render);
  document.addEventListener("click", (e) => {
    const a = e.target.closest("a[href^='/']");
    if (a && !e.defaultPrevented) {
      e.preventDefault();
      go(a.getAttribute("href"));
    }
  });

  function toast(text) {
    const t = h("div", { class: "toast" }, text);
    document.getElementById("toasts").append(t);
    setTimeout(() => t.remove(), 4000);
  }

  // Portals: menus and dialogs live at the end of the body, outside the app's tree.
  function closePortals() {
    document.querySelectorAll("[data-portal]").forEach((p) => p.remove());
    app.removeAttribute("inert");
  }
  function menu(opener, items) {
    closePortals();
    const r = opener.getBoundingClientRect();
    const m = h("ul", { role: "menu", "data-portal": "", style: `left:${r.left + scrollX}px;top:${r.bottom + scrollY}px` },
      items.map(([text, act]) => h("li", { role: "none" },
        h("span", { role: "menuitem", tabindex: "-1", onclick: () => { closePortals(); act(); } }, L(text)))));
    document.body.append(m);
    opener.setAttribute("aria-expanded", "true");
  }
  function confirmDialog(question, onConfirm) {
    closePortals();
    app.setAttribute("inert", "");
    const close = () => closePortals();
    document.body.append(
      h("div", { class: "backdrop", "data-portal": "", onclick: close }),
      h("div", { role: "dialog", "aria-modal": "true", "aria-labelledby": "dlg-title", "data-portal": "" },
        h("h2", { id: "dlg-title" }, L("Confirmation")), h("p", {}, question),
        h("button", { type: "button", onclick: close }, L("Cancel")),
        h("button", { type: "button", onclick: () => { close(); onConfirm(); } }, L("Confirm"))));
  }

  // tour opens the product tour's first dialog over whatever page is showing.
  function tour() {
    closePortals();
    app.setAttribute("inert", "");
    const close = () => { closePortals(); document.removeEventListener("keydown", onKey); };
    const onKey = (e) => { if (e.key === "Escape") close(); };
    document.addEventListener("keydown", onKey);
    const dismiss = L("Close") ? [h("button", { type: "button", onclick: close }, L("Close"))] : [];
    const dialog = h("div", { role: "dialog", "aria-modal": "true", "aria-labelledby": "tour-title", "data-portal": "", tabindex: "-1" },
      h("h2", { id: "tour-title" }, L("Welcome to your admin")),
      h("p", {}, L("Let us show you around.")),
      h("button", { type: "button" }, L("Take the tour")), ...dismiss);
    document.body.append(h("div", { class: "backdrop", "data-portal": "" }), dialog);
    dialog.focus();
  }

  // consentWall covers the page until the visitor answers; the answer is kept.
  function consentWall() {
    if (!cookieWall || localStorage.getItem("consent")) return;
    const answer = (v) => () => { localStorage.setItem("consent", v); wall.remove(); };
    const wall = h("div", { class: "consent" }, h("div", {},
      h("p", {}, L("We use cookies to make this admin work and to measure how it is used.")),
      h("button", { type: "button", onclick: answer("all") }, L("Accept all")),
      h("button", { type: "button", onclick: answer("none") }, L("Reject all"))));
    document.body.append(wall);
  }

  function layout(...content) {
    app.replaceChildren(
      h("header", {}, h("a", { href: "/admin" }, L("Home")), h("a", { href: "/admin/settings" }, L("Settings"))),
      h("main", {}, ...content));
  }
  function settings(...content) {
    layout(h("nav", { class: "side", "aria-label": "Settings" },
      h("h2", {}, L("Global settings")), h("a", { href: "/admin/settings/tokens" }, L("API Tokens")),
      h("a", { href: "/admin/settings/labels" }, L("Labels")), h("a", { href: "/admin/settings/teams" }, L("Teams"))),
    h("div", { class: "content" }, ...content));
  }

  function loginView() {
    const error = h("p", { role: "alert" });
    const form = h("form", { novalidate: "" },
      h("h1", {}, L("Welcome back!")),
      h("label", {}, L("Email"), h("input", { type: "email", name: "email", autocomplete: "username" })),
      h("label", {}, L("Password"), h("input", { type: "password", name: "password", autocomplete: "current-password" })),
      error, h("button", { type: "submit" }, L("Login")));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      try {
        const r = await api("POST", "/login", { email: form.email.value, password: form.password.value });
        localStorage.setItem("jwtToken", r.token);
        go("/admin");
        if (welcomeTour) setTimeout(tour, 150);
      } catch (err) {
        error.textContent = err.message;
      }
    });
    if (identifierFirst) return emailFirst(form);
    app.replaceChildren(h("main", {}, form));
  }

  // emailFirst shows the log-in form's email field alone with a "Next" button; the password
  // part follows, with the email shown read-only above it.
  function emailFirst(form) {
    const email = form.email.closest("label"), password = form.password.closest("label");
    const rest = Array.from(form.children).filter((el) => el !== email && el.localName !== "h1");
    const next = h("form", { novalidate: "" }, h("h1", {}, L("Sign in")), email, h("button", { type: "submit" }, L("Next")));
    next.addEventListener("submit", (e) => {
      e.preventDefault();
      const shown = h("label", {}, L("Email"), h("input", { type: "email", name: "email", value: next.email.value, readonly: "" }));
      form.replaceChildren(form.firstChild, shown, ...rest);
      app.replaceChildren(h("main", {}, form));
      password.querySelector("input").focus();
    });
    app.replaceChildren(h("main", {}, next));
  }

  async function tokensView() {
    const list = h("div", { "aria-busy": "true" }, h("p", { role: "status" }, L("Loading tokens…")));
    settings(h("h1", {}, L("API Tokens")),
      h("p", {}, h("a", { class: "button", href: "/admin/settings/tokens/new" }, L("Create new API Token"))), list);
    const tokens = await api("GET", "/tokens");
    const rows = tokens.map((t) => h("tr", {}, h("td", {}, h("a", { href: "/admin/settings/tokens/" + t.id }, t.name)), h("td", {},
      h("button", { type: "button", "aria-label": L("More actions"), "aria-haspopup": "menu", class: "icon-more",
        onclick: (e) => menu(e.currentTarget, [["Delete", () => confirmDialog(L("Are you sure you want to delete this?"), async () => {
          await api("DELETE", "/tokens/" + t.id);
          toast(L("Token deleted"));
          tokensView();
        })]]) }, "•••"))));
    list.replaceChildren(h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, L("Name")), h("th", {}, L("Actions")))),
      h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", { colspan: "2" }, L("No tokens yet"))))));
    list.removeAttribute("aria-busy");
  }

  // tokenView is a token's own page, its list's link: its name, its labels and what can be
  // done to it. Labels are made only here, inside a token.
  async function tokenView(id) {
    const t = (await api("GET", "/tokens")).find((t) => String(t.id) === id);
    if (!t) return settings(h("h1", {}, L("Token not found")));
    const labelled = h("section", { "aria-labelledby": "labels-title" }, h("h2", { id: "labels-title" }, L("Labels")),
      h("ul", {}, (t.labels || []).map((l) => h("li", {}, l))),
      h("button", { type: "button", onclick: () => labelled.replaceChildren(newLabelForm(t)) }, L("Add label")));
    settings(h("h1", {}, t.name), h("p", {}, h("button", { type: "button",
      onclick: () => confirmDialog(L("Are you sure you want to delete this?"), async () => {
        await api("DELETE", "/tokens/" + t.id);
        toast(L("Token deleted"));
        go("/admin/settings/tokens");
      }) }, L("Delete"))), labelled);
  }

  function newLabelForm(t) {
    const form = h("form", {},
      h("label", {}, L("Label name"), h("input", { type: "text", name: "label" })),
      h("button", { type: "submit" }, L("Save")));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      await api("POST", "/tokens/" + t.id + "/labels", { name: form.label.value });
      toast(L("Label added"));
      tokenView(String(t.id));
    });
    return form;
  }

  // labelsView lists every token's labels, each deleted from its row.
  async function labelsView() {
    const list = h("div", { "aria-busy": "true" });
    settings(h("h1", {}, L("Labels")), list);
    const rows = (await api("GET", "/tokens")).flatMap((t) => (t.labels || []).map((l) => h("tr", {}, h("td", {}, l), h("td", {}, t.name),
      h("td", {}, h("button", { type: "button", onclick: () => confirmDialog(L("Are you sure you want to delete this?"), async () => {
        await api("DELETE", "/tokens/" + t.id + "/labels/" + encodeURIComponent(l));
        toast(L("Label deleted"));
        labelsView();
      }) }, L("Delete"))))));
    list.replaceChildren(h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, L("Label")), h("th", {}, L("Token")), h("th", {}, L("Actions")))),
      h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", { colspan: "3" }, L("No labels yet"))))));
    list.removeAttribute("aria-busy");
  }

  async function teamsView() {
    const list = h("div", { "aria-busy": "true" });
    settings(h("h1", {}, L("Teams")), h("p", {}, h("a", { class: "button", href: "/admin/settings/teams/new" }, L("Create team"))), list);
    const rows = (await api("GET", "/teams")).map((t) => h("tr", {}, h("td", {}, h("a", { href: "/admin/settings/teams/" + t.id }, t.name)),
      h("td", {}, String(t.tokens.length))));
    list.replaceChildren(h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, L("Name")), h("th", {}, L("Tokens")))),
      h("tbody", {}, rows.length ? rows : h("tr", {}, h("td", { colspan: "2" }, L("No teams yet"))))));
    list.removeAttribute("aria-busy");
  }

  function newTeamView() {
    const form = h("form", {},
      h("label", {}, L("Name"), h("input", { type: "text", name: "name" })),
      h("button", { type: "submit" }, L("Save")));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      await api("POST", "/teams", { name: form.name.value });
      toast(L("Team created"));
      go("/admin/settings/teams");
    });
    settings(h("h1", {}, L("Create a team")), form);
  }

  // teamView is a team's own page: its tokens, and a dialog that ticks more from the app's.
  async function teamView(id) {
    const t = (await api("GET", "/teams")).find((t) => t.id === id);
    if (!t) return settings(h("h1", {}, L("Team not found")));
    settings(h("h1", {}, t.name), h("section", { "aria-labelledby": "team-tokens" }, h("h2", { id: "team-tokens" }, L("Tokens")),
      h("ul", {}, t.tokens.map((n) => h("li", {}, n))),
      h("button", { type: "button", onclick: () => addTokensDialog(t) }, L("Add tokens"))));
  }

  async function addTokensDialog(t) {
    const tokens = await api("GET", "/tokens");
    closePortals();
    app.setAttribute("inert", "");
    const rows = tokens.map((k) => h("tr", {}, h("td", {}, h("input", { type: "checkbox", "aria-label": k.name, value: k.name })), h("td", {}, k.name)));
    const body = rows.length ? h("table", {}, h("thead", {}, h("tr", {}, h("th", {}, ""), h("th", {}, L("Name")))), h("tbody", {}, rows))
      : h("p", {}, L("No records"));
    const save = async () => {
      const names = [...document.querySelectorAll("[data-portal] input:checked")].map((b) => b.value);
      await api("POST", "/teams/" + t.id + "/tokens", { names });
      closePortals();
      toast(L("Tokens added"));
      teamView(t.id);
    };
    document.body.append(h("div", { class: "backdrop", "data-portal": "" }),
      h("div", { role: "dialog", "aria-modal": "true", "aria-labelledby": "add-title", "data-portal": "" },
        h("h2", { id: "add-title" }, L("Add tokens")), body,
        h("button", { type: "button", onclick: closePortals }, L("Cancel")), h("button", { type: "button", onclick: save }, L("Save"))));
  }

  function newTokenView() {
    const form = h("form", {},
      h("label", {}, L("Name"), h("input", { type: "text", name: "name" })),
      h("button", { type: "submit" }, L("Save")));
    form.addEventListener("submit", async (e) => {
      e.preventDefault();
      const t = await api("POST", "/tokens", { name: form.name.value });
      history.pushState({}, "", "/admin/settings/tokens/" + t.id);
      settings(h("h1", {}, t.name),
        h("div", { class: "token" }, h("p", {}, L("Make sure to copy this token, you won't be able to see it again!")),
          h("code", {}, t.accessKey),
          h("button", { type: "button", "aria-label": L("Copy"), onclick: () => navigator.clipboard && navigator.clipboard.writeText(t.accessKey).catch(() => {}) }, "⧉")));
      toast(L("Token created"));
    });
    settings(h("h1", {}, L("Create an API Token")), form);
  }

  function render() {
    closePortals();
    const path = location.pathname;
    if (!token() && path !== "/auth/login") {
      if (!landing) return go("/auth/login");
      return app.replaceChildren(h("header", {}, h("a", { href: "/auth/login" }, L("Log in"))),
        h("main", {}, h("h1", {}, L("The admin of your store")), h("p", {}, L("Log in to manage it."))));
    }
    if (path === "/auth/login") return token() ? go("/admin") : loginView();
    if (path === "/admin/settings/tokens") return tokensView();
    if (path === "/admin/settings/tokens/new") return newTokenView();
    if (path === "/admin/settings/labels") return labelsView();
    if (path === "/admin/settings/teams") return teamsView();
    if (path === "/admin/settings/teams/new") return newTeamView();
    if (path.startsWith("/admin/settings/teams/")) return teamView(path.slice("/admin/settings/teams/".length));
    if (path.startsWith("/admin/settings/tokens/")) return tokenView(path.slice("/admin/settings/tokens/".length));
    if (path === "/admin/settings") return settings(h("h1", {}, L("Settings")));
    return layout(h("h1", {}, L("Welcome")));
  }

  Promise.all([fetch("/api/labels").then((r) => r.json()), fetch("/api/sign-in").then((r) => r.json())])
    .then(([l, signIn]) => {
      labels = l || {};
      ({ identifierFirst, landing, welcomeTour, cookieWall } = signIn);
      render();
      consentWall();
    });
})();
