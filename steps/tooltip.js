// Controls named only by a tooltip: "controls" lists the page's visible enabled buttons and
// links with no name, text, title or named picture (at most max: those whose picture shares a
// word with label first, then in page order); "mark" notes the tooltips shown before the
// pointer moves; "tip", run on one such control while the mouse points at it, reads the
// tooltip it shows, and "none" says it showed none. "known" is what an earlier look read of
// this control (null: never pointed at), kept with the document, so a later step does not
// point at the same toolbar again.
function (what, max, label) {
  const read = window[Symbol.for("docdrift.tooltipsRead")] ||= new WeakMap();
  if (what === "known") {
    if (!this.isConnected) throw new Error("the page drew it anew"); // not pointed at in vain
    return read.has(this) ? read.get(this) : null;
  }
  if (what === "none") {
    read.set(this, "");
    return "";
  }
  // (A tooltip fading in counts as shown: its opacity is not asked.)
  const visible = (el, fading) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const st = getComputedStyle(el);
    return st.visibility !== "hidden" && st.display !== "none" && (fading || Number(st.opacity) > 0);
  };
  if (what === "controls") {
    // Those whose picture's names (an icon library's class or data-icon, a sprite's href, an
    // image's file) share a word with the label come first: pointing at each costs its
    // tooltip's show delay, and a step's time is short.
    const words = String(label).toLowerCase().split(/[^a-z0-9]+/).filter((w) => w.length >= 3);
    const pictured = (el) => {
      const names = [];
      for (const e of [el, ...el.querySelectorAll("*")]) {
        for (const a of ["data-icon", "icon", "href", "xlink:href", "src"]) names.push(e.getAttribute(a) || "");
        if (e !== el) names.push(e.getAttribute("class") || "");
      }
      const have = new Set(names.join(" ").toLowerCase().split(/[^a-z0-9]+/));
      return words.filter((w) => have.has(w)).length;
    };
    const out = [];
    const sel = "button, a[href], [role=button], [role=link], [role=menuitem], [role=tab]";
    for (const el of document.querySelectorAll(sel)) {
      if (el.disabled || el.getAttribute("aria-disabled") === "true") continue;
      if (el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || el.title) continue;
      if (el.textContent.trim() !== "") continue;
      if (el.querySelector("img[alt]:not([alt='']), svg title, [title], [aria-label]")) continue;
      if (!visible(el)) continue;
      out.push(el);
    }
    const score = new Map(out.map((el) => [el, pictured(el)]));
    return out.sort((a, b) => score.get(b) - score.get(a)).slice(0, max); // stable: page order otherwise
  }
  // A tooltip's first line is its name: not the keyboard shortcut or the hint it may show
  // beside or under it ("Open nodes panel" and a Tab key). Lines break at blocks, which is
  // what the items of a flex row are too.
  const said = (el) => {
    const lines = [""];
    const walk = (n) => {
      for (const c of n.childNodes) {
        if (c.nodeType === Node.TEXT_NODE) lines[lines.length - 1] += c.data;
        if (c.nodeType !== Node.ELEMENT_NODE || c.tagName === "KBD") continue;
        const block = c.tagName === "BR" || !getComputedStyle(c).display.startsWith("inline");
        if (block) lines.push("");
        walk(c);
        if (block) lines.push("");
      }
    };
    walk(el);
    return lines.map((l) => l.trim()).find((l) => l !== "") || "";
  };
  // Tooltips shown before the pointer moved (one still fading out) are another control's:
  // "mark" notes them, "tip" passes them by unless this control names them.
  const shown = window[Symbol.for("docdrift.tooltipsShown")] ||= new WeakSet();
  if (what === "mark") {
    for (const t of document.querySelectorAll("[role=tooltip]")) if (visible(t, true)) shown.add(t);
    return "";
  }
  const texts = [];
  for (const id of (this.getAttribute("aria-describedby") || "").split(/\s+/)) {
    const d = id && document.getElementById(id);
    if (d && visible(d, true)) texts.push(said(d));
  }
  for (const t of document.querySelectorAll("[role=tooltip]")) {
    if (visible(t, true) && !shown.has(t)) texts.push(said(t));
  }
  for (const part of ["::before", "::after"]) {
    const c = getComputedStyle(this, part).content;
    if (c && c.startsWith('"')) {
      try { texts.push(JSON.parse(c)); } catch (e) { /* not a plain string */ }
    }
  }
  const tip = texts.find((t) => t && t.trim() !== "") || "";
  if (tip !== "") read.set(this, tip);
  return tip;
}
