// Behaviour of the simulated control panel: menus, confirmations, the credentials modal and
// its download, copy buttons, select-all and (as a fault) tables that render late.
// Event delegation keeps it working for tables inserted after load.
"use strict";
(function () {
  function closeMenus(except) {
    document.querySelectorAll('[aria-haspopup="menu"][aria-expanded="true"]').forEach(function (b) {
      if (b === except) return;
      b.setAttribute("aria-expanded", "false");
      var m = document.getElementById(b.getAttribute("aria-controls"));
      if (m) m.hidden = true;
    });
  }

  document.addEventListener("click", function (e) {
    var t = e.target.closest ? e.target : e.target.parentElement;
    var opener = t.closest('[aria-haspopup="menu"]');
    if (opener) {
      var menu = document.getElementById(opener.getAttribute("aria-controls"));
      var open = opener.getAttribute("aria-expanded") !== "true";
      closeMenus(opener);
      opener.setAttribute("aria-expanded", String(open));
      menu.hidden = !open;
      if (open) { var first = menu.querySelector('[role="menuitem"]'); if (first) first.focus(); }
      return;
    }
    if (!t.closest('[role="menu"]')) closeMenus(null);

    var confirming = t.closest("[data-confirm]");
    if (confirming && !window.confirm(confirming.getAttribute("data-confirm"))) {
      e.preventDefault();
      return;
    }
    var copy = t.closest("[data-copy]");
    if (copy) {
      var field = document.getElementById(copy.getAttribute("data-copy"));
      field.select();
      if (navigator.clipboard) navigator.clipboard.writeText(field.value).catch(function () {});
      else document.execCommand("copy");
    }
  });

  document.addEventListener("keydown", function (e) {
    if (e.key === "Escape") closeMenus(null);
  });

  document.addEventListener("change", function (e) {
    if (!e.target.matches("[data-select-all]")) return;
    e.target.closest("table").querySelectorAll('tbody input[type="checkbox"]').forEach(function (c) {
      c.checked = e.target.checked;
    });
  });

  // The token form lives outside the main form; carry the typed username along.
  document.addEventListener("submit", function (e) {
    var carry = e.target.getAttribute("data-carry");
    if (!carry) return;
    var typed = document.getElementById(carry);
    if (typed) e.target.elements[carry].value = typed.value;
  });

  function start() {
    document.querySelectorAll("dialog[data-modal]").forEach(function (d) {
      if (typeof d.showModal === "function") { d.close(); d.showModal(); }
      // Done is the only way out: Escape must not hide one-time credentials unseen.
      if (!d.hasAttribute("data-announcement")) d.addEventListener("cancel", function (e) { e.preventDefault(); });
    });
    document.querySelectorAll("[data-close-dialog]").forEach(function (b) {
      b.addEventListener("click", function () { b.closest("dialog").close(); });
    });
    var dl = document.querySelector("a[data-auto-download]");
    if (dl) dl.click();
    document.querySelectorAll("[data-delayed]").forEach(function (holder) {
      setTimeout(function () {
        var tpl = holder.querySelector("template");
        holder.replaceWith(tpl.content.cloneNode(true));
      }, Number(holder.getAttribute("data-delayed")));
    });
  }
  if (document.readyState === "loading") document.addEventListener("DOMContentLoaded", start);
  else start();
})();
