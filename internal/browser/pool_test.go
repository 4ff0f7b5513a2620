package browser_test

import (
	"context"
	"reflect"
	"strings"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/browser/browsertest"
)

// storedJS lists what the page's origin keeps in the browser context.
const storedJS = `() => [document.cookie, localStorage.getItem("k"), sessionStorage.getItem("k")].join("|")`

// A session handed back after a passing scenario is lent again as a fresh one starts — on
// about:blank, no dialog remembered, no wait of the last scenario still armed, no cookie or
// storage its pages left; one handed back after a failure, or after the pool closed, is closed.
func TestPoolLendsResetSessions(t *testing.T) {
	srv := serve(t, map[string]string{
		"/":      `<title>page</title><script>document.cookie = "sid=1"; localStorage.k = sessionStorage.k = "v"</script>` + confirmPage,
		"/plain": `<title>plain</title>`,
	})
	pool := browser.NewPool(browsertest.Browser(t))
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()

	first, err := pool.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	p := first.Page.Context(ctx)
	if err := p.Navigate(srv.URL); err != nil {
		t.Fatal(err)
	}
	if err := first.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	if got := p.MustEval(storedJS).Str(); got != "sid=1|v|v" {
		t.Fatalf("the page stored %q, want sid=1|v|v", got)
	}
	p.MustElement("#del").MustClick() // an unexpected confirm(), answered Cancel
	if len(first.UnexpectedDialogs()) != 1 {
		t.Fatalf("unexpected dialogs = %v, want the confirm", first.UnexpectedDialogs())
	}
	download := first.ExpectDownload() // armed, never used: the reset must end it
	if err := pool.Put(first, true); err != nil {
		t.Fatal(err)
	}

	again, err := pool.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if again != first {
		t.Fatal("a session handed back after a pass was not lent again")
	}
	if url := again.Page.Context(ctx).MustEval(`() => location.href`).Str(); url != "about:blank" {
		t.Errorf("lent again on %s, want about:blank", url)
	}
	if doc := again.Document(); !reflect.DeepEqual(doc, browser.Document{}) {
		t.Errorf("lent again knowing the last document %+v", doc)
	}
	if n := len(again.UnexpectedDialogs()); n != 0 {
		t.Errorf("lent again with %d dialog(s) of the last scenario", n)
	}
	if _, err := download(ctx); err == nil || !strings.Contains(err.Error(), "no download started") {
		t.Errorf("the last scenario's download wait: %v, want it ended", err)
	}
	if err := again.Settle(ctx); err != nil {
		t.Errorf("a lent session does not settle: %v", err)
	}
	p = again.Page.Context(ctx)
	if err := p.Navigate(srv.URL + "/plain"); err != nil {
		t.Fatal(err)
	}
	if err := again.Settle(ctx); err != nil {
		t.Fatal(err)
	}
	if got := p.MustEval(storedJS).Str(); got != "||" {
		t.Errorf("lent again with %q stored by the last scenario's page, want nothing", got)
	}
	if doc := again.Document(); doc.Status != 200 || !strings.HasSuffix(doc.URL, "/plain") {
		t.Errorf("a lent session's next document = %+v", doc)
	}

	if err := pool.Put(again, false); err != nil {
		t.Fatal(err)
	}
	fresh, err := pool.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if fresh == again {
		t.Fatal("a session handed back after a failure was lent again")
	}
	if _, err := again.Page.Context(ctx).Eval(`() => 1`); err == nil {
		t.Error("a session handed back after a failure still answers: not closed")
	}
	if err := pool.Close(); err != nil {
		t.Fatal(err)
	}
	if err := pool.Put(fresh, true); err != nil {
		t.Fatal(err)
	}
	if _, err := fresh.Page.Context(ctx).Eval(`() => 1`); err == nil {
		t.Error("a session handed back after the pool closed still answers: not closed")
	}
}

// A session that cannot be reset when it is lent again — its page is gone — is closed, and
// the scenario gets a new one instead of an error.
func TestPoolReplacesASessionThatCannotReset(t *testing.T) {
	pool := browser.NewPool(browsertest.Browser(t))
	defer pool.Close()
	ctx, cancel := context.WithTimeout(context.Background(), 20*time.Second)
	defer cancel()
	broken, err := pool.Get(ctx)
	if err != nil {
		t.Fatal(err)
	}
	if err := broken.Page.Context(ctx).Close(); err != nil {
		t.Fatal(err)
	}
	if err := pool.Put(broken, true); err != nil {
		t.Fatal(err)
	}
	next, err := pool.Get(ctx)
	if err != nil {
		t.Fatalf("lending after a session that cannot reset: %v", err)
	}
	if next == broken {
		t.Fatal("a session that could not be reset was lent again")
	}
	if v := next.Page.Context(ctx).MustEval(`() => 1 + 1`).Int(); v != 2 {
		t.Fatalf("the new session's page answered %d", v)
	}
}
