package steps

import (
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/go-rod/rod"
)

// toastPage shows, after Save, a notification that stays over the page's top right corner —
// over the Next button — until it is dismissed.
const toastPage = `<title>Form</title>
<style>#next { position: absolute; top: 12px; right: 12px; }
.toast { position: fixed; top: 0; right: 0; width: 320px; height: 80px; background: #222; color: #fff; }</style>
<button id="save" onclick="document.body.insertAdjacentHTML('beforeend',
	'<div class=toast role=status>Saved <button aria-label=Dismiss onclick=this.parentElement.remove()>×</button></div>')">Save</button>
<button id="next" onclick="document.title = 'next'">Next</button>`

// A notification the procedure's own click raised, which stays over the next step's control,
// is closed as a reader would — it is no dialog, nothing the doc must mention — with a note.
func TestANotificationOverTheNextControlIsClosed(t *testing.T) {
	url := servePages(t, map[string]string{"/": toastPage})
	s, ctx := scenarioAt(t, url, Config{})
	for _, label := range []string{"Save", "Next"} {
		if err := s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Button}, Name: label}); err != nil {
			t.Fatalf("%s: %v", label, err)
		}
	}
	if got := s.session.Page.MustInfo().Title; got != "next" {
		t.Errorf("title %q: Next was not clicked", got)
	}
	if len(s.notes) != 1 || !strings.Contains(s.notes[0], `with "Dismiss"`) {
		t.Errorf("notes %q, want one saying the notification was dismissed", s.notes)
	}
}

// tourPage opens a product tour's dialog a while after any click — on a timer the page's
// tracker does not follow (set from another timer's callback), so well after the click has
// settled — over a page whose "Settings" link the next step wants.
const tourPage = `<title>Home</title>
<button id="overview" onclick="setTimeout(() => setTimeout(() => document.getElementById('tour').showModal(), 600), 0)">Overview</button>
<a href="#settings" onclick="document.title = 'settings'">Settings</a>
<dialog id="tour"><h2>Take a quick tour</h2><button onclick="this.closest('dialog').close()">Skip</button></dialog>`

// A dialog that opens on a timer after a click has settled opened by itself, not as that
// click's answer: the next step closes it and goes on. The dialog a click opens at once stays
// the doc's business (TestADialogTheProcedureOpenedIsNotClosedForIt, internal/runner).
func TestADialogOnATimerAfterAClickOpenedByItself(t *testing.T) {
	url := servePages(t, map[string]string{"/": tourPage})
	s, ctx := scenarioAt(t, url, Config{})
	if err := s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Button}, Name: "Overview"}); err != nil {
		t.Fatal(err)
	}
	if err := s.session.Page.Context(ctx).Wait(rod.Eval(`() => document.getElementById("tour").open`)); err != nil {
		t.Fatal(err)
	}
	if err := s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Link}, Name: "Settings"}); err != nil {
		t.Fatalf("Settings: %v", err)
	}
	if got := s.session.Page.MustInfo().Title; got != "settings" {
		t.Errorf("title %q: Settings was not clicked", got)
	}
	if len(s.notes) != 1 || !strings.Contains(s.notes[0], `closed the dialog "Take a quick tour" with "Skip"`) {
		t.Errorf("notes %q, want the tour closed", s.notes)
	}
}

// A dialog a web component draws in its shadow root, named there by aria-labelledby, is
// closed like any other and named in the note as it names itself.
func TestADialogInAShadowRootIsNamedInItsNote(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Home</title><a href="#settings" onclick="document.title = 'settings'">Settings</a>
<x-news></x-news><script>
customElements.define("x-news", class extends HTMLElement { connectedCallback() {
	this.attachShadow({ mode: "open" }).innerHTML = '<div role="dialog" aria-modal="true" aria-labelledby="t"><span id="t">What is new</span> ' +
		'<button onclick="this.getRootNode().host.remove()">Got it</button></div>'; } });
</script>`})
	s, ctx := scenarioAt(t, url, Config{})
	// The dialog is there before the step, as on a page that finished loading: scenarioAt's
	// navigation may return before the script has drawn it.
	if err := s.session.Page.Context(ctx).Wait(rod.Eval(`() => !!document.querySelector("x-news")?.shadowRoot`)); err != nil {
		t.Fatal(err)
	}
	if err := s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Link}, Name: "Settings"}); err != nil {
		t.Fatalf("Settings: %v", err)
	}
	if len(s.notes) != 1 || !strings.Contains(s.notes[0], `closed the dialog "What is new" with "Got it"`) {
		t.Errorf("notes %q, want the dialog named as it names itself", s.notes)
	}
}

// A dialog a click opens along with a route of the same document (a single-page app's
// "/edit" drawing its drawer) is that click's answer, not the new page's own, whichever of
// the settles the click waited through first saw it: a step after it that wants what is
// under it drifts, and the dialog stays open.
func TestADialogOpenedWithARouteIsTheClicks(t *testing.T) {
	url := servePages(t, map[string]string{"/": `<title>Tag</title>
		<a href="/edit" onclick="event.preventDefault(); history.pushState({}, '', '/edit'); document.getElementById('drawer').showModal()">Edit</a>
		<a href="#settings">Settings</a>
		<dialog id="drawer"><h2>Edit Tag</h2><button onclick="this.closest('dialog').close()">Cancel</button><button>Save</button></dialog>`})
	s, ctx := scenarioAt(t, url, Config{})
	// Signed in, a move makes sure the page asks for no password: a look that settles too.
	s.loggedIn = true
	if err := s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Link}, Name: "Edit"}); err != nil {
		t.Fatal(err)
	}
	err := s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Link}, Name: "Settings"})
	if err == nil || !strings.Contains(err.Error(), `in the dialog "Edit Tag"`) {
		t.Errorf("Settings under the drawer: %v, want drift in the dialog", err)
	}
	if len(s.notes) > 0 {
		t.Errorf("notes %q: the drawer was closed", s.notes)
	}
}
