// capture reports what the writer does in the page — each click on a control, each choice and
// each text entry — to Go through record's binding, naming every element with locate's
// collect function (Go puts its source in below), so that the words record writes are words
// a run finds. It listens in the capture phase, before the page's own handlers can stop the event.
// Installed in every document before the document's scripts run: the top one listens, and
// a same-origin frame's document (a settings pane, an editor) hands itself to the top one,
// since what a writer does there is done on the page.
(() => {
  const key = Symbol.for("docdrift.record");
  if (window !== window.top) {
    try { window.top[key]?.listen(document); } catch (e) { /* another origin: not the page's */ }
    return;
  }
  if (window[key]) return;
  const api = (window[key] = {});
  const binding = "__BINDING__";
  const collect = __COLLECT__;
  const { up, deepAll, frameDoc } = FLAT_TREE;
  // Where an event began: inside a web component's shadow root, not the host it is retargeted
  // to at the document.
  const origin = (e) => (e.composedPath ? e.composedPath()[0] : e.target);
  const roles = ["link", "button", "menuitem", "tab", "checkbox", "radio", "textbox", "combobox",
    "option", "heading", "group", "dialog"];
  const controls = new Set(["link", "button", "menuitem", "tab", "checkbox", "radio", "textbox", "combobox", "option"]);

  // look lists the visible elements with their candidates, as locate sees them now.
  function look() {
    const snap = JSON.parse(collect.call(undefined, roles));
    const els = window[Symbol.for("docdrift.locate")].els;
    return { snap, els };
  }

  // candidateOf is the candidate a reader would name el by: el itself, the label standing in
  // for a visually hidden radio or check box, or the nearest control holding el (the text
  // inside a button).
  function candidateOf(view, el) {
    for (let a = el; a && a.nodeType === 1; a = up(a)) {
      const i = view.els.indexOf(a);
      if (i >= 0 && controls.has(view.snap.candidates[i].roles[0])) return { el: a, c: view.snap.candidates[i] };
      for (const l of a.labels || []) {
        const j = view.els.indexOf(l);
        if (j >= 0) return { el: a, c: view.snap.candidates[j] };
      }
    }
    return null;
  }

  function nameOf(view, el) {
    const i = el ? view.els.indexOf(el) : -1;
    return i >= 0 ? view.snap.candidates[i].name : "";
  }

  // groupOf names the fieldset or radio group an option belongs to.
  function groupOf(view, el) {
    return nameOf(view, el.closest("fieldset, [role=group], [role=radiogroup]"));
  }

  // listOwner is the dropdown a custom list of options belongs to.
  function listOwner(view, el) {
    const list = el.closest("[role=listbox], [role=menu]");
    if (!list) return "";
    const owner = list.id && document.querySelector(`[aria-controls="${CSS.escape(list.id)}"], [aria-owns="${CSS.escape(list.id)}"]`);
    return nameOf(view, owner) || nameOf(view, list) || (list.getAttribute("aria-label") || "").trim();
  }

  // heading is the page's main heading as a run would look for it: the first visible h1 (or
  // level-1 heading), else the first visible heading.
  function heading(view) {
    const hs = view.snap.candidates.map((c, i) => ({ c, el: view.els[i] })).filter((x) => x.c.roles[0] === "heading");
    const main = hs.find((x) => x.el.localName === "h1" || x.el.getAttribute("aria-level") === "1") || hs[0];
    return main ? main.c.name : "";
  }

  // dialog names the dialog showing, if any: a pop-up an act opened is its outcome.
  function dialog(view) {
    const d = view.snap.candidates.find((c) => c.roles[0] === "dialog" && c.name);
    return d ? d.name : "";
  }

  function opens(el) {
    const p = (el.getAttribute("aria-haspopup") || "").toLowerCase();
    return (p !== "" && p !== "false" && p !== "dialog") || el.hasAttribute("aria-expanded") || el.localName === "summary";
  }

  function secretField(el) {
    const type = (el.getAttribute("type") || "").toLowerCase();
    const auto = (el.getAttribute("autocomplete") || "").toLowerCase();
    return type === "password" || /password|one-time-code/.test(auto);
  }

  function send(view, ev, el, c) {
    ev.role = c.roles[0];
    ev.name = c.name;
    ev.url = location.href;
    ev.heading = heading(view);
    ev.dialog = dialog(view);
    ev.inDialog = !!el.closest("dialog[open], [role=dialog], [role=alertdialog], [aria-modal=true]");
    ev.opens = opens(el);
    try { window[binding](JSON.stringify(ev)); } catch (e) { /* the binding is gone: recording ended */ }
  }

  function pressed(view, hit) {
    const ev = { kind: "click" };
    if (hit.c.roles[0] === "option") ev.list = listOwner(view, hit.el);
    send(view, ev, hit.el, hit.c);
  }

  // Custom dropdowns open on the pointer going down and pick on it coming up (Radix, React
  // Select): the click that follows, if any, lands on whatever is under the pointer by then.
  // Those two are reported from the pointer; the click is then skipped.
  let byPointer = null;
  const onPointer = (roles) => (e) => {
    if (e.button !== 0) return;
    const view = look();
    const hit = candidateOf(view, origin(e));
    if (!hit || !roles.includes(hit.c.roles[0]) || hit.el.localName === "select" || hit.el.localName === "option") return;
    byPointer = hit.el;
    pressed(view, hit);
  };
  const onPointerDown = (e) => { byPointer = null; onPointer(["combobox"])(e); };
  const onPointerUp = onPointer(["option"]);

  const onClick = (e) => {
    const view = look();
    const hit = candidateOf(view, origin(e));
    if (!hit || hit.el === byPointer || byPointer && e.detail > 0) return;
    const role = hit.c.roles[0];
    // Check boxes, radios and fields report their change instead; a native select its choice.
    if (["checkbox", "radio", "textbox"].includes(role) || hit.el.localName === "select" || hit.el.localName === "option") return;
    pressed(view, hit);
  };

  const onChange = (e) => {
    const el = origin(e);
    if (!el || el.nodeType !== 1) return;
    const view = look();
    const hit = candidateOf(view, el);
    if (!hit) return;
    const type = (el.getAttribute("type") || "").toLowerCase();
    if (el.localName === "select") {
      const opt = el.selectedOptions && el.selectedOptions[0];
      send(view, { kind: "choose", option: opt ? opt.text.replace(/\s+/g, " ").trim() : "" }, el, hit.c);
    } else if (type === "checkbox") {
      send(view, { kind: "check", checked: el.checked }, el, hit.c);
    } else if (type === "radio") {
      if (el.checked) send(view, { kind: "choose", group: groupOf(view, el) }, el, hit.c);
    } else if (hit.c.roles[0] === "textbox") {
      const secret = secretField(el);
      // A password never leaves the page: record writes a placeholder for it anyway.
      send(view, { kind: "fill", value: secret ? "" : String(el.value), secret, inputType: type }, el, hit.c);
    }
  };
  // A contenteditable text box fires no change: its text is reported when it loses focus.
  const edited = new Set();
  const onInput = (e) => {
    if (origin(e) && origin(e).isContentEditable) edited.add(origin(e));
  };
  const onFocusOut = (e) => {
    const el = origin(e);
    if (!edited.has(el)) return;
    edited.delete(el);
    const view = look();
    const hit = candidateOf(view, el);
    if (hit) send(view, { kind: "fill", value: el.innerText.trim(), secret: false, inputType: "" }, el, hit.c);
  };

  // listen listens to a document of the page: this one, or a same-origin frame's.
  const listening = new WeakSet();
  api.listen = (doc) => {
    if (listening.has(doc)) return;
    listening.add(doc);
    const on = { pointerdown: onPointerDown, pointerup: onPointerUp, click: onClick, change: onChange, input: onInput, focusout: onFocusOut };
    for (const [type, fn] of Object.entries(on)) doc.addEventListener(type, fn, true);
    // A change does not leave a shadow root: each root is listened to — those already there
    // when recording starts, and each one a component attaches later.
    const Element = doc.defaultView.Element;
    const attachShadow = Element.prototype.attachShadow;
    Element.prototype.attachShadow = function (...args) {
      const root = attachShadow.apply(this, args);
      root.addEventListener("change", onChange, true);
      return root;
    };
  };
  api.listen(document);
  for (const el of deepAll(document, "*")) {
    if (el.shadowRoot) el.shadowRoot.addEventListener("change", onChange, true);
    if (frameDoc(el)) api.listen(frameDoc(el));
  }

  // here is the page as record tells one from another, for the outcome of the last step.
  api.here = () => { const v = look(); return { url: location.href, heading: heading(v), dialog: dialog(v) }; };
})();
