package locate

import (
	"context"
	"net/http"
	"net/http/httptest"
	"testing"
	"time"

	"github.com/docdrift/docdrift/internal/browser/browsertest"
	"github.com/go-rod/rod"
)

func TestMain(m *testing.M) { browsertest.Main(m) }

// open loads testdata/fixture in a fresh incognito page.
func open(t testing.TB, fixture string) *rod.Page {
	t.Helper()
	srv := httptest.NewServer(http.FileServer(http.Dir("testdata")))
	t.Cleanup(srv.Close)
	s := browsertest.Session(t)
	ctx, cancel := context.WithTimeout(context.Background(), 10*time.Second)
	defer cancel()
	p := s.Page.Context(ctx)
	if err := p.Navigate(srv.URL + "/" + fixture); err != nil {
		t.Fatal(err)
	}
	if err := p.WaitLoad(); err != nil {
		t.Fatal(err)
	}
	return s.Page
}

// find runs Find with a short deadline (fixtures are static unless a test says otherwise),
// long enough for a round-trip on a loaded 2-core machine under -race.
func find(t *testing.T, page *rod.Page, q Query) (*rod.Element, Match, error) {
	t.Helper()
	ctx, cancel := context.WithTimeout(context.Background(), time.Second)
	defer cancel()
	return Find(ctx, page, q)
}
