// Forms that sent nothing, as the page's tracker (settle.js) sees them; T is the tracker,
// setT the page's own setTimeout. Never a field's value: it may be a secret.
(T, setT) => {
  // fieldName is what a reader calls a field: its label (without the asterisk that marks it
  // required, or the colon after it), else what it says of itself.
  const fieldName = (el) =>
    ((el.labels && el.labels.length ? el.labels[0].innerText : "") || el.getAttribute("aria-label") ||
      el.getAttribute("placeholder") || el.getAttribute("name") || el.id || "").trim().replace(/\s*\*$/, "").replace(/\s*:$/, "").slice(0, 80);
  const visible = (el) => el.getClientRects().length > 0;
  // withoutValue drops the field's value from what is said of it ("'ada' is missing an '@'").
  const withoutValue = (text, el) => {
    const v = typeof el.value === "string" ? el.value : "";
    return (v ? text.split(v).join("…") : text).trim().slice(0, 160);
  };

  // The browser's own check: a click that submits a form whose fields fail their constraints
  // (required, a type, a pattern) fires "invalid" at each of them and sends nothing. Only
  // invalid events inside such a click's task count: a script's checkValidity() fires them
  // too, and sends nothing it meant to.
  T.held = 0;
  T.heldFields = [];
  let submitting = null;
  let left = null; // the field focus left as the pointer went down (below)
  // Listeners are the window's: they go on hearing the document a frame loads in its place.
  window.addEventListener("pointerdown", () => { left = document.activeElement; }, true);
  window.addEventListener("click", (e) => {
    left = null;
    const b = e.target instanceof Element ? e.target.closest("button, input") : null;
    const f = b && b.form;
    if (!f || (b.type !== "submit" && b.type !== "image") || f.noValidate || b.formNoValidate) return;
    const s = { form: f, counted: false };
    submitting = s;
    setT(() => { if (submitting === s) submitting = null; }, 0);
  }, true);
  // A frame's forms are its page's: what they say counts in each document holding it too.
  T.heldSubmit = () => { T.held++; T.heldFields = []; T.holding()?.heldSubmit(); };
  T.heldField = (f) => { T.heldFields.push(f); T.holding()?.heldField(f); };
  // turnedDown is a field turned down, as the session reports it: its name for a reader, the
  // name it is sent under (a form's answer is read in the fields the form sent), the message.
  const turnedDown = (el, message) => ({ field: fieldName(el), key: el.getAttribute("name") || "", message: withoutValue(message, el) });
  // browserSays is a field the browser's check turned down, with its message.
  const browserSays = (el) => turnedDown(el, el.validationMessage || "");
  window.addEventListener("invalid", (e) => {
    const el = e.target;
    if (checking && el.form === checking.form) checking.fields.push(browserSays(el));
    if (!submitting || el.form !== submitting.form) return;
    if (!submitting.counted) {
      submitting.counted = true;
      T.heldSubmit();
    }
    T.heldField(browserSays(el));
  }, true);

  // A form that checks itself (novalidate, Bootstrap's way): its submit handler asks the
  // browser's check and, finding fields invalid, stops the submit and shows its messages —
  // the page marking those fields, counted once the submit's handlers have all run (they may
  // stop it going further, as Bootstrap's do).
  let checking = null;
  window.addEventListener("submit", (e) => {
    const c = { form: e.target, fields: [] };
    checking = c;
    setT(() => {
      if (checking === c) checking = null;
      if (e.defaultPrevented) for (const f of c.fields) T.markedField(f);
    }, 0);
  }, true);

  // The page's own check, as single-page apps do it: a field turns aria-invalid="true",
  // with its message named by aria-errormessage or aria-describedby. Each turn is numbered;
  // the last few are kept. The field that had focus when a pointer went down is not counted
  // until the press becomes a click: many forms mark a field as focus leaves it, which says
  // nothing of what the press sent — but a Save that checks the form marks it once clicked.
  T.marked = 0;
  T.markedFields = [];
  const marked = new WeakSet();
  const said = (el) => {
    const ids = (el.getAttribute("aria-errormessage") || el.getAttribute("aria-describedby") || "").split(/\s+/);
    const texts = ids.map((id) => (id && el.ownerDocument.getElementById(id)) || null)
      .filter((d) => d && visible(d)).map((d) => d.innerText.trim()).filter(Boolean);
    return withoutValue(texts.join(" "), el);
  };
  T.markedField = (f) => {
    T.marked++;
    T.markedFields.push({ ...f, seq: T.marked });
    if (T.markedFields.length > 8) T.markedFields.shift();
    T.holding()?.markedField(f);
  };
  // note counts el marked, once while it stays so, with the message it names, else the red
  // words shown beside it (below).
  const note = (el, shownBeside) => {
    if (marked.has(el) || el === left || !visible(el)) return;
    marked.add(el);
    T.markedField(turnedDown(el, said(el) || shownBeside || ""));
  };

  // A refusal only shown, as a reader sees it: red words that appear beside a field after a
  // button was pressed, no attribute saying what they are (Cockpit's dialogs put "The
  // passwords do not match" under the field so). Beside: the smallest box around the words that
  // holds a field holds that one alone. The field was on the page when the button was pressed:
  // a form drawn again whole with its errors (Cockpit's again) counts, and so does a field
  // drawn again already marked aria-invalid; a form that a button opens, red words or marks
  // and all, does not. Nor do words on a control, in a table's row (a status), or shown as
  // the reader picks an option or ticks a box.
  const fieldSel = 'input:not([type=hidden]):not([type=submit]):not([type=button]):not([type=reset]):not([type=image]), select, textarea';
  const control = 'a, button, label, summary, [role=button], [role=link], [role=menuitem], [role=tab], [contenteditable=""], [contenteditable=true]';
  const buttonSel = 'button, [role=button], input[type=submit], input[type=image], input[type=button]';
  const row = "tr, [role=row]";
  let pressed = null; // the names of the fields shown as a button was clicked, until the pointer next goes down
  // The form or dialog the button was pressed in, and the red words already shown there then:
  // a class changed in it shows what a style sheet kept hidden (Bootstrap's "is-invalid" over
  // its "invalid-feedback"), and only words not shown before the press are new.
  let pressedIn = null, redAtPress = new WeakSet();
  window.addEventListener("pointerdown", () => { pressed = pressedIn = null; }, true);
  window.addEventListener("click", (e) => {
    const button = e.target instanceof Element && e.target.closest(buttonSel);
    pressed = button ? new Set([...document.querySelectorAll(fieldSel)].filter(visible).map(fieldName)) : null;
    pressedIn = button && button.closest('form, dialog, [role=dialog], [role=alertdialog]');
    redAtPress = new WeakSet();
    if (pressedIn) {
      const texts = document.createTreeWalker(pressedIn, NodeFilter.SHOW_TEXT);
      for (let t = texts.nextNode(), n = 0; t && n < 500; t = texts.nextNode(), n++) {
        const part = t.parentElement;
        if (part && /\p{L}/u.test(t.data) && visible(part) && red(getComputedStyle(part).color)) redAtPress.add(part);
      }
    }
  }, true);
  // known is whether field, in what node n brought, was on the page as the button was pressed
  // (or, words.every, any field is).
  const known = (field, n, words) => words.every || !n.contains(field) || pressed.has(fieldName(field));
  // beside is that field and the box, or null.
  const beside = (el) => {
    for (let box = el.parentElement; box && box !== el.ownerDocument.body; box = box.parentElement) {
      const fields = box.querySelectorAll(fieldSel);
      if (fields.length) return fields.length === 1 ? { field: fields[0], box } : null;
    }
    return null;
  };
  // red is a colour a reader calls red: its hue within 20° of red, saturated, neither near
  // black nor near white (#c9190b, #dc3545, #d32f2f, #ff4d4f, #b91c1c all are).
  const red = (color) => {
    const m = color.match(/[\d.]+/g);
    if (!m || m.length < 3 || (m.length > 3 && Number(m[3]) < 0.5)) return false;
    const [r, g, b] = m.slice(0, 3).map((v) => Number(v) / 255);
    const max = Math.max(r, g, b), min = Math.min(r, g, b), l = (max + min) / 2;
    if (max !== r || max === min || l < 0.25 || l > 0.75) return false;
    const s = (max - min) / (1 - Math.abs(2 * l - 1));
    const hue = 60 * ((g - b) / (max - min));
    return s >= 0.5 && Math.abs(hue) <= 20;
  };
  // shown gathers what node n (added, revealed, or its text changed) shows after a press: the
  // known fields it marks, into marks; the red words beside a known field, into words (field
  // → words), but those in skip. At most words.limit words are looked at (100 in a batch of
  // changes: a list drawn whole is not read word by word).
  const shown = (n, marks, words, skip) => {
    const el = n.nodeType === 1 ? n : n.parentElement;
    if (!(pressed || words.every) || !el || el.closest(row)) return;
    if (n.nodeType === 1) {
      for (const f of [n, ...n.querySelectorAll('[aria-invalid="true"]')]) {
        if (f.getAttribute("aria-invalid") === "true" && known(f, n, words)) marks.add(f);
      }
    }
    const texts = document.createTreeWalker(n, NodeFilter.SHOW_TEXT);
    for (let t = n.nodeType === 3 ? n : texts.nextNode(); t && words.looked < words.limit; t = texts.nextNode()) {
      const part = t.parentElement;
      if (!part || !/\p{L}/u.test(t.data) || part.closest(control) || part.closest(row)) continue;
      words.looked++;
      if (skip?.has(part) || !visible(part) || !red(getComputedStyle(part).color)) continue;
      const near = beside(part), field = near?.field, prev = field && words.boxes.get(field);
      // Of the words beside one field, the first of the nearest: "This field is required."
      // under it, not "Please correct the errors below." over a form of that one field.
      if (field && field !== left && known(field, n, words) && visible(field) && (!prev || prev !== near.box && prev.contains(near.box))) {
        words.set(field, part.innerText.trim().replace(/\s+/g, " "));
        words.boxes.set(field, near.box);
      }
    }
  };
  const saidOf = new WeakMap(); // a field and the red words last counted beside it
  // revealed is whether an attribute change shows what was there all along: the "hidden"
  // attribute dropped, or "display: none" taken off its style (jQuery's show()), as pages
  // rendered with their messages hidden reveal a refusal. A class changed says nothing so
  // plain (a hover, an animation): it is read only in the form or dialog pressed in, for red
  // words not shown there at the press (pressedIn, above).
  const displayNone = /display:\s*none/i;
  const revealed = (r) => r.type === "attributes" && (
    (r.attributeName === "hidden" && r.oldValue !== null && !r.target.hasAttribute("hidden")) ||
    (r.attributeName === "style" && displayNone.test(r.oldValue || "") && !displayNone.test(r.target.getAttribute("style") || "")));

  const wordsShown = (limit, every = false) => Object.assign(new Map(), { looked: 0, limit, boxes: new Map(), every });
  T.noteMarks = (records) => {
    const marks = new Set(), words = wordsShown(100);
    for (const r of records) {
      if (r.type === "childList") r.addedNodes.forEach((n) => shown(n, marks, words));
      else if (r.type === "characterData" || revealed(r)) shown(r.target, marks, words);
      else if (r.attributeName === "class" && pressedIn) {
        // Within the form or dialog pressed in: a class on the page's body says nothing of it.
        if (pressedIn.contains(r.target)) shown(r.target, marks, words, redAtPress);
        else if (r.target.contains(pressedIn)) shown(pressedIn, marks, words, redAtPress);
      }
      else if (r.attributeName === "aria-invalid" && r.target.getAttribute("aria-invalid") === "true") marks.add(r.target);
      else if (r.attributeName === "aria-invalid") marked.delete(r.target);
    }
    noteShown(marks, words);
  };
  // noteShown counts the fields shown marked, and those with red words beside them.
  const noteShown = (marks, words) => {
    for (const f of marks) note(f, words.get(f));
    for (const [f, w] of words) {
      if (marks.has(f) || f.getAttribute("aria-invalid") === "true" || saidOf.get(f) === w) continue;
      saidOf.set(f, w);
      T.markedField(turnedDown(f, w));
    }
  };
  // A document that arrives with fields marked (a server's answer to a form, rendered again
  // with its errors) counts them too.
  const scan = () => { for (const el of document.querySelectorAll('[aria-invalid="true"]')) note(el); };
  window.addEventListener("DOMContentLoaded", scan, true);
  if (document.readyState !== "loading") scan();
  // So do the red words beside a field of a document a form's POST brought, the server's form
  // again with its errors (Django's and Rails' admin pages answer so; a form they keep
  // redirects), once its style sheets have coloured them: the session asks when the page
  // first settles. (Which of them the POST sent, the session decides: Forms.MarkedIn.)
  let answerRead = false;
  T.readAnswer = () => {
    if (answerRead) return;
    answerRead = true;
    // Every field of such a form was the reader's, pressed or not.
    const marks = new Set(), words = wordsShown(1000, true);
    for (const form of document.querySelectorAll("form")) shown(form, marks, words);
    noteShown(marks, words);
  };
}
