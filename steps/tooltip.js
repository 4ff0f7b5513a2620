// Controls named only by a tooltip: "controls" lists the page's visible enabled buttons and
// links with no name, text, title or named picture (at most max, in page order); "tip", run on
// one such control while the mouse points at it, reads the tooltip it shows.
function (what, max) {
  const visible = (el) => {
    const r = el.getBoundingClientRect();
    if (r.width < 1 || r.height < 1) return false;
    const st = getComputedStyle(el);
    return st.visibility !== "hidden" && st.display !== "none" && Number(st.opacity) > 0;
  };
  if (what === "controls") {
    const out = [];
    const sel = "button, a[href], [role=button], [role=link], [role=menuitem], [role=tab]";
    for (const el of document.querySelectorAll(sel)) {
      if (out.length >= max) break;
      if (el.disabled || el.getAttribute("aria-disabled") === "true") continue;
      if (el.getAttribute("aria-label") || el.getAttribute("aria-labelledby") || el.title) continue;
      if (el.textContent.trim() !== "") continue;
      if (el.querySelector("img[alt]:not([alt='']), svg title, [title], [aria-label]")) continue;
      if (!visible(el)) continue;
      out.push(el);
    }
    return out;
  }
  const texts = [];
  for (const id of (this.getAttribute("aria-describedby") || "").split(/\s+/)) {
    const d = id && document.getElementById(id);
    if (d && visible(d)) texts.push(d.innerText);
  }
  for (const t of document.querySelectorAll("[role=tooltip]")) {
    if (visible(t) && !texts.includes(t.innerText)) texts.push(t.innerText);
  }
  for (const part of ["::before", "::after"]) {
    const c = getComputedStyle(this, part).content;
    if (c && c.startsWith('"')) {
      try { texts.push(JSON.parse(c)); } catch (e) { /* not a plain string */ }
    }
  }
  return texts.find((t) => t && t.trim() !== "") || "";
}
