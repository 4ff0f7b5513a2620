// The page side of "settled": installed in every document before its own scripts run, it
// follows what the DOM does (a MutationObserver), the short timers a page sets to render later
// (a table drawn 500 ms after load, a debounced search), the frame and idle callbacks and
// messages to itself a framework renders with, running CSS animations and
// transitions, and what the page says about itself (aria-busy, an indeterminate progress bar,
// a "Loading…" live region), and the requests its scripts make. The network and navigations
// are followed from the browser's side too (activity.go): they reach beyond what a page's
// scripts can see. A same-origin frame has a tracker of its own, which reports to its
// parent's: the page is settled only when its frames are (an editor's canvas, a settings pane).
//
// It returns the tracker; installing twice returns the first one. opts.requestWait bounds, in
// ms, how long one request counts as in flight (requestWait in overdue.go).
(opts) => {
  const key = Symbol.for("docdrift.activity");
  if (window[key]) return window[key];
  // Our own waits must neither count as the page's timers nor be slowed by a page that
  // replaces setTimeout after us.
  const setT = window.setTimeout.bind(window);
  const clearT = window.clearTimeout.bind(window);
  const T = { mutations: 0, lastChange: performance.now(), timers: new Set(), waiters: new Set() };
  window[key] = T;
  // The trackers of the frames this document holds and of the one holding it, where the page
  // may read them (same origin).
  const trackerOf = (w) => { try { return w[key] || null; } catch (e) { return null; } };
  const shown = (el) => !el.checkVisibility || el.checkVisibility();
  // A frame its page hides (Cockpit keeps each page visited in a hidden frame, one of them
  // busy for good) does nothing a reader sees: it neither holds its page's waits nor counts
  // as a change there.
  const hidden = (w) => { try { return !!w.frameElement && !shown(w.frameElement); } catch (e) { return true; } };
  const holding = () => window.parent !== window && !hidden(window) ? trackerOf(window.parent) : null;
  const held = () => Array.from({ length: window.frames.length }, (_, i) => window.frames[i])
    .filter((w) => !hidden(w)).map(trackerOf).filter(Boolean);
  // A frame's changes are its page's: they count there too, and wake the page's waiters.
  const wake = () => { for (const w of Array.from(T.waiters)) w(); };
  const poke = () => { wake(); holding()?.poke(); };
  const change = () => { T.mutations++; T.lastChange = performance.now(); wake(); holding()?.change(); };
  T.poke = poke;
  T.change = change;
  // quietFor is how long this document and its frames have been still, in ms.
  T.quietFor = () => Math.min(performance.now() - T.lastChange, ...held().map((t) => t.quietFor()));

  // Timers: a one-shot timer of up to a second set outside any timer callback is work the
  // page has promised to do soon. Timers set from timer callbacks (polling chains) and long
  // ones (a toast's auto-dismiss) are not: waiting for them would never end or take seconds.
  const shortTimer = 1000;
  let inTimer = 0;
  window.setTimeout = function (fn, ms, ...args) {
    if (typeof fn !== "function") return setT(fn, ms, ...args);
    const track = inTimer === 0 && (Number(ms) || 0) <= shortTimer;
    let id = 0;
    id = setT(function () {
      if (track) T.timers.delete(id);
      inTimer++;
      try { return fn.apply(this, args); } finally {
        inTimer--;
        if (track) { T.lastChange = performance.now(); poke(); }
      }
    }, ms);
    if (track) T.timers.add(id);
    return id;
  };
  window.clearTimeout = function (id) {
    if (T.timers.delete(id)) poke();
    return clearT(id);
  };

  // Frames: a callback a page asked to run at the next frame (to render, to measure) is work
  // it has promised — unless it is part of a loop that asks for one every frame (asked from
  // a frame callback, or from what a frame set off: a resize observer, a message posted by
  // a frame callback), which never ends, or the page is hidden and draws no frames.
  const rAF = window.requestAnimationFrame.bind(window);
  const cAF = window.cancelAnimationFrame.bind(window);
  const frames = new Set();
  let inFrame = 0, lastFrame = -Infinity;
  const loopGap = 50; // ms: work asked for this soon after the last of its kind is a loop's next turn
  window.requestAnimationFrame = function (fn) {
    if (typeof fn !== "function") return rAF(fn);
    const track = inFrame === 0 && performance.now() - lastFrame > loopGap &&
      document.visibilityState !== "hidden";
    let id = 0;
    id = rAF(function (t) {
      lastFrame = performance.now();
      if (track) frames.delete(id);
      inFrame++;
      try { return fn.call(this, t); } finally {
        inFrame--;
        if (track) { T.lastChange = performance.now(); poke(); }
      }
    });
    if (track) frames.add(id);
    return id;
  };
  window.cancelAnimationFrame = function (id) {
    if (frames.delete(id)) poke();
    return cAF(id);
  };
  window.addEventListener("visibilitychange", () => { frames.clear(); poke(); }, true);

  // Idle callbacks: work a page puts off until the browser is idle (Strapi's admin draws the
  // bulk actions of ticked rows so) is work it has promised, as a short timer is. A headless
  // browser drawing no frames may put them off for seconds where a reader's visible one runs
  // them at once: each gets a deadline of idleWait. Those asked from an idle callback are a
  // loop's next turn, as with frames.
  const idleWait = 50;
  const idle = new Set();
  if (window.requestIdleCallback) {
    const rIC = window.requestIdleCallback.bind(window);
    const cIC = window.cancelIdleCallback.bind(window);
    let inIdle = 0;
    window.requestIdleCallback = function (fn, opts) {
      if (typeof fn !== "function") return rIC(fn, opts);
      const track = inIdle === 0;
      const timeout = Math.min(Number(opts && opts.timeout) || idleWait, idleWait);
      let id = 0;
      id = rIC(function (deadline) {
        if (track) idle.delete(id);
        inIdle++;
        try { return fn.call(this, deadline); } finally {
          inIdle--;
          if (track) { T.lastChange = performance.now(); poke(); }
        }
      }, Object.assign({}, opts, { timeout }));
      if (track) idle.add(id);
      return id;
    };
    window.cancelIdleCallback = function (id) {
      if (idle.delete(id)) poke();
      return cIC(id);
    };
  }

  // Messages a page posts to itself (React's scheduler yields so, between render slices):
  // posting one restarts the quiet window, and it is pending until delivered — on a loaded
  // machine delivery can come after the window's timer — which a marker posted on our own
  // channel right after it, on the same task source, tells. Posts that keep coming (no pause
  // of loopGap) for over a second and over loopPosts times are a loop, not a render: they
  // stop restarting the window and holding it. A loop posts every frame, a render once per
  // slice of its work, so a render a loaded machine stretches has as few posts as on an
  // idle one.
  const messageLoop = 1000, loopPosts = 50;
  let run = -Infinity, lastPost = -Infinity, posts = 0, undelivered = 0;
  const looping = () => performance.now() - run >= messageLoop && posts > loopPosts;
  const marker = new MessageChannel();
  marker.port1.onmessage = () => {
    undelivered--;
    if (!looping()) T.lastChange = performance.now();
    poke();
  };
  const ownPost = marker.port2.postMessage.bind(marker.port2);
  const postPending = () => undelivered > 0 && !looping();
  const post = () => {
    const now = performance.now();
    if (now - lastPost > loopGap) { run = now; posts = 0; }
    lastPost = now;
    posts++;
    if (!looping()) T.lastChange = now;
  };
  const portPost = MessagePort.prototype.postMessage;
  MessagePort.prototype.postMessage = function (...args) {
    post();
    const r = portPost.apply(this, args);
    undelivered++;
    ownPost(null);
    return r;
  };
  // A window's own postMessage is left alone: a frame calling its shell's would go through a
  // function of the shell's, and the message would seem to come from the shell (event.source),
  // which a shell that routes by sender drops (Cockpit's pages never loaded). A message a
  // window posts to itself (React 16's scheduler) is seen when it is delivered instead.
  window.addEventListener("message", (e) => {
    if (e.source !== window) return;
    post();
    poke();
  }, true);

  // Requests the page's scripts make (fetch, XMLHttpRequest) are pending from the moment they
  // are made: the browser's own report of them can arrive after the quiet window on a loaded
  // machine, and a click whose handler sends a form by fetch would be settled before the
  // answer came. Their end restarts the window: the page acts on the answer. Each is pending
  // for requestWait at most: a long poll the server holds open is no work to wait for.
  const requestWait = (opts && opts.requestWait) || 10000;
  const requests = new Set(); // the start time of each request in flight
  const request = () => {
    const r = { at: performance.now() };
    requests.add(r);
    return () => { if (requests.delete(r)) { T.lastChange = performance.now(); poke(); } };
  };
  const pageFetch = window.fetch;
  if (pageFetch) {
    window.fetch = function (...args) {
      const answered = request();
      let p;
      try { p = pageFetch.apply(this, args); } catch (e) { answered(); throw e; }
      p.then(answered, answered);
      return p;
    };
  }
  const send = XMLHttpRequest.prototype.send;
  XMLHttpRequest.prototype.send = function (...args) {
    const answered = request();
    this.addEventListener("loadend", answered, { once: true });
    try { return send.apply(this, args); } catch (e) { this.removeEventListener("loadend", answered); answered(); throw e; }
  };
  // requestPending is the time left, in ms, until the last request now in flight stops
  // counting; 0 when none counts.
  const requestPending = () => {
    let left = 0;
    for (const r of requests) left = Math.max(left, requestWait - (performance.now() - r.at));
    return left;
  };

  // The DOM: every change restarts the quiet window, except docdrift's own screenshot masks.
  const ours = (n) => n && n.nodeType === 1 && n.hasAttribute("data-docdrift-mask");
  const mine = (r) => ours(r.target) ||
    (r.type === "childList" && [...r.addedNodes, ...r.removedNodes].every(ours));
  // Old values too: a message shown by dropping its "hidden" or "display: none" (forms.js).
  const watched = { subtree: true, childList: true, attributes: true, attributeOldValue: true, characterData: true };
  const observer = new MutationObserver((records) => { if (!records.every(mine)) change(); T.noteMarks(records); });
  observer.observe(document, watched);
  const roots = new Set(); // the shadow roots watched, whose busy signs count too
  const watch = (root) => { observer.observe(root, watched); roots.add(root); };
  // A web component draws into its shadow root, which a document's observer does not see:
  // each root is watched too, from the moment it is attached.
  const attachShadow = Element.prototype.attachShadow;
  Element.prototype.attachShadow = function (...args) {
    const root = attachShadow.apply(this, args);
    watch(root);
    change();
    return root;
  };
  // Roots the parser attached (declarative shadow DOM) never passed through attachShadow.
  const watchParsedRoots = (r) => {
    for (const el of r.querySelectorAll("*")) if (el.shadowRoot) { watch(el.shadowRoot); watchParsedRoots(el.shadowRoot); }
  };
  // A frame's first page (about:blank) hands its window, and this tracker, on to the
  // same-origin page it loads next (Cockpit adds its frames so): listeners on the window go on
  // hearing the new document; the observer moves to it as it begins to load. Never a second
  // tracker: the page's own functions are wrapped once.
  let observed = document;
  window.addEventListener("readystatechange", () => {
    if (observed !== document) {
      observed = document;
      observer.observe(document, watched);
    }
    watchParsedRoots(document);
    change();
  }, true);
  // Installed in a document that predates it (a wait asked first), roots are there already.
  watchParsedRoots(document);

  const loadingText = /\b(loading|please wait)\b/i;
  // spinnerWait is how long, in ms from its start, an animation that never ends counts as the
  // page loading something.
  const spinnerWait = 3000;
  // busy says why the page is not done yet, "" when it is.
  T.busy = () => {
    if (document.readyState !== "complete") return "the document is loading";
    if (T.timers.size > 0) return "a timer is pending";
    if (frames.size > 0) return "a frame callback is pending";
    if (idle.size > 0) return "an idle callback is pending";
    const waitRequests = requestPending();
    if (waitRequests > 0) {
      setT(poke, waitRequests);
      return "a request is in flight";
    }
    if (postPending()) return "a message is on its way";
    for (const a of document.getAnimations ? document.getAnimations() : []) {
      if (a.playState !== "running") continue;
      const end = a.effect && a.effect.getComputedTiming().endTime;
      if (!Number.isFinite(end)) {
        // A spinner that turns forever, with no word for a reader's assistive technology
        // (Cockpit's, a Font Awesome fa-spin): what is loading usually comes within seconds of
        // it appearing; one that stays is decoration, and holds a wait only for its first ones.
        const left = spinnerWait - (a.currentTime || 0);
        if (left > 0 && a.effect.target && shown(a.effect.target)) {
          setT(poke, left);
          return "a spinner is turning";
        }
        continue;
      }
      a.finished.then(poke, poke);
      return "an animation is running";
    }
    // A component's spinner is in its shadow root; a removed component's root is let go.
    const trees = [document];
    for (const r of roots) if (r.host.isConnected) trees.push(r); else roots.delete(r);
    for (const tree of trees) {
      for (const el of tree.querySelectorAll('[aria-busy="true"], [role="progressbar"]:not([aria-valuenow])'))
        if (shown(el)) return "the page says it is busy";
      for (const el of tree.querySelectorAll('[role="status"], [role="alert"], [aria-live="polite"], [aria-live="assertive"]')) {
        const t = el.textContent || "";
        if (t.length < 80 && loadingText.test(t) && shown(el)) return "the page says it is loading";
      }
    }
    for (const t of held()) {
      const why = t.busy();
      if (why) return why.endsWith(" in a frame") ? why : why + " in a frame";
    }
    return "";
  };

  // Settles: each time the page is found settled, the dialogs open then that no settle saw
  // before are stamped with its number, which the answer carries. A step records the number
  // its click settled at, and so tells a dialog its click opened from one that opened later
  // by itself (a tour on a timer).
  let settles = 0;
  const dialogSel = 'dialog[open], [role="dialog"], [role="alertdialog"], [aria-modal="true"]';
  const firstSettled = Symbol.for("docdrift.firstSettled");
  T.stamp = (n) => {
    for (const tree of [document, ...roots])
      for (const d of tree.querySelectorAll(dialogSel)) if (d[firstSettled] === undefined && shown(d)) d[firstSettled] = n;
    for (const t of held()) t.stamp(n);
  };
  const settled = () => T.stamp(++settles);

  // Forms that sent nothing (forms.js), a frame's told to the documents holding it.
  T.holding = holding;
  (FORMS_JS)(T, setT);

  // wait resolves with why it ended: "changed" once the DOM changed since `seen` mutations
  // (seen < 0: never), "settled" when settle is asked and the page has been quiet for quietMs
  // (and at least minMs from now) with nothing pending, "timeout" after maxMs.
  T.wait = ({ seen, settle, quietMs, minMs, maxMs, answered }) => new Promise((resolve) => {
    const start = performance.now();
    let timer = 0;
    const done = (why) => {
      T.waiters.delete(check);
      clearT(timer);
      if (why === "settled") settled();
      if (why === "settled" && answered) T.readAnswer();
      resolve({ why, mutations: T.mutations, busy: T.busy(), settles, held: T.held, heldFields: T.heldFields,
        marked: T.marked, markedFields: T.markedFields });
    };
    const check = () => {
      if (seen >= 0 && T.mutations !== seen) return done("changed");
      const now = performance.now();
      const left = maxMs - (now - start);
      if (left <= 0) return done("timeout");
      let next = left;
      if (settle) {
        const need = Math.max(quietMs - T.quietFor(), minMs - (now - start));
        if (need <= 0 && T.busy() === "") return done("settled");
        // Quiet but busy: the events that end the busy state poke; the next beat is a bound.
        if (need > 0) next = Math.min(left, need);
      }
      clearT(timer);
      timer = setT(check, next);
    };
    T.waiters.add(check);
    check();
  });
  return T;
}
