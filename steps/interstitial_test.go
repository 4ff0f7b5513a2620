package steps

import (
	"strings"
	"testing"

	"github.com/docdrift/docdrift/internal/locate"
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
