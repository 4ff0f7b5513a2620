package steps

import (
	"context"
	"fmt"
	"strings"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// itemKind is the kind of item the procedure acts on: the one its item was made as (madeKind),
// else the one its heading names ("Manage tags": tag); "" for none.
func (s *Scenario) itemKind() string {
	if k := s.madeKind(); k != "" || s.pickle == nil {
		return k
	}
	return understand.HeadingObject(s.pickle.Name)
}

// namedWithKind finds, for a search of a label that found none, the control drawn as an icon
// alone whose name is that label and the kind of the procedure's item: "Select **Edit** to
// rename it" in "Manage tags", where each tag's pencil is named "Edit Tag". The reader sees a
// pencil and the doc names what it does; the name's last word only says what it is done to.
// A control whose visible text says more is the page's own label, as is a kind of another
// item ("Edit User" among tags).
func (s *Scenario) namedWithKind(ctx context.Context, nf *locate.NotFoundError, q locate.Query) (*rod.Element, bool) {
	kind := s.itemKind()
	if q.Name == "" || kind == "" {
		return nil, false
	}
	name := ""
	for _, c := range nf.Candidates {
		words := strings.Fields(c.Name)
		n := len(words)
		if strings.TrimSpace(c.Text) != "" || n < 2 || !strings.EqualFold(strings.Join(words[:n-1], " "), q.Name) ||
			!understand.CallsItem(kind, words[n-1]) || name != "" && c.Name != name {
			continue
		}
		name = c.Name
	}
	if name == "" {
		return nil, false
	}
	alt := q
	alt.Icon, alt.Name = "", name // the icon the doc drew is another product's picture of it
	el, _, err := locate.Find(ctx, s.session.Page, alt)
	if err != nil {
		return nil, false
	}
	s.notes = append(s.notes, fmt.Sprintf("%q is the icon named %q: the doc's label and the kind of item it acts on", q.Name, name))
	return el, true
}
