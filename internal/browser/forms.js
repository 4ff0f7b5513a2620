// Forms that sent nothing, as the page's tracker (settle.js) sees them; T is the tracker,
// setT the page's own setTimeout. Never a field's value: it may be a secret.
(T, setT) => {
  // fieldName is what a reader calls a field: its label (without the asterisk that marks it
  // required), else what it says of itself.
  const fieldName = (el) =>
    ((el.labels && el.labels.length ? el.labels[0].innerText : "") || el.getAttribute("aria-label") ||
      el.getAttribute("placeholder") || el.getAttribute("name") || el.id || "").trim().replace(/\s*\*$/, "").slice(0, 80);
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
  window.addEventListener("invalid", (e) => {
    const el = e.target;
    if (!submitting || el.form !== submitting.form) return;
    if (!submitting.counted) {
      submitting.counted = true;
      T.heldSubmit();
    }
    T.heldField({ field: fieldName(el), message: withoutValue(el.validationMessage || "", el) });
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
      .filter((d) => d && d.getClientRects().length > 0).map((d) => d.innerText.trim()).filter(Boolean);
    return withoutValue(texts.join(" "), el);
  };
  T.markedField = (f) => {
    T.marked++;
    T.markedFields.push({ ...f, seq: T.marked });
    if (T.markedFields.length > 8) T.markedFields.shift();
    T.holding()?.markedField(f);
  };
  const note = (el) => {
    if (marked.has(el) || el === left || el.getClientRects().length === 0) return;
    marked.add(el);
    T.markedField({ field: fieldName(el), message: said(el) });
  };
  T.noteMarks = (records) => {
    for (const r of records) {
      if (r.type !== "attributes" || r.attributeName !== "aria-invalid") continue;
      if (r.target.getAttribute("aria-invalid") === "true") note(r.target);
      else marked.delete(r.target);
    }
  };
  // A document that arrives with fields marked (a server's answer to a form, rendered again
  // with its errors) counts them too.
  const scan = () => { for (const el of document.querySelectorAll('[aria-invalid="true"]')) note(el); };
  window.addEventListener("DOMContentLoaded", scan, true);
  if (document.readyState !== "loading") scan();
}
