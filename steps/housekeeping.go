package steps

import (
	"context"
	"fmt"
	"strings"

	"github.com/docdrift/docdrift/internal/browser"
	"github.com/docdrift/docdrift/internal/locate"
)

// Housekeeper does to a real control panel what a run needs done behind the procedures' backs
// — make the account a procedure acts on, delete what a scenario created, sweep what killed
// runs left — through the panel's own pages, as the owner would. It is the Target (and
// Sweeper) for panels without the simulator's test API.
type Housekeeper struct {
	// Config supplies BaseURL, Login or Cookies, StepTimeout, Aliases and Icons.
	Config Config
	// Open gives a fresh incognito page; set once the browser runs.
	Open  func(ctx context.Context) (*browser.Session, error)
	Pages Pages
}

// Pages are the labels housekeeping follows; zero fields take the 2017 control panel's.
type Pages struct {
	StoreAccounts  string // breadcrumb to the Store API Accounts page
	LegacyAccounts string // breadcrumb to the Legacy API Accounts page
	Create         string // the button (or breadcrumb through a menu) that opens the Create API Account form
	CreateLegacy   string
	Name           string // the API account's name field
	Username       string // the legacy account's username field
	Save, Done     string // the form's submit button; the credentials pop-up's close button
}

func (p Pages) withDefaults() Pages {
	def := Pages{StoreAccounts: "Advanced Settings > API Accounts", LegacyAccounts: "Advanced Settings > Legacy API Settings",
		Create: "Create API Account", CreateLegacy: "Create a Legacy API Account", Name: "Name", Username: "Username",
		Save: "Save", Done: "Done"}
	for _, f := range []struct{ got, def *string }{{&p.StoreAccounts, &def.StoreAccounts}, {&p.LegacyAccounts, &def.LegacyAccounts},
		{&p.Create, &def.Create}, {&p.CreateLegacy, &def.CreateLegacy}, {&p.Name, &def.Name}, {&p.Username, &def.Username},
		{&p.Save, &def.Save}, {&p.Done, &def.Done}} {
		if *f.got == "" {
			*f.got = *f.def
		}
	}
	return p
}

// EnsureAccount creates the account through the panel's form unless its list shows it.
func (h *Housekeeper) EnsureAccount(ctx context.Context, name string, legacy bool) error {
	return h.session(ctx, func(s *Scenario, p Pages) error {
		list, create, field := p.StoreAccounts, p.Create, p.Name
		if legacy {
			list, create, field = p.LegacyAccounts, p.CreateLegacy, p.Username
		}
		if err := s.navigate(ctx, list); err != nil {
			return err
		}
		if names, err := s.rowNames(ctx); err != nil || contains(names, name) {
			return err
		}
		if err := s.navigate(ctx, create); err != nil {
			return err
		}
		if err := s.fill(ctx, field, name); err != nil {
			return err
		}
		if err := s.clickLabel(ctx, p.Save); err != nil {
			return err
		}
		if !legacy { // the one-time credentials pop-up: its values are secrets, never read here
			return s.clickLabel(ctx, p.Done)
		}
		return nil
	})
}

// DeleteAccounts deletes the named accounts of either kind; names the lists do not show are
// not an error.
func (h *Housekeeper) DeleteAccounts(ctx context.Context, names []string) error {
	_, err := h.deleteWhere(ctx, func(n string) bool { return contains(names, n) })
	return err
}

// Names lists the accounts of both kinds the panel's lists show.
func (h *Housekeeper) Names(ctx context.Context) ([]string, error) {
	var all []string
	err := h.eachList(ctx, func(s *Scenario, names []string) error {
		all = append(all, names...)
		return nil
	})
	return all, err
}

// Sweep deletes every account whose name starts with prefix and returns their names.
func (h *Housekeeper) Sweep(ctx context.Context, prefix string) ([]string, error) {
	return h.deleteWhere(ctx, func(n string) bool { return strings.HasPrefix(n, prefix) })
}

func (h *Housekeeper) deleteWhere(ctx context.Context, match func(string) bool) ([]string, error) {
	var deleted []string
	err := h.eachList(ctx, func(s *Scenario, names []string) error {
		var doomed []string
		for _, n := range names {
			if match(n) {
				doomed = append(doomed, n)
			}
		}
		if len(doomed) == 0 {
			return nil
		}
		if err := s.deleteRows(ctx, doomed); err != nil {
			return fmt.Errorf("delete %s: %w", strings.Join(doomed, ", "), err)
		}
		deleted = append(deleted, doomed...)
		return nil
	})
	return deleted, err
}

// eachList opens the store and the legacy account lists in turn and hands do the names each
// shows, with the page still on that list.
func (h *Housekeeper) eachList(ctx context.Context, do func(s *Scenario, names []string) error) error {
	return h.session(ctx, func(s *Scenario, p Pages) error {
		for _, list := range []string{p.StoreAccounts, p.LegacyAccounts} {
			if err := s.navigate(ctx, list); err != nil {
				return err
			}
			names, err := s.rowNames(ctx)
			if err != nil {
				return err
			}
			if err := do(s, names); err != nil {
				return err
			}
		}
		return nil
	})
}

// session runs do in a fresh logged-in page, closed afterwards.
func (h *Housekeeper) session(ctx context.Context, do func(s *Scenario, p Pages) error) error {
	if h.Open == nil {
		return fmt.Errorf("housekeeping: no browser")
	}
	sess, err := h.Open(ctx)
	if err != nil {
		return fmt.Errorf("housekeeping: %w", err)
	}
	defer sess.Close()
	s := &Scenario{cfg: &h.Config, session: sess}
	if h.Config.Cookies != nil {
		if err := sess.Page.Context(ctx).SetCookies(h.Config.Cookies); err != nil {
			return fmt.Errorf("housekeeping: restore the saved session: %w", err)
		}
	}
	if err := s.logIn(ctx); err != nil {
		return fmt.Errorf("housekeeping: %w", err)
	}
	if err := do(s, h.Pages.withDefaults()); err != nil {
		return fmt.Errorf("housekeeping: %w", err)
	}
	return nil
}

// rowNamesJS reads the name each table row shows: the text of its first cell with text.
const rowNamesJS = `() => [...document.querySelectorAll('tbody tr, [role=row]')].map((row) => {
	for (const cell of row.querySelectorAll('td, th, [role=cell], [role=gridcell]')) {
		const t = cell.innerText.trim();
		if (t) return t;
	}
	return '';
}).filter(Boolean)`

func (s *Scenario) rowNames(ctx context.Context) ([]string, error) {
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

// deleteRows ticks each row's check box and presses the list's delete control — a trash-can
// button or "Delete Selected" — answering its confirmation, a browser prompt or a dialog on
// the page.
func (s *Scenario) deleteRows(ctx context.Context, names []string) error {
	for _, n := range names {
		box, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Checkbox}, Row: n})
		if err != nil {
			return err
		}
		if err := s.setChecked(ctx, box, true); err != nil {
			return err
		}
	}
	del, err := s.find(ctx, locate.Query{Roles: []locate.Role{locate.Button}, Name: "Delete Selected"})
	if err != nil {
		if del, err = s.find(ctx, locate.Query{Icon: "trash can"}); err != nil {
			return err
		}
	}
	s.expectConfirmation(true)
	if err := s.press(ctx, del); err != nil {
		return err
	}
	if _, ok := s.browserDialog(); ok {
		return nil
	}
	if err := s.answerPageDialog(ctx, ""); err != nil {
		return fmt.Errorf("confirm the deletion: %w", err)
	}
	return nil
}

func contains(list []string, s string) bool {
	for _, x := range list {
		if x == s {
			return true
		}
	}
	return false
}
