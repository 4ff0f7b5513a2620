// docdrift watch: show the newest report as soon as a save has run, at the step that changed.
// The server sends the report's version and focus ("02-guide.html#L18") whenever it publishes
// one; this page knows its own version from the address it loaded this script with.
"use strict";
(function () {
  var mine = new URL(document.currentScript.src).searchParams.get("v");
  var events = new EventSource("/_watch/events");
  events.onmessage = function (e) {
    var news = JSON.parse(e.data);
    if (String(news.version) === mine) {
      return;
    }
    events.close();
    var page = location.pathname.replace(/^\//, "") || "index.html";
    var hash = location.hash;
    if (news.focus) {
      var at = news.focus.indexOf("#");
      page = at < 0 ? news.focus : news.focus.slice(0, at);
      hash = at < 0 ? "" : news.focus.slice(at);
    }
    // A new query makes the browser load the page even when only the hash differs.
    location.replace("/" + page + "?v=" + news.version + hash);
  };
})();
