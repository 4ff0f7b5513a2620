// The flat tree a reader sees, for page scripts: web components draw their controls in open
// shadow roots, where a slotted node sits in its slot and a shadow root's content in its host;
// a same-origin frame's document sits in its frame element (an editor's canvas, a settings
// pane). Scripts run in the top document: every box here is in its viewport's coordinates.
(() => {
  // frameDoc is the document a frame element shows, when the page may read it (same origin).
  const frameDoc = (el) => {
    if (el.localName !== "iframe" && el.localName !== "frame") return null;
    try { return el.contentDocument; } catch (e) { return null; }
  };
  // holder is the frame element showing doc, null for the top document.
  const holder = (doc) => (doc && doc.nodeType === 9 && doc !== document && doc.defaultView?.frameElement) || null;
  // inner is what el draws that its own tree does not hold: a shadow root or a frame's document.
  const inner = (el) => el.shadowRoot || frameDoc(el);
  // Whether the top document has neither shadow roots nor readable frames, learnt once: a
  // script evaluates these helpers afresh for each look at the page.
  let plain;
  const isPlain = () => plain ??= !Array.from(document.querySelectorAll("*")).some(inner);
  // offset is where el's document's viewport sits in the top one.
  const offset = (el) => {
    let x = 0, y = 0;
    for (let f = holder(el.ownerDocument); f; f = holder(f.ownerDocument)) {
      const r = f.getBoundingClientRect(), cs = getComputedStyle(f);
      x += r.left + f.clientLeft + parseFloat(cs.paddingLeft);
      y += r.top + f.clientTop + parseFloat(cs.paddingTop);
    }
    return { x, y };
  };
  const moved = (r, o) => new DOMRect(r.left + o.x, r.top + o.y, r.width, r.height);
  // up is el's parent as drawn: its slot, its parent, its shadow root's host, or the frame
  // element showing its document.
  const up = (el) => el.assignedSlot || el.parentElement || el.parentNode?.host || holder(el.parentNode);
  return {
    frameDoc, inner, offset, up,
    // whenTypes are the input types a date or a time is typed into; segmented reports a date
    // drawn as a group of spin buttons (React Aria's), one field to a reader too.
    whenTypes: ["date", "datetime-local", "time", "month", "week"],
    segmented: (el) => (el.getAttribute("role") || "").trim().split(/\s+/)[0] === "group" && !!el.querySelector("[role=spinbutton]"),
    // closestUp is closest() across shadow and frame boundaries: within el's tree, then its
    // host's or frame's.
    closestUp(el, selector) {
      for (let e = el; e; e = e.getRootNode().host || holder(e.getRootNode())) {
        const found = e.closest(selector);
        if (found) return found;
      }
      return null;
    },
    // deepAll is querySelectorAll that also looks into open shadow roots and same-origin
    // frames, in the order a reader meets them.
    deepAll(root, selector) {
      if (root.getRootNode() === document && !root.shadowRoot && isPlain()) return Array.from(root.querySelectorAll(selector));
      const out = [];
      const walk = (r) => {
        for (const el of r.querySelectorAll("*")) {
          if (el.matches(selector)) out.push(el);
          const within = inner(el);
          if (within) walk(within);
        }
      };
      if (root.shadowRoot) walk(root.shadowRoot);
      walk(root);
      return out;
    },
    // rect and rects are el's getBoundingClientRect and getClientRects in the top viewport.
    rect: (el) => moved(el.getBoundingClientRect(), offset(el)),
    rects(el) {
      const o = offset(el);
      return Array.from(el.getClientRects(), (r) => moved(r, o));
    },
    // reaches says whether a click that lands on hit reaches el: hit is el or drawn inside it
    // (also from a shadow tree within, an icon component, or slotted into it), or its label.
    reaches(hit, el) {
      for (const own of [el, ...(el.labels || [])])
        for (let n = hit; n; n = up(n)) if (n === own) return true;
      return false;
    },
    // hitAt is what a click at (x, y) of the top viewport lands on, inside components and frames.
    hitAt(x, y) {
      let hit = document.elementFromPoint(x, y), ox = 0, oy = 0;
      for (;;) {
        const doc = hit && frameDoc(hit);
        if (doc) {
          const r = hit.getBoundingClientRect(), cs = getComputedStyle(hit);
          ox += r.left + hit.clientLeft + parseFloat(cs.paddingLeft);
          oy += r.top + hit.clientTop + parseFloat(cs.paddingTop);
          const next = doc.elementFromPoint(x - ox, y - oy);
          if (!next) return hit;
          hit = next;
          continue;
        }
        const deeper = hit && hit.shadowRoot && hit.shadowRoot.elementFromPoint(x - ox, y - oy);
        if (!deeper || deeper === hit) return hit;
        hit = deeper;
      }
    },
    // dialogName is a dialog's name as a reader hears it: what aria-labelledby points at in its
    // own tree, its aria-label, else its first heading; text reads an element's text.
    dialogName(d, text = (e) => e.textContent) {
      const norm = (s) => (s || "").replace(/[\s\u00a0]+/g, " ").trim();
      const tree = d.getRootNode().getElementById ? d.getRootNode() : document;
      const ids = (d.getAttribute("aria-labelledby") || "").split(/\s+/).filter(Boolean);
      const named = norm(ids.map((id) => tree.getElementById(id)).filter(Boolean).map(text).join(" "));
      if (named) return named;
      if (norm(d.getAttribute("aria-label"))) return norm(d.getAttribute("aria-label"));
      const h = d.querySelector("h1, h2, h3, h4, h5, h6, [role=heading]");
      return h ? norm(text(h)) : "";
    },
  };
})()
