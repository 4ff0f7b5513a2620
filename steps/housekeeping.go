package steps

import (
	"context"
	"errors"
	"fmt"
	"maps"
	"net/url"
	"slices"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/flattree"
	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/profile"
)

// Housekeeper does to a product what a run needs done behind the procedures' backs — make
// the item a procedure acts on, remove what a scenario created, sweep what killed runs left —
// through the product's own pages, as its owner would, following the pages its profile
// describes. One Housekeeper serves every subject of a product: Keeper gives each its own.
type Housekeeper struct {
	// Config supplies BaseURL and Start, Login or Cookies, Sessions, StepTimeout, Aliases and
	// Icons; set once the run's configuration is known.
	Config Config
	// Open gives a fresh incognito page, or one as good (browser.Pool); set once the browser
	// runs.
	Open func(ctx context.Context) (*browser.Session, error)
	// Release, when set, takes a session back instead of closing it; reusable says the
	// housekeeping in it went well (see Config.Release).
	Release func(sess *browser.Session, reusable bool) error
}

// Keeper is the keeper of the subject whose pages p describes.
func (h *Housekeeper) Keeper(p profile.Pages) Keeper { return &pageKeeper{h: h, p: p} }

// pageKeeper makes and removes one subject's items through its pages.
type pageKeeper struct {
	h *Housekeeper
	p profile.Pages
}

// Ensure creates the item through the product's form unless its list shows it.
func (k *pageKeeper) Ensure(ctx context.Context, name string) error {
	return k.h.session(ctx, k.firstPage(), func(s *Scenario) error {
		names, err := k.namesIn(ctx, s)
		if err != nil || contains(names, name) {
			return err
		}
		if err := s.navigate(ctx, k.p.Create); err != nil {
			return err
		}
		if err := s.fill(ctx, k.p.Name, name); err != nil {
			return err
		}
		for _, label := range slices.Sorted(maps.Keys(k.p.Fill)) {
			if err := s.fillOrChoose(ctx, label, strings.ReplaceAll(k.p.Fill[label], "{name}", name)); err != nil {
				return err
			}
		}
		if err := s.clickLabel(ctx, k.p.Save); err != nil {
			return err
		}
		if k.p.Dismiss != "" { // one-time credentials, say: their values are never read here
			return s.clickLabel(ctx, k.p.Dismiss)
		}
		return nil
	})
}

// Names lists the items the subject's list shows.
func (k *pageKeeper) Names(ctx context.Context) ([]string, error) { return namesHoused(ctx, k) }

// Delete removes the named items the list shows, one at a time; others are no error.
func (k *pageKeeper) Delete(ctx context.Context, names []string) error {
	return deleteHoused(ctx, k, names)
}

// namesHoused is Names of a housed keeper: in a page of its own, signed in.
func namesHoused(ctx context.Context, k housed) ([]string, error) {
	var names []string
	err := k.housekeeper().session(ctx, k.firstPage(), func(s *Scenario) error {
		var err error
		names, err = k.namesIn(ctx, s)
		return err
	})
	return names, err
}

// deleteHoused is Delete of a housed keeper: in a page of its own, signed in.
func deleteHoused(ctx context.Context, k housed, names []string) error {
	c := &clearing{names: names}
	k.housekeeper().deleteAll(ctx, []visit{{k, names}}, c)
	return c.err(false)
}

// housed is a keeper that works in a page its Housekeeper signed in — through the product's
// pages or its REST API — so that several subjects of one product share one sign-in.
type housed interface {
	Keeper
	housekeeper() *Housekeeper
	// firstPage is the address its work begins on, "" for where procedures begin.
	firstPage() string
	namesIn(ctx context.Context, s *Scenario) ([]string, error)
	// deleteIn deletes those of names its list shows, noting in c what came of each.
	deleteIn(ctx context.Context, s *Scenario, c *clearing, names []string)
}

func (k *pageKeeper) housekeeper() *Housekeeper { return k.h }

// firstPage is the subject's list when the profile gives its address: signing in lands there
// rather than on where procedures begin, one page load fewer. A list reached by a breadcrumb
// is reached from where procedures begin.
func (k *pageKeeper) firstPage() string { return k.p.ListAddress() }

// deleteAll is Delete for several subjects of the product in one signed-in page: what a
// scenario created may be of any of them, and each sign-in or restored session costs loads.
// A list that cannot be read does not keep the others from being cleared; with no list to
// visit, nothing signs in.
func (h *Housekeeper) deleteAll(ctx context.Context, visits []visit, c *clearing) {
	if len(visits) == 0 {
		return
	}
	err := h.session(ctx, visits[0].k.firstPage(), func(s *Scenario) error {
		for _, v := range visits {
			v.k.deleteIn(ctx, s, c, v.names)
		}
		return nil
	})
	if err != nil {
		c.unread(err)
	}
}

// deleteIn deletes those of names its list shows, and the strays c sweeps, with the page s.
func (k *pageKeeper) deleteIn(ctx context.Context, s *Scenario, c *clearing, names []string) {
	shown, err := k.namesIn(ctx, s)
	if err != nil {
		c.unread(err)
		return
	}
	listed, strays := c.shown(shown, names), c.strayed(shown, names)
	// A doc that renamed the signed-in account ("Write your first name") must never have
	// cleanup or a sweep delete the account every run signs in with.
	own, err := s.ownRows(ctx, slices.Concat(listed, strays))
	for _, n := range listed {
		k.deleteListed(ctx, s, c, n, own, err)
	}
	for _, n := range strays {
		k.deleteListed(ctx, s, c.strays, n, own, err)
	}
}

// deleteListed deletes an item its list shows unless it is of own, the rows of the account
// the run signs in as (ownErr: they could not be told), noting in c how it went.
func (k *pageKeeper) deleteListed(ctx context.Context, s *Scenario, c *clearing, name string, own []string, ownErr error) {
	switch {
	case ownErr != nil:
		c.row(name, ownErr)
	case contains(own, name):
		c.stuck.Own = append(c.stuck.Own, name)
	default:
		c.row(name, k.deleteRow(ctx, s, name))
	}
}

// namesIn opens the subject's list — an address on the product, or a breadcrumb from where a
// procedure begins — and reads the names its rows show.
func (k *pageKeeper) namesIn(ctx context.Context, s *Scenario) ([]string, error) {
	if err := s.openList(ctx, k.p); err != nil {
		return nil, err
	}
	return s.rowNames(ctx)
}

// openList opens a subject's list: an address on the product, unless the page is there
// already (a sign-in may have left it there: it is where procedures begin), or a breadcrumb
// from where the page is.
func (s *Scenario) openList(ctx context.Context, pages profile.Pages) error {
	list := pages.ListAddress()
	if list == "" {
		return s.navigate(ctx, pages.List)
	}
	if at, err := url.Parse(s.session.Document().URL); err == nil && at.Path == list {
		return nil
	}
	return s.openURL(ctx, profile.Resolve(s.cfg.BaseURL, list))
}

// deleteRow presses the delete control in the item's row — or, when the row has none, ticks
// the row's check box and presses the list's — then the rest of a breadcrumb ("Actions >
// Delete account": the row's menu, then its item), and accepts the confirmation the last
// asks for: a browser prompt or a dialog on the page.
func (k *pageKeeper) deleteRow(ctx context.Context, s *Scenario, name string) error {
	crumbs := LabelPath(k.p.Delete)
	if len(crumbs) == 0 {
		return fmt.Errorf("the profile names no control that deletes an item")
	}
	label, then := strings.ReplaceAll(crumbs[0], "{name}", name), crumbs[1:]
	// Bounded as a reader's few steps are: a list that never settles (seen on Strapi at the
	// end of a run, a find waiting out the sweep's 4.5 min) must not hold the other rows.
	ctx, cancel := context.WithTimeout(ctx, time.Duration(2+len(then))*s.cfg.stepTimeout())
	defer cancel()
	del, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Button, locate.Link}, Name: label, Row: name})
	var m *Mismatch
	if errors.As(err, &m) {
		if longer := namedLonger(m.Closest, crumbs[0], name); longer != "" {
			del, err = s.find(ctx, locate.Query{Roles: []locate.Role{locate.Button, locate.Link}, Name: longer, Row: name})
		}
	}
	if errors.As(err, &m) && !strings.Contains(k.p.Delete, "{name}") {
		box, berr := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Checkbox}, Row: name})
		if berr != nil {
			return berr
		}
		if berr := s.setChecked(ctx, box, true); berr != nil {
			return berr
		}
		del, err = s.find(ctx, locate.Query{Roles: []locate.Role{locate.Button, locate.Link}, Name: label})
	}
	if err != nil {
		return err
	}
	for _, item := range then {
		if err := s.press(ctx, del); err != nil {
			return err
		}
		if del, err = s.find(ctx, locate.Query{Roles: []locate.Role{locate.MenuItem, locate.Button, locate.Link}, Name: item}); err != nil {
			return err
		}
	}
	s.expectConfirmation(true)
	if err := s.press(ctx, del); err != nil {
		return err
	}
	if _, ok := s.browserDialog(); !ok {
		if err := s.answerPageDialog(ctx, ""); err != nil {
			return fmt.Errorf("confirm the deletion: %w", err)
		}
	}
	return k.gone(ctx, s, name)
}

// namedLonger is the one of controls whose name is the profile's label with the item's name
// shown longer, as the product displays the item: "Delete {name}" is "Delete docdrift-…-22
// Smith" where a list of accounts shows first and last names. "" when none is, or several.
func namedLonger(controls []string, label, name string) string {
	before, after, ok := strings.Cut(label, "{name}")
	if !ok {
		return ""
	}
	head := before + name + " "
	found := ""
	for _, c := range controls {
		if strings.HasPrefix(c, head) && strings.HasSuffix(c[len(head):], after) {
			if found != "" && found != c {
				return ""
			}
			found = c
		}
	}
	return found
}

// gone waits for the list to stop showing name after its deletion: a control that did
// nothing (Strapi draws no working delete for its default locale) must not pass for a
// deletion, or cleanup and docdrift sweep would say an item is gone that is still there.
func (k *pageKeeper) gone(ctx context.Context, s *Scenario, name string) error {
	ctx, cancel := s.step(ctx) // as long as a step may take to show its outcome
	defer cancel()
	for {
		shown, err := s.rowNames(ctx)
		switch {
		case ctx.Err() != nil:
			return &StillListed{Names: []string{name}}
		case err != nil:
			return err
		case !contains(shown, name):
			return nil
		}
	}
}

// session runs do in a signed-in page of its own, given back afterwards: to be lent again
// when all went well, else closed. Signing in opens first, an address on the product, when
// given, else where procedures begin.
func (h *Housekeeper) session(ctx context.Context, first string, do func(s *Scenario) error) (err error) {
	if h.Open == nil {
		return fmt.Errorf("housekeeping: no browser")
	}
	sess, err := h.Open(ctx)
	if err != nil {
		return fmt.Errorf("housekeeping: %w", err)
	}
	defer func() {
		if h.Release != nil {
			_ = h.Release(sess, err == nil)
			return
		}
		_ = sess.Close()
	}()
	// The keeper acts as the profile says, not as a doc does: a control of the profile's that
	// is not there stops it, said, where a run's step carries on with the nearest one
	// (Strapi's default locale has no delete button, and "Edit <name> locale" was pressed).
	cfg := h.Config
	cfg.KeepGoing = false
	if first != "" {
		cfg.Start = profile.Resolve(cfg.BaseURL, first)
	}
	s := &Scenario{cfg: &cfg, session: sess}
	if h.Config.Cookies != nil {
		if err := sess.Page.Context(ctx).SetCookies(h.Config.Cookies); err != nil {
			return fmt.Errorf("housekeeping: restore the saved session: %w", err)
		}
	}
	err = s.logIn(ctx)
	if first != "" && unloaded(ctx, err) {
		// The list is down, not the product: sign in where procedures begin, and let that
		// list's failure be charged to its own names while the others are worked through.
		cfg.Start = h.Config.Start
		err = s.logIn(ctx)
	}
	if err != nil {
		return fmt.Errorf("housekeeping: %w", err)
	}
	if err := do(s); err != nil {
		return fmt.Errorf("housekeeping: %w", err)
	}
	return nil
}

// unloaded tells whether err is a page that did not load, or not in time while ctx has time
// left: no failure to sign in.
func unloaded(ctx context.Context, err error) bool {
	var nl *browser.NotLoadedError
	return errors.As(err, &nl) || errors.Is(err, context.DeadlineExceeded) && ctx.Err() == nil
}

// ownRowsJS answers those of names that a table row shows beside, as a word of its own, the
// user the run signs in as ("admin" is not "Administrator"). Only innermost rows count:
// WordPress draws a profile's list of application passwords inside a row of the profile's own
// form. A name counts as a whole word too: the own row's "docdrift-…-12" is not "docdrift-…-1".
var ownRowsJS = flattree.With(`(names, user) => {
	const words = (t) => t.split(/[\s,;:()|<>"']+/);
	const rows = FLAT_TREE.deepAll(document, "tr, [role=row]").filter((row) => !row.querySelector("tr, [role=row]"))
		.map((row) => row.innerText.toLowerCase())
		.filter((t) => words(t).includes(user.toLowerCase()));
	return names.filter((name) => {
		const n = name.toLowerCase();
		return rows.some((t) => words(t).includes(n) || n.includes(" ") && t.includes(n));
	});
}`)

// ownRows answers those of names the list shows in the row of the account the run signs in
// as. A list that cannot be read deletes nothing.
func (s *Scenario) ownRows(ctx context.Context, names []string) ([]string, error) {
	if s.cfg.Login.Username == "" || len(names) == 0 {
		return nil, nil
	}
	res, err := s.session.Page.Context(ctx).Eval(ownRowsJS, names, s.cfg.Login.Username)
	if err != nil {
		return nil, fmt.Errorf("read the list's rows: %w", err)
	}
	var own []string
	for _, v := range res.Value.Arr() {
		own = append(own, v.Str())
	}
	return own, nil
}

// rowNameJS is a page script's function naming a table row by what it shows: the text of its
// first cell with text that is not a number (a leading ID column is no name), "" for none.
// deepAll is FLAT_TREE's: a table component's rows are in its shadow root.
const rowNameJS = `(row, deepAll) => {
	for (const cell of deepAll(row, 'td, th, [role=cell], [role=gridcell]')) {
		const t = cell.innerText.trim();
		if (t && !/^#?\d+$/.test(t)) return t;
	}
	return '';
}`

// rowNamesJS reads the name each table row shows (rowNameJS).
var rowNamesJS = flattree.With(`() => {
	const { deepAll } = FLAT_TREE, name = ` + rowNameJS + `;
	return deepAll(document, 'tbody tr, [role=row]').map((row) => name(row, deepAll)).filter(Boolean);
}`)

func (s *Scenario) rowNames(ctx context.Context) ([]string, error) {
	ctx, cancel := s.step(ctx)
	defer cancel()
	// A list may arrive after its page: read it once the page has settled.
	if err := s.settle(ctx); err != nil {
		return nil, err
	}
	res, err := s.session.Page.Context(ctx).Eval(rowNamesJS)
	if err != nil {
		return nil, fmt.Errorf("read the list: %w", err)
	}
	var names []string
	for _, v := range res.Value.Arr() {
		names = append(names, v.Str())
	}
	return names, nil
}

func contains(list []string, s string) bool { return slices.Contains(list, s) }
