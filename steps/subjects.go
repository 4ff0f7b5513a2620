package steps

import (
	"context"
	"errors"
	"fmt"
	"slices"
	"strings"

	"github.com/cucumber/godog"
	"github.com/docdrift/docdrift/internal/profile"
	"github.com/docdrift/docdrift/internal/understand"
)

// Subject is a kind of item the product's docs act on — API tokens, API accounts,
// application passwords — with what makes and removes one behind the pages' back.
type Subject struct {
	profile.Subject
	// Keeper makes and removes its items; nil when the run does neither (the user cleans up).
	Keeper Keeper
}

// Keeper makes, lists and removes one subject's items: through the product's REST API, its
// own pages, or the simulator's test API.
type Keeper interface {
	// Ensure makes an item of this name exist.
	Ensure(ctx context.Context, name string) error
	remover
}

// remover lists and removes a subject's items: what cleanup and sweeps need.
type remover interface {
	// Names lists the items there are.
	Names(ctx context.Context) ([]string, error)
	// Delete removes the named items; names it does not find are no error.
	Delete(ctx context.Context, names []string) error
}

// Subjects are a product's subjects with their keepers. They are the run's Target.
type Subjects []Subject

// Target is what a run's cleanup needs of a product: removing what scenarios created, by
// name, whatever subject each is of — of, where known: see Made.Of. Subjects is one; a test
// may bring its own.
type Target interface {
	Delete(ctx context.Context, names []string, of map[string]string) error
}

// SubjectsOf pairs a profile's subjects with their keepers; keeper may answer nil.
func SubjectsOf(p profile.Profile, keeper func(profile.Subject) Keeper) Subjects {
	out := make(Subjects, len(p.Subjects))
	for i, s := range p.Subjects {
		out[i] = Subject{Subject: s, Keeper: keeper(s)}
	}
	return out
}

// namesKeptItem reports whether field is the name field of a subject's form, for a subject
// whose items the run removes: its profile's label, or words all in it ("application name"
// for "New Application Password Name").
func (c *Config) namesKeptItem(field string) bool {
	words := strings.Fields(strings.ToLower(field))
	if len(words) == 0 {
		return false
	}
	for _, sub := range c.Subjects {
		if sub.Keeper == nil || sub.Pages == nil || sub.Pages.Name == "" {
			continue
		}
		label := strings.Fields(strings.ToLower(sub.Pages.Name))
		if !slices.ContainsFunc(words, func(w string) bool { return !slices.Contains(label, w) }) {
			return true
		}
	}
	return false
}

// subjectNamed is the subject text names, nil when it names none.
func (c *Config) subjectNamed(text string) *Subject {
	names := make([]profile.Subject, len(c.Subjects))
	for i := range c.Subjects {
		names[i] = c.Subjects[i].Subject
	}
	if i := profile.NamedIn(names, text); i >= 0 {
		return &c.Subjects[i]
	}
	return nil
}

// subjectOf is the subject a procedure acts on: the one its heading names, else the first
// its steps name, else the one the paragraph over them names, else the product's only one —
// unless its heading names a task on another kind of item ("Deleting a role" in a profile
// that keeps tokens, or "Delete a user" whose first step speaks of the user before another
// names a workflow). Then, or when the product keeps several kinds and the words name none
// ("Providers": "the provider to enable"), there is none, and a step on the procedure's own
// item cannot run rather than act on an item of a kind picked at random. A narrower kind the
// words name later wins ("Deleting a role" whose intro speaks of "end-user roles" acts on an
// end-user role, not on any role).
func (c *Config) subjectOf(sc *godog.Scenario) *Subject {
	if len(c.Subjects) == 0 {
		return nil
	}
	if len(sc.Steps) > 0 {
		// "Add Sales Channels", 1. "Go to the publishable API key's details page": the item
		// is the one whose page the procedure starts on, whatever its heading adds to it —
		// also when no subject keeps that kind ("Add Customer to Groups", 1. "Go to the
		// customer's details page", is a customer's, not a customer group's).
		owner := understand.PageOwner(sc.Steps[0].Text)
		if s := c.subjectNamed(owner); s != nil {
			return s
		}
		if owner != "" && !c.callsItem(owner) {
			return nil
		}
	}
	// The kind its heading names, when no subject keeps it: a step that speaks of that kind
	// before any names a kept one settles that the procedure has none.
	unkept := understand.ItemNoun(understand.HeadingObject(sc.Name))
	if unkept != "" && c.callsItem(unkept) {
		unkept = ""
	}
	texts := []string{sc.Name}
	for _, st := range sc.Steps {
		if item := itemActedOn(st.Text); item != "" && !c.callsItem(item) {
			// "Manage tags": "Hover over the tag you want to change" settles that the item is
			// a tag, which no subject keeps, whatever place a step names ("… in your workflow").
			return nil
		}
		texts = append(texts, st.Text)
	}
	if c.Intro != nil { // what the steps say of their item outweighs a word of the paragraph's
		texts = append(texts, c.Intro(sc))
	}
	var found *Subject
	for i, t := range texts {
		s := c.subjectNamed(t)
		if found == nil && s == nil && unkept != "" && i > 0 && speaksOf(t, unkept) {
			// "Delete a user": "Select the menu icon by the user you want to delete", then
			// "… copy their workflow data": a user's procedure, in a profile keeping workflows.
			return nil
		}
		if s != nil && (found == nil || s.Narrows(found.Subject)) {
			found = s
		}
	}
	if found != nil {
		return found
	}
	if len(c.Subjects) > 1 || understand.HeadingObject(sc.Name) != "" {
		return nil
	}
	return &c.Subjects[0]
}

// itemActedOn is what a step that acts on the procedure's own item calls it ("tag" in "the tag
// you want to change"); "" when the step names none.
func itemActedOn(text string) string {
	for _, a := range understand.Read(text).Acts {
		if a.Target.Subject && a.Target.Item != "" {
			return a.Target.Item
		}
	}
	return ""
}

// callsItem reports a subject whose items a step or a heading may call item ("account" for
// "administrator account", "tag" for none of n8n's).
func (c *Config) callsItem(item string) bool {
	return slices.ContainsFunc(c.Subjects, func(s Subject) bool {
		return slices.ContainsFunc(s.Names(), func(n string) bool { return understand.CallsItem(n, item) })
	})
}

// speaksOf reports text that names items of a kind, in the singular or plural ("the user
// you want to delete" of "user").
func speaksOf(text, kind string) bool {
	return slices.ContainsFunc(strings.Fields(text), func(w string) bool {
		return understand.ItemNoun(strings.Trim(w, ".,;:!?*`'\"()")) == kind
	})
}

// madeOf notes that the item made under name is of the kept subject kind, if any.
func (s *Scenario) madeOf(name, kind string) {
	if kind == "" {
		return
	}
	if s.of == nil {
		s.of = map[string]string{}
	}
	s.of[name] = kind
}

// ensure makes an item of kind for the procedure to act on, named for the run.
func (s *Scenario) ensure(ctx context.Context, kind *Subject) error {
	if kind == nil || kind.Keeper == nil {
		// Nothing makes one: the procedure acts on what the product has.
		return nil
	}
	name, err := s.makeItem(ctx, kind)
	if err != nil {
		return fmt.Errorf("make the %s the procedure acts on: %w", kind.Name, err)
	}
	s.subject, s.kind = name, kind
	return nil
}

// makeItem makes an item of kind through its keeper, named for the run, and notes it for cleanup.
func (s *Scenario) makeItem(ctx context.Context, kind *Subject) (string, error) {
	name, ok := fitName(s.newName(), kind.MaxName)
	if !ok {
		return "", &Unmet{fmt.Sprintf("a %s's name takes at most %d characters (max_name), too few for a name the run can find and remove again (%s)", kind.Name, kind.MaxName, name)}
	}
	if err := kind.Keeper.Ensure(ctx, name); err != nil {
		return "", err
	}
	s.created, s.kept = append(s.created, name), append(s.kept, name)
	s.madeOf(name, kind.Name)
	return name, nil
}

// backdrops makes an item of each backdrop subject the procedure has none of (profile.Subject
// Backdrop): the page it starts on then shows what the docs describe, not an empty state.
// The items are removed with the others the scenario made; none is the procedure's own.
func (s *Scenario) backdrops(ctx context.Context) error {
	defer timed(&s.spent.Preconditions)()
	for i := range s.cfg.Subjects {
		kind := &s.cfg.Subjects[i]
		if !kind.Backdrop || kind.Keeper == nil || s.kind != nil && s.kind.Name == kind.Name {
			continue
		}
		if _, err := s.makeItem(ctx, kind); err != nil {
			return fmt.Errorf("make a %s for the product's pages to show (a backdrop subject): %w", kind.Name, err)
		}
	}
	return nil
}

// keptKindOf is the subject the profile keeps (makes and removes) whose items a step may call
// item, nil for none.
func (c *Config) keptKindOf(item string) *Subject {
	for i := range c.Subjects {
		k := &c.Subjects[i]
		if k.Keeper != nil && slices.ContainsFunc(k.Names(), func(n string) bool { return understand.CallsItem(n, item) }) {
			return k
		}
	}
	return nil
}

// Delete removes what scenarios created, of whichever subject: an item a procedure made
// through the pages may be of another kind than the one its words name first. A name that
// of says is of one subject is looked for on its list only; a list none of the names may be
// on is not opened. The subjects one product keeps are visited in one signed-in page.
//
// What it could not delete is said name by name: *StillListed, items the product kept;
// *NotDeleted, deletions that failed and names that a list which could not be read may
// show. When every subject is kept through the product's pages or API and their lists were
// read, names none of them showed are *NotListed: what was made under those names, if
// anything, is of a kind the profile does not keep, and is still on the product. With no
// subject kept at all (a product run with no profile) every name is such a name.
func (ss Subjects) Delete(ctx context.Context, names []string, of map[string]string) error {
	_, deleted, _ := ss.clear(ctx, names, of, nil)
	return deleted
}

// Made is what a scenario typed as items' names, for its cleanup.
type Made struct {
	Names []string
	// Of maps the names known to be of a kept subject to its name: the item its keeper made
	// for the procedure, and names typed on the subject's own pages (its list, or a form
	// under it: "…/api::article.article/create"). Such an item is on that list or nowhere:
	// cleanup opens no other list for it, and one its list does not show afterwards was
	// never saved (or the procedure removed it), not left on the product.
	Of map[string]string
	// SetUp are the names typed by the doc's procedure that makes an item, performed first to
	// make the one this scenario acts on (Config.Setup): left on the product unless this
	// scenario deleted it (DeletesOwn, and it passed) or a kept subject's list shows it.
	SetUp []string
	// Aside are the names of items made first, as a doc makes one, for another use than being
	// acted on — for the doc's making procedure to act in (the token a label is added to;
	// Scenario.makeMakersOwn), for a step to pick (the customer added to a group;
	// Scenario.makeToPick) — typed or chosen: never the item this scenario acts on, so left on
	// the product whatever it deleted, unless a kept subject's list shows them gone.
	Aside []string
	// Uploaded are the names of the files the scenario uploaded, among Names: the product
	// keeps each at once, however the procedure went.
	Uploaded []string
	// Kept are the names of items a subject's keeper made for the scenario (the item it acts
	// on, a backdrop), not typed on the product's pages: a list showing one says nothing of
	// what the scenario typed.
	Kept []string
	// Picked names the item the scenario made, or had made first, that no name typed tells
	// apart: the option chosen for it (a tax region's country). It is never deleted by name —
	// another item may bear it, and the product had it before — only said to be left, where
	// the doc's own removal did not remove it.
	Picked []string
	// DeletesOwn is set when the scenario's procedure deletes the item it acts on
	// (understand.DeletesOwnItem).
	DeletesOwn bool
	// Fields are the fields names were typed into, as the doc calls them ("Name",
	// "Description"): a warning of what is left says which name is the item's.
	Fields map[string]string
}

// keptAt is the kept subject whose list page path is, or is under — the innermost when
// lists nest — or "": a list reached by a breadcrumb has no address to be under.
func (ss Subjects) keptAt(path string) string {
	at, depth := "", 0
	for _, s := range ss {
		if s.Keeper == nil || s.Pages == nil || s.Pages.ListAddress() == "" {
			continue
		}
		l := strings.TrimSuffix(s.Pages.ListAddress(), "/")
		if (path == l || strings.HasPrefix(path, l+"/")) && len(l) > depth {
			at, depth = s.Name, len(l)
		}
	}
	return at
}

// NotListed names what scenarios typed as an item's name that no kept subject's list
// showed when their cleanup came: a field that was no item's name (a description), an item
// never saved, or one of a kind the product's profile does not keep — left on the product.
type NotListed struct{ Names []string }

func (e *NotListed) Error() string {
	return fmt.Sprintf("no subject's list shows %s", strings.Join(e.Names, ", "))
}

// house is the subjects one product keeps through its pages or REST API: visited in one
// signed-in page.
type house struct {
	h       *Housekeeper
	keepers []housed
	kinds   []string // the subject each keeper keeps
}

// visit is a keeper's list to look for names on.
type visit struct {
	k     housed
	names []string
}

// visits are the keepers whose lists may show some of names, each with those: a name of
// says is of one subject is looked for on its list only, any other on every list. With every,
// each keeper is visited, for its names or none (a sweep reads every list).
func (h *house) visits(names []string, of map[string]string, every bool) []visit {
	var out []visit
	for i, k := range h.keepers {
		var these []string
		for _, n := range names {
			if kind := of[n]; kind == "" || kind == h.kinds[i] {
				these = append(these, n)
			}
		}
		if len(these) > 0 || every {
			out = append(out, visit{k, these})
		}
	}
	return out
}

// byHouse groups the subjects kept through a product's pages or REST API by product, in the
// subjects' order, and returns the others (the simulator's test API) apart; subjects nothing
// keeps are left out.
func (ss Subjects) byHouse() (houses []*house, others Subjects) {
	for _, sub := range ss {
		switch k := sub.Keeper.(type) {
		case nil:
		case housed:
			i := slices.IndexFunc(houses, func(h *house) bool { return h.h == k.housekeeper() })
			if i < 0 {
				houses, i = append(houses, &house{h: k.housekeeper()}), len(houses)
			}
			houses[i].keepers = append(houses[i].keepers, k)
			houses[i].kinds = append(houses[i].kinds, sub.Name)
		default:
			others = append(others, sub)
		}
	}
	return houses, others
}

// Sweep removes every item of the subjects whose name starts with prefix — what runs left
// behind — and returns their names. The subjects one product keeps through its pages or REST
// API are swept in one signed-in page.
func (ss Subjects) Sweep(ctx context.Context, prefix string) ([]string, error) {
	swept, _, err := ss.Finish(ctx, nil, nil, prefix)
	return swept, err
}

// Finish is a run's last cleanup and its sweep at once: it deletes names as Delete does
// (deleted is Delete's error) and, from each list it reads, the items named with prefix
// that are not among the names that list was read for, as Sweep does (swept, and sweepErr).
// Through a product's pages every list is opened once, where a last cleanup and then a sweep
// opened each twice.
func (ss Subjects) Finish(ctx context.Context, names []string, of map[string]string, prefix string) (swept []string, deleted, sweepErr error) {
	return ss.clear(ctx, names, of, &prefix)
}

// clear is Delete, and with a sweep prefix Finish.
func (ss Subjects) clear(ctx context.Context, names []string, of map[string]string, sweepPrefix *string) (swept []string, deleted, sweepErr error) {
	houses, others := ss.byHouse()
	if len(houses) == 0 && len(others) == 0 && len(names) > 0 {
		return nil, &NotListed{Names: names}, nil
	}
	c := &clearing{names: names}
	if sweepPrefix != nil {
		c.strays, c.prefix = &clearing{}, *sweepPrefix
	}
	var sweepErrs []error
	for _, sub := range others {
		// The simulator's test API says nothing of what it held: any name may be there.
		if len(names) > 0 {
			if err := sub.Keeper.Delete(ctx, names); err != nil {
				// Delete's to say (a sweep after it tries again and says its own).
				c.unreadable = append(c.unreadable, fmt.Errorf("%s: %w", sub.Name, err))
			}
		}
		if sweepPrefix == nil {
			continue
		}
		gone, err := sweep(ctx, sub.Keeper, *sweepPrefix)
		swept = append(swept, gone...)
		if err != nil {
			sweepErrs = append(sweepErrs, fmt.Errorf("%s: %w", sub.Name, err))
		}
	}
	for _, h := range houses {
		// One list that fails (a locale Strapi will not delete) does not keep the others from
		// being cleared.
		h.h.deleteAll(ctx, h.visits(names, of, sweepPrefix != nil), c)
	}
	swept = append(swept, c.swept()...)
	sweepErrs = append(sweepErrs, c.sweepErr())
	if len(names) == 0 {
		return swept, nil, errors.Join(sweepErrs...)
	}
	return swept, c.err(len(others) == 0), errors.Join(sweepErrs...)
}

// sweep removes the items of one keeper whose name starts with prefix.
func sweep(ctx context.Context, k remover, prefix string) ([]string, error) {
	names, err := k.Names(ctx)
	if err != nil {
		return nil, fmt.Errorf("list them: %w", err)
	}
	var doomed []string
	for _, n := range names {
		if HasRunPrefix(n, prefix) {
			doomed = append(doomed, n)
		}
	}
	if len(doomed) == 0 {
		return nil, nil
	}
	err = k.Delete(ctx, doomed)
	gone := slices.DeleteFunc(doomed, func(n string) bool { return Concerning(err, []string{n}) != nil })
	if err != nil {
		return gone, fmt.Errorf("delete: %w", err)
	}
	return gone, nil
}

// Unkept names the subjects nothing makes or removes, for the run's warning that cleaning up
// after the procedures that create one is the user's.
func (ss Subjects) Unkept() []string {
	var out []string
	for _, s := range ss {
		if s.Keeper == nil {
			out = append(out, s.Name)
		}
	}
	return out
}
