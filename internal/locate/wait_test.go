package locate

import (
	"context"
	"errors"
	"testing"
	"time"
)

func TestWaitsForLateElements(t *testing.T) {
	page := open(t, "late.html")
	ctx, cancel := context.WithTimeout(context.Background(), 3*time.Second)
	defer cancel()
	for _, name := range []string{"Create API Account", "Revealed Later"} {
		if _, m, err := Find(ctx, page, Query{Name: name}); err != nil || m.Name != name {
			t.Errorf("Find %q = %q, %v; want it once rendered", name, m.Name, err)
		}
	}
}

func TestTimesOutClearly(t *testing.T) {
	page := open(t, "late.html")
	const wait = 1500 * time.Millisecond // the button renders 300ms after load
	// The clock starts before the deadline does, so the search cannot end "early" by the time
	// between the two: on a loaded machine that was milliseconds.
	start := time.Now()
	ctx, cancel := context.WithTimeout(context.Background(), wait)
	defer cancel()
	_, _, err := Find(ctx, page, Query{Roles: []Role{Button}, Name: "Create API Acount"})
	took := time.Since(start)
	var nf *NotFoundError
	if !errors.As(err, &nf) || !errors.Is(err, context.DeadlineExceeded) {
		t.Fatalf("err = %v, want a *NotFoundError wrapping the deadline", err)
	}
	want := `no button named "Create API Acount" on page "Store API Accounts" (closest: "Create API Account")`
	if err.Error() != want {
		t.Errorf("message:\n got %s\nwant %s", err, want)
	}
	// Waited counts from Find's own start, after the deadline's: it says the deadline's wait
	// less that call's start, never more than the caller saw.
	if took < wait || took > wait+time.Second || nf.Waited > took || nf.Waited < wait-100*time.Millisecond {
		t.Errorf("gave up after %v (Waited %v), want about %v", took, nf.Waited, wait)
	}
}

func TestNoDeadlineMeansDefaultTimeout(t *testing.T) {
	page := open(t, "late.html")
	// Without a deadline Find searches for DefaultTimeout, yet the element it returns stays
	// usable: it is bound to the caller's context, not to the search's.
	el, _, err := Find(context.Background(), page, Query{Name: "Create API Account"})
	if err != nil {
		t.Fatal(err)
	}
	if _, err := el.Text(); err != nil {
		t.Fatalf("element unusable after Find returned: %v", err)
	}
	ctx, cancel := context.WithCancel(context.Background())
	cancel() // already over: Find must return at once, not search for DefaultTimeout
	if _, _, err := Find(ctx, page, Query{Name: "Create API Account"}); !errors.Is(err, context.Canceled) {
		t.Fatalf("err = %v, want context.Canceled", err)
	}
}
