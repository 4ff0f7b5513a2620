// collect lists the visible elements of the wanted roles under `this` (an element) or the
// document, with what a reader sees of each: role, accessible name, text, icon words, table
// row and column, state and box. It keeps the elements in a page-side slot so Go can fetch the
// one it chooses by index, and returns everything else as one JSON string.
function (wanted, records) {
  // A part of the page found earlier that the page has since drawn anew holds nothing a
  // reader could see: say so, rather than list nothing.
  // (nodeType, not instanceof: an element in a frame is of its frame's Element.)
  if (this && this.nodeType === 1 && !this.isConnected) return JSON.stringify({ scopeRedrawn: true });
  const want = new Set(wanted);
  const tracker = window[Symbol.for("docdrift.activity")];
  const mutations = tracker ? tracker.mutations : -1;
  const norm = (s) => (s || "").replace(/[\s\u00a0]+/g, " ").trim();

  const { up, closestUp, deepAll, frameDoc, rect, dialogName, whenTypes, segmented } = FLAT_TREE; // internal/flattree

  const explicit = {
    button: "button", link: "link", menuitem: "menuitem", menuitemcheckbox: "menuitem",
    menuitemradio: "menuitem", tab: "tab", checkbox: "checkbox", switch: "checkbox",
    radio: "radio", textbox: "textbox", searchbox: "textbox", combobox: "combobox",
    listbox: "combobox", heading: "heading", dialog: "dialog", alertdialog: "dialog",
    row: "row", cell: "cell", gridcell: "cell", columnheader: "cell", rowheader: "cell",
    option: "option", group: "group", radiogroup: "group",
    status: "status", alert: "status", log: "status",
  };
  const live = (el) => !!el && (["status", "alert", "log"].includes(el.getAttribute("role")) ||
    ["polite", "assertive"].includes(el.getAttribute("aria-live")));
  // (A date or a time is typed into its field too: a reader fills "Expiration date".)
  const textInputs = ["", "text", "email", "password", "search", "tel", "url", "number", ...whenTypes];

  function inputType(el) { return (el.getAttribute("type") || "").toLowerCase(); }

  function nativeRole(el) {
    switch (el.localName) {
      case "a": case "area": return el.hasAttribute("href") ? "link" : "";
      case "button": case "summary": return "button";
      case "input": {
        const t = inputType(el);
        if (["submit", "button", "reset", "image"].includes(t)) return "button";
        if (t === "checkbox" || t === "radio") return t;
        return textInputs.includes(t) ? "textbox" : "";
      }
      case "textarea": return "textbox";
      case "select": return "combobox";
      case "h1": case "h2": case "h3": case "h4": case "h5": case "h6": return "heading";
      case "dialog": return el.open ? "dialog" : "";
      case "tr": return "row";
      case "td": case "th": return "cell";
      case "option": return "option";
      case "fieldset": return "group";
      case "output": return "status";
    }
    // A trigger of a popup is a button whatever element draws it (Reka's and Radix's popover
    // triggers rendered as a div: n8n's account menu).
    const popup = el.getAttribute("aria-haspopup");
    if (popup && popup !== "false") return "button";
    // A live region announces messages (toasts, "Saved"), and so does each message in it.
    if (live(el) || live(el.parentElement)) return "status";
    return el.isContentEditable && !el.parentElement?.isContentEditable ? "textbox" : "";
  }

  // roles: the element's role, plus "radio" for option buttons (a pressed/checked state or a
  // radiogroup parent make a button act as one choice of several).
  function rolesOf(el) {
    const attr = (el.getAttribute("role") || "").trim().split(/\s+/)[0];
    const role = attr ? explicit[attr] || "" : nativeRole(el);
    // A date drawn as segments (React Aria's date field: month, day, year spin buttons in a
    // group) is one field to a reader.
    if (segmented(el)) return ["textbox"];
    if (role === "button" && (el.hasAttribute("aria-pressed") || el.hasAttribute("aria-checked") ||
        closestUp(el, "[role=radiogroup]"))) return ["button", "radio"];
    return role ? [role] : [];
  }

  function hidden(el) {
    const cs = getComputedStyle(el);
    return cs.display === "none" || cs.visibility === "hidden" || cs.visibility === "collapse" ||
      el.getAttribute("aria-hidden") === "true";
  }

  function visible(el) {
    if (el.localName === "option") { const s = el.closest("select"); return !!s && visible(s); }
    if (el.checkVisibility && !el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
    let r = rect(el);
    // 1px boxes and zero clips are the "visually hidden" pattern: there for screen readers only.
    if (r.width * r.height <= 1 || clippedAway(getComputedStyle(el))) return false;
    if (r.right + scrollX <= 0 || r.bottom + scrollY <= 0) return false; // parked offscreen
    // A fixed or absolutely positioned box (a panel slid over the page, a popover) is clipped
    // only by the boxes it is positioned in, not by every box it sits in.
    let placed = getComputedStyle(el).position;
    for (let a = up(el); a && a !== document.body; a = up(a)) {
      if (a.localName === "slot") continue; // display: contents, no box of its own
      // A frame's own document scrolls like a page, and its body and root clip like a window.
      if (a.ownerDocument !== document && (a === a.ownerDocument.body || a === a.ownerDocument.documentElement)) continue;
      const cs = getComputedStyle(a);
      if (clippedAway(cs)) return false;
      if (frameDoc(a)) { // what a frame shows is as visible as the frame, and where it is
        if (!a.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true })) return false;
        r = rect(a);
        placed = cs.position;
        continue;
      }
      const holdsFixed = cs.transform !== "none" || cs.filter !== "none" || cs.perspective !== "none" ||
        /paint|layout|strict|content/.test(cs.contain);
      const holds = placed === "fixed" ? holdsFixed : placed === "absolute" ? cs.position !== "static" || holdsFixed : true;
      if (!holds) continue;
      placed = cs.position;
      if (cs.overflowX === "visible" && cs.overflowY === "visible") continue;
      // Clipped away by a collapsed container; scrolled out of a scrolling one (a wide table's
      // last column) is only a scroll away, as a reader finds it.
      const b = rect(a), scrolls = (v) => v === "auto" || v === "scroll";
      const outX = r.right <= b.left || r.left >= b.right, outY = r.bottom <= b.top || r.top >= b.bottom;
      if (outX && !scrolls(cs.overflowX) || outY && !scrolls(cs.overflowY)) return false;
      if (outX || outY) { // scrolled to, it shows in this box: the boxes around it clip that
        r = new DOMRect(outX ? b.left : r.left, outY ? b.top : r.top, outX ? b.width : r.width, outY ? b.height : r.height);
      }
    }
    return true;
  }

  function clippedAway(cs) {
    return (cs.position === "absolute" || cs.position === "fixed") && /^rect\(0px,? 0px,? 0px,? 0px\)$/.test(cs.clip) ||
      cs.clipPath === "inset(50%)";
  }

  const blocky = /^(block|flex|grid|table|table-cell|table-row|list-item)/;
  // textOf is the text a reader sees, with images' alt and icons' aria-label, skipping skip.
  function textOf(node, skip, depth = 0) {
    if (node.nodeType === 3) return node.data;
    if (node.nodeType !== 1 || node === skip) return "";
    const el = node;
    if (hidden(el)) return "";
    const label = el.getAttribute("aria-label");
    if (label && depth > 0) return " " + label + " ";
    if (el.localName === "img") return " " + (el.getAttribute("alt") || "") + " ";
    if (el.localName === "input" && ["submit", "button", "reset"].includes(inputType(el))) return " " + el.value + " ";
    if (["script", "style", "template", "select", "textarea", "input"].includes(el.localName)) return "";
    // What shows is a host's shadow tree, and in a slot what was slotted into it.
    const shown = el.shadowRoot ? el.shadowRoot.childNodes : el.localName === "slot" ? el.assignedNodes({ flatten: true }) : el.childNodes;
    let s = "";
    for (const c of shown) s += textOf(c, skip, depth + 1);
    return blocky.test(getComputedStyle(el).display) ? " " + s + " " : s;
  }

  // byIds is the text of the elements ids name, in el's own tree (a shadow root has its own ids).
  function byIds(el, ids) {
    const tree = el.getRootNode().getElementById ? el.getRootNode() : document;
    return norm((ids || "").split(/\s+/).map((id) => tree.getElementById(id))
      .filter(Boolean).map((e) => textOf(e)).join(" "));
  }

  function nameOf(el, role, stand) {
    const named = byIds(el, el.getAttribute("aria-labelledby")) || norm(el.getAttribute("aria-label"));
    if (named) return named;
    if (stand) return norm(textOf(el, stand));
    // A button a label names (HTML-AAM), as a radio card is: "Fixed" over its description
    // (Medusa's price type, a Radix radio with its <label for> inside).
    if (el.localName === "button" && el.labels && el.labels.length) {
      const labels = norm(Array.from(el.labels).map((l) => textOf(l, el)).join(" "));
      if (labels) return labels;
    }
    if (["input", "textarea", "select"].includes(el.localName)) {
      const t = inputType(el);
      if (el.localName === "input" && ["submit", "button", "reset"].includes(t))
        return norm(el.value) || (t === "reset" ? "Reset" : t === "submit" ? "Submit" : "");
      if (t === "image") return norm(el.getAttribute("alt"));
      const labels = Array.from(el.labels || []).map((l) => textOf(l, el)).join(" ");
      return norm(labels) || norm(el.getAttribute("title")) || looseLabel(el) || norm(el.getAttribute("placeholder"));
    }
    if (role === "group") {
      const legend = el.querySelector(":scope > legend");
      return legend ? norm(textOf(legend)) : norm(el.getAttribute("title"));
    }
    if (role === "dialog") {
      const n = dialogName(el, textOf);
      if (n) return n;
    }
    if (!["dialog", "combobox", "textbox"].includes(role)) {
      const t = norm(textOf(el));
      if (t) return t;
    }
    return norm(el.getAttribute("title")) || (["combobox", "textbox"].includes(role) ? looseLabel(el) : "");
  }

  // looseLabel is the text of a <label> the page draws just before a field without tying it
  // to the field (no "for", not around it) — a reader still reads it as the field's name: the
  // nearest one met walking back from the field and up its ancestors, before any other control.
  function looseLabel(el) {
    let a = el;
    for (let depth = 0; depth < 6 && a && a !== document.body; depth++, a = up(a)) {
      for (let sib = a.previousElementSibling; sib; sib = sib.previousElementSibling) {
        if (sib.matches(operable) || sib.querySelector(operable)) return groupLabel(el); // another field's
        const label = sib.localName === "label" ? sib : sib.querySelector("label");
        if (label) return label.htmlFor ? groupLabel(el) : norm(textOf(label));
      }
    }
    return groupLabel(el);
  }

  // groupLabel is the text of the one <label> of the smallest box around a field that holds a
  // label, when that box holds no other field and the label is tied to no field: a
  // PatternFly typeahead's text box sits beside chips and a toggle button, and its group's
  // label "Groups" is tied to the toggle (Cockpit's account page) — a reader still reads it
  // as the field's name.
  function groupLabel(el) {
    for (let a = up(el), depth = 0; a && a !== document.body && depth < 6; a = up(a), depth++) {
      const labels = a.querySelectorAll("label");
      if (labels.length === 0) continue;
      const fields = a.querySelectorAll("input:not([type=hidden]):not([type=checkbox]):not([type=radio]), textarea, select");
      const tied = labels[0].control;
      if (labels.length > 1 || fields.length !== 1 || fields[0] !== el || tied && tied.matches("input, textarea, select")) return "";
      return norm(textOf(labels[0]));
    }
    return "";
  }

  // A count or a release badge drawn after a control's label, in an element of its own
  // ("Comments 3", "Issues 1,204", "Editor beta"), is not what a reader calls the control, and
  // a count changes by the day.
  const badgeWords = /^(\(?[\d][\d,.]*[kKmM+]?\)?|new|beta|alpha|preview|experimental)$/i;
  function bareOf(el, name) {
    return headOf(el, name) || badgeless(el, name);
  }

  // A control drawn as a title over a description (an accordion's trigger, a card, a menu item
  // with a hint: "Email" over "Define all allowed actions…") is called by its title. Only
  // names of several words are looked into, and the title must be a line of its own.
  function headOf(el, name) {
    if (name.indexOf(" ") < 0) return "";
    let b = el;
    for (;;) {
      const kids = Array.from(b.children).filter((k) => norm(textOf(k)));
      if (kids.length !== 1 || norm(textOf(kids[0])) !== norm(textOf(b))) {
        if (kids.length < 2) return "";
        const head = norm(textOf(kids[0]));
        const display = getComputedStyle(kids[0]).display;
        const line = !display.startsWith("inline") || /^H[1-6]$/.test(kids[0].tagName);
        return line && head.length < name.length && name.startsWith(head) ? head : "";
      }
      b = kids[0];
    }
  }

  function badgeless(el, name) {
    // Most names end in no count or badge: only those that do walk down to their last element.
    if (!badgeWords.test(name.slice(name.lastIndexOf(" ") + 1))) return "";
    let b = el;
    for (;;) {
      const kids = Array.from(b.children).filter((k) => norm(textOf(k)));
      if (!kids.length) break;
      b = kids[kids.length - 1];
    }
    const badge = b === el ? "" : norm(textOf(b));
    if (!badgeWords.test(badge) || !name.endsWith(" " + badge)) return "";
    return name.slice(0, -badge.length - 1).trim();
  }

  // What a reader can operate: no caption holds one, and nothing drawn inside one is a control
  // of its own.
  const control = "a[href],button,summary,input,select,textarea,label,[role=button],[role=link]," +
    "[role=menuitem],[role=tab],[role=option],[role=checkbox],[role=radio],[role=switch],[role=combobox]";
  const operable = control.replace(",label,", ",");

  // A control drawn only as a picture with a line of text under it (a canvas's "+" over "Add
  // first step…", a tile) is called by that caption: the element right after it, text alone,
  // below it and across its middle. Text beside a picture (a row's name left of its "⋮") is
  // no caption.
  function captionOf(el) {
    const next = el.nextElementSibling;
    if (!next || next.querySelector(control) || next.matches(control)) return "";
    const text = norm(textOf(next));
    if (!text || text.length > 40) return "";
    const a = rect(el), b = rect(next);
    const middle = a.left + a.width / 2;
    return b.top >= a.bottom - 2 && b.left <= middle && b.right >= middle ? text : "";
  }

  const iconish = /icon|^fa[a-z]?$|^fa-|glyph|^bi-|^mdi|material|^ti-|^la-|^ion-|avatar/i;
  function iconWords(el) {
    const out = [];
    const add = (e) => {
      // "icon trash", "fa fa-cog": once one class marks an icon, every class may name it.
      const classes = Array.from(e.classList || []);
      if (classes.some((c) => iconish.test(c))) out.push(classes.join(" "));
      for (const a of ["data-icon", "data-glyph"]) if (e.getAttribute(a)) out.push(e.getAttribute(a));
      const href = e.getAttribute("href") || e.getAttribute("xlink:href");
      if (e.localName === "use" && href) out.push(href.replace(/^.*#/, ""));
      if (e.localName === "img" && e.getAttribute("src")) out.push(e.getAttribute("src").replace(/^.*\//, "").replace(/\.\w+$/, ""));
      if (e.localName === "title" && e.closest("svg")) out.push(e.textContent);
      if (e.localName === "svg") out.push(drawnIcon(e));
      // An icon component says which icon by an attribute: <sl-icon name="gear">, <ion-icon name="trash">.
      if (e.localName.includes("-") && e.localName.includes("icon"))
        for (const a of ["name", "icon"]) if (e.getAttribute(a)) out.push(e.getAttribute(a));
    };
    add(el);
    const inside = "i,span,svg,use,img,em,title,[name],[icon]";
    const parts = Array.from(el.querySelectorAll(inside));
    for (const slot of el.querySelectorAll("slot"))
      for (const s of slot.assignedElements({ flatten: true })) parts.push(s, ...s.querySelectorAll(inside));
    parts.slice(0, 20).forEach(add);
    return out.map(norm).filter(Boolean);
  }

  // drawnIcon names the picture an unnamed SVG draws, for the one most often left unnamed: three
  // dots in a row or a column (an overflow menu), as three circles or a path of three round
  // parts; "" for anything else. Six dots (a drag handle) are not three.
  function drawnIcon(svg) {
    const points = [];
    const circles = svg.querySelectorAll("circle");
    const paths = svg.querySelectorAll("path");
    if (circles.length === 3 && paths.length === 0) {
      for (const c of circles) points.push([+c.getAttribute("cx"), +c.getAttribute("cy")]);
    } else if (circles.length === 0 && paths.length > 0) {
      const d = Array.from(paths, (p) => p.getAttribute("d") || "").join(" ");
      for (const part of d.split(/(?=M)/)) {
        const m = /^M\s*(-?[\d.]+)[\s,]*(-?[\d.]+)([^M]*)$/.exec(part.trim());
        if (!m || /[^aAcCsSzZ\d\s.,-]/.test(m[3])) return ""; // a part drawn with lines: no dot
        points.push([+m[1], +m[2]]);
      }
    }
    if (points.length !== 3) return "";
    const same = (i) => points.every((p) => Math.abs(p[i] - points[0][i]) < 0.5);
    return same(0) || same(1) ? "three dots" : "";
  }

  function rowOf(el) {
    const row = closestUp(el, "tr,[role=row]");
    if (!row) return null;
    const cells = Array.from(row.children).filter((c) => c.matches("td,th,[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]"));
    const header = !!row.closest("thead") || (cells.length > 0 && cells.every((c) => c.matches("th,[role=columnheader]")));
    return { row, cells, header };
  }

  // A card is a record a heading names, drawn without a table: the widest part of the page
  // around one heading that holds no other (n8n's API key cards: an h2 with the key's label
  // and the card's "⋮" menu). Its controls are "in the row of" that name, as a table row's
  // are of its cells. Headings are counted once per collection, on their way up.
  let cards = null;
  function cardOf(el) {
    if (!cards) {
      const count = new Map(), chains = [];
      for (const h of deepAll(document, "h1,h2,h3,h4,h5,h6,[role=heading]")) {
        if (!visible(h)) continue;
        const chain = [];
        for (let n = up(h); n && n.nodeType === 1; n = up(n)) {
          chain.push(n);
          count.set(n, (count.get(n) || 0) + 1);
        }
        chains.push([h, chain]);
      }
      cards = new Map();
      for (const [h, chain] of chains) {
        let card = null;
        for (const n of chain) {
          if (count.get(n) !== 1 || n === document.body || n === document.documentElement) break;
          card = n;
        }
        const name = norm(textOf(h));
        if (card && name) cards.set(card, name);
      }
    }
    if (cards.size === 0) return null;
    for (let n = up(el); n && n.nodeType === 1; n = up(n)) {
      const name = cards.get(n);
      if (name !== undefined) return [name];
    }
    return null;
  }

  // A record drawn as neither a table row nor a titled card (a grid of folder tiles, a list
  // of items with a check box each): the nearest box around the control, past the control's
  // own, that is one of several alike siblings — the same tag holding the same tags, in
  // order — and shows text besides the control's. A box with no such text (a toolbar's button
  // among its twins) is passed over. Its text is the row's one cell. Asked only when a search
  // names a row, as boxes are compared.
  const shapes = new Map();
  function shapeOf(el) {
    let s = shapes.get(el);
    if (s === undefined) {
      s = el.localName + ">" + Array.from(el.children, (c) => c.localName).join(",");
      shapes.set(el, s);
    }
    return s;
  }
  function recordOf(el) {
    for (let a = up(el), depth = 0; a && a.nodeType === 1 && depth < 8; a = up(a), depth++) {
      const parent = a.parentElement;
      if (!parent || parent === document.documentElement) return null;
      const shape = shapeOf(a);
      if (!Array.prototype.some.call(parent.children, (b) => b !== a && shapeOf(b) === shape)) continue;
      const text = norm(textOf(a, el));
      if (text) return [text];
    }
    return null;
  }

  // drawnRecord is the row of a control in no table row: its titled card's name, and the text
  // of the record it is drawn in when asked — a page whose one heading titles all of it is
  // one card, which holds every tile.
  function drawnRecord(el) {
    const card = cardOf(el), record = records ? recordOf(el) : null;
    return card && record ? record.concat(card) : record || card;
  }

  function columnOf(el) {
    const cell = closestUp(el, "td,th,[role=cell],[role=gridcell],[role=columnheader],[role=rowheader]");
    const r = cell && rowOf(cell);
    if (!r) return "";
    const idx = r.cells.indexOf(cell);
    const table = r.row.closest("table,[role=grid],[role=table],[role=treegrid]");
    if (!table || idx < 0) return "";
    const headRow = Array.from(table.querySelectorAll("tr,[role=row]")).map(rowOf).find((x) => x && x.header);
    return headRow && headRow.cells[idx] ? norm(textOf(headRow.cells[idx])) : "";
  }

  function checkedOf(el, input) {
    if (input) return input.checked;
    if (el.localName === "input") return el.checked;
    return ["aria-checked", "aria-pressed", "aria-selected"].some((a) => el.getAttribute(a) === "true");
  }

  // blocksPage tells a modal dialog from one that leaves the page usable: aria-modal, a
  // <dialog> shown modally, or — as Radix and react-modal do — the rest of the page made inert,
  // aria-hidden or deaf to the pointer while the dialog is open.
  function blocksPage(d) {
    if (d.localName === "dialog") return d.matches(":modal");
    if (d.getAttribute("aria-modal") === "true") return true;
    if (getComputedStyle(document.body).pointerEvents === "none" && getComputedStyle(d).pointerEvents !== "none") return true;
    let shut = 0, open = 0;
    for (let a = d; a.parentElement && a !== document.body; a = a.parentElement) {
      for (const sib of a.parentElement.children) {
        if (sib === a || ["script", "style", "template", "link"].includes(sib.localName)) continue;
        const r = sib.getBoundingClientRect();
        if (r.width * r.height < 1 || sib.matches("[aria-live], [role=status], [role=alert], [role=dialog], [role=alertdialog], dialog")) continue;
        if (sib.inert || sib.getAttribute("aria-hidden") === "true") shut++;
        else open++;
      }
    }
    return shut > 0 && open === 0;
  }

  const found = [];
  const seen = new Set();
  // consider lists el if a reader can see it and, unless it is a heading seen behind a modal,
  // reach it: an inert subtree can be neither clicked nor focused.
  const consider = (el, roles, stand, seenBehind) => {
    if (seen.has(el) || !roles.some((r) => want.has(r)) || !visible(el) || (!seenBehind && closestUp(el, "[inert]"))) return;
    seen.add(el);
    const r = rowOf(el);
    const box = rect(el);
    const input = stand || null; // the hidden control a label stands in for
    const name = nameOf(el, roles[0], input);
    found.push({
      el,
      c: {
        roles, name, text: norm(textOf(el, input)),
        bare: !["link", "button", "menuitem", "tab"].includes(roles[0]) ? "" : !name ? captionOf(el) : el.firstElementChild ? bareOf(el, name) : "",
        title: norm(el.getAttribute("title")), placeholder: norm(el.getAttribute("placeholder")),
        icons: iconWords(el), column: columnOf(el),
        row: r ? (r.header ? null : r.cells.map((c) => norm(textOf(c)))) : drawnRecord(el),
        checked: checkedOf(el, input), disabled: !!el.disabled || el.getAttribute("aria-disabled") === "true",
        box: { x: box.left + scrollX, y: box.top + scrollY, width: box.width, height: box.height },
      },
    });
  };
  // An open modal makes the rest of the page unreachable: a reader can use only what it
  // holds, though the page's headings still show behind it.
  let root = this && this.nodeType === 1 ? this : null;
  let behind = null;
  if (!root) {
    // A modal in a frame holds only the frame: the page around it stays in reach.
    const modals = deepAll(document, "dialog, [aria-modal=true], [role=dialog], [role=alertdialog]")
      .filter((d) => d.ownerDocument === document && visible(d) && blocksPage(d));
    root = modals.pop() || document;
    if (root !== document) {
      consider(root, rolesOf(root));
      behind = root;
    }
  }
  const modal = behind ? norm(nameOf(behind, "dialog")).slice(0, 80) : null;
  const selector = "a[href],area[href],button,summary,input,textarea,select,h1,h2,h3,h4,h5,h6," +
    "dialog,tr,td,th,option,fieldset,output,[role],[contenteditable],[aria-live],[aria-live] > *,[aria-haspopup]";
  // A list of options or a menu that a control in the modal opened is the modal's, though a
  // library draws it in a layer of its own outside the dialog (a select's options in a portal).
  const roots = [root];
  if (behind && behind.querySelector("[aria-expanded=true]"))
    for (const p of deepAll(document, "[role=listbox],[role=menu]"))
      if (!behind.contains(p) && visible(p) && !roots.some((r) => r.contains(p))) roots.push(p);
  for (const r of roots)
    for (const el of deepAll(r, selector)) {
      const roles = rolesOf(el);
      consider(el, roles);
      // A visually hidden radio or check box is chosen through its visible label.
      if (el.localName === "input" && (roles[0] === "radio" || roles[0] === "checkbox") && !visible(el))
        for (const l of el.labels || []) consider(l, roles, el);
    }

  // Text or a picture a script made clickable with no role says so only by the pointer over
  // it: the outermost such element, unless a control holds it, is a button to a reader.
  if (want.has("drawn"))
    for (const r of roots)
      for (const el of deepAll(r, "*")) {
        if (seen.has(el) || closestUp(el, control) || getComputedStyle(el).cursor !== "pointer") continue;
        const parent = up(el);
        if (parent && parent.nodeType === 1 && getComputedStyle(parent).cursor === "pointer") continue;
        if (norm(el.textContent).length > 60) continue;
        consider(el, ["button"]);
      }

  if (behind && want.has("heading"))
    for (const h of deepAll(document, "h1,h2,h3,h4,h5,h6,[role=heading]"))
      if (!behind.contains(h)) consider(h, rolesOf(h), undefined, true);

  const slot = Symbol.for("docdrift.locate");
  const gen = (window[slot]?.gen || 0) + 1;
  window[slot] = { gen, els: found.map((f) => f.el), modal: behind };
  const doc = document.documentElement;
  return JSON.stringify({
    gen, mutations, title: document.title, url: location.href,
    viewport: { width: innerWidth, height: innerHeight },
    page: { width: Math.max(doc.scrollWidth, innerWidth), height: Math.max(doc.scrollHeight, innerHeight) },
    scroll: { x: scrollX, y: scrollY },
    candidates: found.map((f) => f.c), modal,
  });
}
