// The flat tree a reader sees, for page scripts: web components draw their controls in open
// shadow roots, where a slotted node sits in its slot and a shadow root's content in its host.
({
  // up is el's parent as drawn: its slot, its parent, or its shadow root's host.
  up: (el) => el.assignedSlot || el.parentElement || el.parentNode?.host || null,
  // closestUp is closest() across shadow boundaries: within el's tree, then its host's.
  closestUp(el, selector) {
    for (let e = el; e; e = e.getRootNode().host) {
      const found = e.closest(selector);
      if (found) return found;
    }
    return null;
  },
  // deepAll is querySelectorAll that also looks into open shadow roots, in the order a reader
  // meets them; a page without any costs one more pass over its elements.
  deepAll(root, selector) {
    const hosts = Array.from(root.querySelectorAll("*")).some((e) => e.shadowRoot);
    if (!root.shadowRoot && !hosts) return Array.from(root.querySelectorAll(selector));
    const out = [];
    const walk = (r) => {
      for (const el of r.querySelectorAll("*")) {
        if (el.matches(selector)) out.push(el);
        if (el.shadowRoot) walk(el.shadowRoot);
      }
    };
    if (root.shadowRoot) walk(root.shadowRoot);
    walk(root);
    return out;
  },
})
