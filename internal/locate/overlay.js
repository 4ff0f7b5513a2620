// overlay finds the layer a reader must put away before reaching what is under it, keeps it
// in a page-side slot and names it. For "covering": what covered the control the last click
// aimed at (browser's aim leaves it in a page-side slot) — the dialog it belongs to, else its
// outermost fixed or sticky layer (a consent wall, a banner); a bare backdrop stands for the
// dialog drawn beside it. For "searched": the modal dialog the last search was limited to.
function (which) {
  const { up, closestUp, deepAll, dialogName } = FLAT_TREE; // consent managers draw in shadow roots
  const norm = (s) => (s || "").replace(/[\s\u00a0]+/g, " ").trim();
  const dialogs = "dialog, [role=dialog], [role=alertdialog], [aria-modal=true]";
  const controls = "button, [role=button], a[href], input[type=button], input[type=submit]";
  const shown = (el) => el.isConnected && (!el.checkVisibility || el.checkVisibility({ checkOpacity: true, checkVisibilityCSS: true }));
  let root = null;
  if (which === "covering") {
    const hit = window[Symbol.for("docdrift.blocker")];
    if (!hit || !hit.isConnected) return null;
    root = closestUp(hit, dialogs);
    for (let a = hit; !root && a && a !== document.body; a = up(a))
      if (["fixed", "sticky"].includes(getComputedStyle(a).position)) root = a;
    root = root || hit;
    if (!root.matches(dialogs) && !deepAll(root, controls).length)
      root = deepAll(document, dialogs).filter(shown).pop() || root;
  } else {
    const searched = window[Symbol.for("docdrift.locate")];
    root = searched && searched.modal;
  }
  if (!root || !shown(root)) return null;
  window[Symbol.for("docdrift.overlay")] = root;
  const dialog = root.matches(dialogs);
  let name = dialogName(root);
  if (!name && !dialog) {
    name = norm(root.innerText);
    if (name.length > 40) name = name.slice(0, 40).replace(/\s\S*$/, "") + "…";
  }
  // The settle that first saw it open (internal/browser's settle.js stamps dialogs), 0: none.
  const firstSettled = root[Symbol.for("docdrift.firstSettled")] || 0;
  return JSON.stringify({ name, dialog, firstSettled });
}
