package browser_test

import (
	"context"
	"errors"
	"testing"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/go-rod/rod"
)

// framedPages is an admin page whose settings pane is a same-origin frame, offset by a
// sidebar: the pane draws its list late, on a timer, and its buttons say on the pane what
// they did.
var framedPages = map[string]string{
	"/": `<title>Framed</title><body style="margin: 0; display: flex">
		<nav style="width: 200px">Menu</nav><iframe src="/pane" style="width: 500px; height: 300px"></iframe>`,
	"/pane": `<title>Pane</title><p id="list">loading</p>
		<button id="save" style="margin-top: 150px" onclick="document.body.dataset.did = 'saved'">Save</button>
		<button id="under" style="position: fixed; top: 10px; left: 300px">Under</button>
		<div role="dialog" aria-label="Tip" style="position: fixed; top: 0; left: 250px; width: 200px; height: 60px; background: #eee"></div>
		<script>setTimeout(() => { document.getElementById("list").textContent = "3 tokens" }, 300)</script>`,
}

// framed is the pane's element with id, as the page's scripts hand elements over: from the
// top document, across the frame.
func framed(t *testing.T, ctx context.Context, s *browser.Session, id string) *rod.Element {
	t.Helper()
	el, err := s.Page.Context(ctx).ElementByJS(rod.Eval(`(id) => document.querySelector("iframe").contentDocument.getElementById(id)`, id))
	if err != nil {
		t.Fatal(err)
	}
	return el
}

// A same-origin frame is part of the page: the page has settled only when the frame has (its
// timer drew the list), and a change drawn in it is a change of the page.
func TestSettleFollowsSameOriginFrames(t *testing.T) {
	s, ctx := openPages(t, framedPages)
	if err := s.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	if got := text(t, ctx, s, `() => document.querySelector("iframe").contentDocument.getElementById("list").textContent`); got != "3 tokens" {
		t.Errorf("settled with the frame showing %q, want the list its timer drew", got)
	}
	seen := s.Mutations(ctx)
	if _, err := s.Page.Context(ctx).Eval(`() => setTimeout(() => {
		document.querySelector("iframe").contentDocument.getElementById("list").textContent = "4 tokens" }, 100)`); err != nil {
		t.Fatal(err)
	}
	if c, err := s.WaitChange(ctx, seen); err != nil || c != browser.Changed {
		t.Errorf("a change in a frame: %v, %v; want Changed", c, err)
	}
}

// talkingPages are a shell and the page it draws in a same-origin frame, talking by
// messages, as Cockpit's shell and its pages do: each trusts a message only from the window
// it expects (event.source), and shows what it heard.
var talkingPages = map[string]string{
	"/": `<title>Shell</title><p id="heard">nothing</p><iframe src="/page"></iframe><script>
		const frame = document.querySelector("iframe");
		window.addEventListener("message", (e) => {
			document.getElementById("heard").textContent = e.source === frame.contentWindow ? "the page: " + e.data : "a stranger";
			if (e.source === frame.contentWindow) frame.contentWindow.postMessage("welcome", "*");
		})</script>`,
	"/page": `<title>Page</title><p id="heard">nothing</p><script>
		window.addEventListener("message", (e) => {
			document.getElementById("heard").textContent = e.source === window.parent ? "the shell: " + e.data : "a stranger";
		});
		window.parent.postMessage("hello", "*")</script>`,
}

// Messages between a page and its frames reach each other from the window that sent them: the
// tracker, in every document, must not stand between a frame and its shell (Cockpit's pages
// stayed on their spinner when a message seemed to come from the shell itself).
func TestMessagesBetweenFramesKeepTheirSender(t *testing.T) {
	s, ctx := openPages(t, talkingPages)
	if err := s.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	if got := text(t, ctx, s, `() => document.getElementById("heard").textContent`); got != "the page: hello" {
		t.Errorf("the shell heard %q, want the page's hello", got)
	}
	if got := text(t, ctx, s, `() => document.querySelector("iframe").contentDocument.getElementById("heard").textContent`); got != "the shell: welcome" {
		t.Errorf("the page heard %q, want the shell's welcome", got)
	}
}

// A click reaches an element in a frame where the mouse is, in the top page's coordinates,
// and one covered by a dialog in the frame is refused with the dialog's name.
func TestAimReachesIntoFrames(t *testing.T) {
	s, ctx := openPages(t, framedPages)
	if err := s.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	save := framed(t, ctx, s, "save")
	pt, err := s.Aim(ctx, save)
	if err != nil {
		t.Fatal(err)
	}
	if pt.X < 200 {
		t.Errorf("aimed at x=%v, inside the sidebar: want the frame's offset added", pt.X)
	}
	if err := s.Click(ctx, pt); err != nil {
		t.Fatal(err)
	}
	if err := s.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	if got := text(t, ctx, s, `() => document.querySelector("iframe").contentDocument.body.dataset.did || ""`); got != "saved" {
		t.Errorf("the click on the framed button: the pane says %q, want saved", got)
	}
	under := framed(t, ctx, s, "under")
	var b *browser.Blocked
	if _, err := s.Aim(ctx, under); !errors.As(err, &b) || b.Error() != `covered by the dialog "Tip"` {
		t.Errorf("aim at a framed button under a framed dialog: %v, want covered by the dialog \"Tip\"", err)
	}
}
