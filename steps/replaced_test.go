package steps

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/docdrift/docdrift/internal/locate"
)

// redrawnPage draws its button anew the moment a click is first aimed at it, as a
// single-page app re-renders its menu when data arrives: the element found is no longer the
// one on the page. (The first read of the button's labels, which only the click's aim makes,
// stands for that moment.)
const redrawnPage = `<title>Menu</title><nav><button onclick="document.title='clicked'">Settings</button></nav>
<script>
const first = document.querySelector("button");
Object.defineProperty(first, "labels", { get() {
	first.replaceWith(first.cloneNode(true));
	return first.ownerDocument.querySelectorAll("label:not(*)");
} });
</script>`

func TestClickFollowsAControlThePageDrewAnew(t *testing.T) {
	srv := httptest.NewServer(http.HandlerFunc(func(w http.ResponseWriter, r *http.Request) {
		w.Header().Set("Content-Type", "text/html; charset=utf-8")
		_, _ = w.Write([]byte(redrawnPage))
	}))
	defer srv.Close()
	sess := browsertest.Session(t)
	s := &Scenario{cfg: &Config{StepTimeout: 10 * time.Second}, session: sess}
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	if err := sess.Page.Context(ctx).Navigate(srv.URL); err != nil {
		t.Fatal(err)
	}
	if err := s.findAndPress(ctx, locate.Query{Roles: []locate.Role{locate.Button}, Name: "Settings"}); err != nil {
		t.Fatalf("click on a control drawn anew: %v", err)
	}
	res, err := sess.Page.Context(ctx).Eval(`() => document.title`)
	if err != nil {
		t.Fatal(err)
	}
	if got := res.Value.Str(); got != "clicked" {
		t.Errorf("title %q: the redrawn button was not clicked", got)
	}
}
