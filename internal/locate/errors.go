package locate

import (
	"fmt"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/editdist"
)

// NotFoundError says no visible element answers a query, with what a writer would look for
// instead: the closest names of the same roles, or what sits where the icon should be.
type NotFoundError struct {
	Query Query
	Title string // the page's title when the wait ended
	URL   string
	// Modal names the modal dialog open over the page, which held everything a reader could
	// reach: `the dialog "Welcome"`, `a dialog`; "" when none was open.
	Modal string
	// Candidates are the closest visible elements of the same roles, best first; for an icon
	// query, the elements of those roles in the query's row and column instead.
	Candidates []Candidate
	// Offered are, when no name is close and a modal dialog holds the page, the controls of
	// those roles the dialog offers: a doc's "Save" where it says "Finish" is nothing alike,
	// and the dialog's few buttons are what a writer needs to see. For the message only.
	Offered []Candidate
	Waited  time.Duration
	Err     error // why the wait ended: usually context.DeadlineExceeded
}

func (e *NotFoundError) Error() string {
	var b strings.Builder
	q := e.Query
	switch {
	case q.Icon != "" && q.IconWord != "":
		fmt.Fprintf(&b, "no %s icon and no control named %q", q.Icon, q.IconWord)
	case q.Icon != "":
		fmt.Fprintf(&b, "no %s icon", q.Icon)
	default:
		b.WriteString("no " + RolePhrase(q.roles()))
		if q.Name != "" {
			fmt.Fprintf(&b, " named %q", q.Name)
		}
	}
	b.WriteString(scopePhrase(q))
	if q.WithinLabel != "" {
		b.WriteString(" in " + q.WithinLabel)
	}
	if e.Modal != "" {
		b.WriteString(" in " + e.Modal + " open over")
	} else {
		b.WriteString(" on")
	}
	fmt.Fprintf(&b, " page %q", e.Title)
	switch {
	case len(e.Candidates) == 0:
	case q.Icon != "" && (q.Row != "" || q.Column != ""):
		var found []string
		for _, c := range e.Candidates {
			found = append(found, fmt.Sprintf("a %q %s", c.Label(), c.Role()))
		}
		fmt.Fprintf(&b, " (found %s there)", strings.Join(found, " and "))
	case q.Icon != "":
		fmt.Fprintf(&b, " (icons on the page: %s)", quoteLabels(e.Candidates))
	default:
		fmt.Fprintf(&b, " (closest: %s)", quoteLabels(e.Candidates))
	}
	if len(e.Candidates) == 0 && len(e.Offered) > 0 {
		fmt.Fprintf(&b, " (it offers %s)", quoteLabels(e.Offered))
	}
	return b.String()
}

// Unwrap exposes why the wait ended, so callers can tell a timeout from a closed page.
func (e *NotFoundError) Unwrap() error { return e.Err }

func quoteLabels(cands []Candidate) string {
	labels := make([]string, len(cands))
	for i, c := range cands {
		labels[i] = c.Label()
	}
	return editdist.Quote(labels)
}

// dialogPhrase names a dialog as a reader says it: `the dialog "Welcome"`, or `a dialog`
// when it has no name; "" for none.
func dialogPhrase(name *string) string {
	switch {
	case name == nil:
		return ""
	case *name == "":
		return "a dialog"
	}
	return fmt.Sprintf("the dialog %q", *name)
}
