package steps

import (
	"context"
	"errors"
	"net/url"
	"strings"

	"github.com/docdrift/docdrift/internal/locate"
	"github.com/docdrift/docdrift/internal/understand"
	"github.com/go-rod/rod"
)

// The acts that take the reader somewhere: signing in, a path of links, menus and tabs, an
// item's list or page, an address on the product's host.

// signIn opens the product and signs in, unless this scenario already did.
func (s *Scenario) signIn(ctx context.Context, _ understand.Act) error {
	if s.loggedIn {
		return nil
	}
	return s.logIn(ctx)
}

// goTo follows a path of links, menus and tabs, or opens an address on the product's host.
func (s *Scenario) goTo(ctx context.Context, a understand.Act) error {
	t := a.Target
	if t.Kind == "site" {
		// "Go to the URL of your Strapi application's admin panel": the product itself (a
		// site the run does not drive is never performed, see elsewhere).
		return s.openURL(ctx, s.cfg.start())
	}
	if u := s.sameHost(t.Words); u != "" {
		return s.openURL(ctx, u)
	}
	if len(t.Path) == 1 {
		if u := s.sameHost(t.Path[0]); u != "" {
			// "visit `/wp-admin/profile.php`": an address on the product, typed in.
			return s.openURL(ctx, u)
		}
	}
	if len(t.Path) == 0 && len(t.Any) == 0 && t.Words != "" {
		return s.clickWords(ctx, t.Words, rolesOf(t.Kind), a.In)
	}
	path := t.Path
	if len(path) == 0 && len(t.Any) == 0 {
		// "Go to your application's page": the item's own, found where the run left it.
		return s.toItem(ctx, nil)
	}
	if len(path) == 0 {
		path = t.Any[:1]
	}
	if t.Icon != "" {
		if err := s.startAtIcon(ctx, t.Icon, path[0], a.In); err != nil {
			return err
		}
	}
	if t.Kind == "section" && len(path) == 1 && t.Icon == "" {
		// "Go to the *Profile* section of your profile": a part of the page under its title,
		// over its fields, is reached by scrolling to it, not by a control of that name.
		group, ok, err := s.caption(ctx, path[0])
		if err != nil {
			return err
		}
		if ok {
			return group.ScrollIntoView()
		}
	}
	if err := s.followPath(ctx, path, rolesOf(t.Kind), a.In, nil); err != nil || !t.Subject {
		return err
	}
	// "Content Manager, edit view of your content type": the way ends at the item's own page.
	return s.toItem(ctx, nil)
}

// itemRoles are what a list shows an item's name as, for a reader to open or select it.
var itemRoles = []locate.Role{locate.Link, locate.Button, locate.Cell}

// toItems opens the list of the procedure's items ("In the list view of your collection
// type, …"): its subject's list, when the run made the item through pages that have one;
// otherwise the reader is where the procedure has led.
func (s *Scenario) toItems(ctx context.Context) error {
	if s.kind == nil || s.kind.Pages == nil || s.kind.Pages.List == "" {
		return nil
	}
	return s.openList(ctx, *s.kind.Pages)
}

// toItem opens the procedure's item's own page ("In the edit view of your content-type, …")
// from its list, unless a step opened it already and the page is still there.
func (s *Scenario) toItem(ctx context.Context, in []understand.Where) error {
	if s.subject == "" {
		return noItem("open")
	}
	if s.itemAt != "" && s.session.Document().URL == s.itemAt {
		return nil
	}
	if err := s.toItems(ctx); err != nil {
		return err
	}
	if err := s.pressItem(ctx, in); err != nil {
		return err
	}
	s.itemAt = s.session.Document().URL
	return nil
}

// pressItem presses the procedure's item by its name: a link, button or cell that reads it,
// else the name itself where the page draws it in a block a reader clicks (a card whose click
// handler opens the item, n8n's workflows: the pointer cursor says it is one).
func (s *Scenario) pressItem(ctx context.Context, in []understand.Where) error {
	err := s.clickIn(ctx, s.subject, itemRoles, in)
	if !errors.As(err, new(*Mismatch)) {
		return err
	}
	if searched, serr := s.searchList(ctx, s.subject); serr != nil {
		return serr
	} else if searched {
		// Not among the rows shown: a reader searches the list for it.
		if err = s.clickIn(ctx, s.subject, itemRoles, in); !errors.As(err, new(*Mismatch)) {
			return err
		}
	}
	ctx, cancel := s.step(ctx)
	defer cancel()
	// Looked for once: the search above waited for the page to settle.
	name, ferr := s.session.Page.Context(ctx).Sleeper(rod.NotFoundSleeper).ElementByJS(rod.Eval(clickableNameJS, s.subject))
	if ferr != nil {
		return err
	}
	return s.press(ctx, name)
}

// clickableNameJS finds the visible element whose own text is the name, inside a block drawn
// clickable (a pointer cursor on it or one of its near ancestors); null when there is none.
const clickableNameJS = `(name) => {
	const norm = (s) => (s || "").replace(/\s+/g, " ").trim();
	const walk = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
	for (let n = walk.nextNode(); n; n = walk.nextNode()) {
		const el = n.parentElement;
		if (norm(n.textContent) !== name || !el || !el.checkVisibility()) continue;
		for (let a = el, i = 0; a && i < 6; a = a.parentElement, i++)
			if (getComputedStyle(a).cursor === "pointer") return el;
	}
	return null;
}`

// sameHost returns words as an address when it is one on the product's own host, or one on the
// reader's own machine, which stands for the product wherever the run finds it.
func (s *Scenario) sameHost(words string) string {
	words = strings.TrimSpace(words)
	base, err := url.Parse(s.cfg.BaseURL)
	if err != nil {
		return ""
	}
	if strings.HasPrefix(words, "/") && !strings.HasPrefix(words, "//") && !strings.ContainsAny(words, " \t") {
		// A path on the product's host: "/wp-admin/profile.php".
		if u, err := base.Parse(words); err == nil {
			return u.String()
		}
	}
	u, err := url.Parse(words)
	if err != nil || u.Host == "" {
		return ""
	}
	if u.Host != base.Host && understand.Loopback(u.Hostname()) {
		// "Go to https://localhost:9090": the doc's address for the reader's own install,
		// which is the product this run drives, wherever it is.
		if u.Path == "" || u.Path == "/" {
			return base.String()
		}
		return base.ResolveReference(&url.URL{Path: u.Path, RawQuery: u.RawQuery, Fragment: u.Fragment}).String()
	}
	if base.Host != u.Host {
		return ""
	}
	return u.String()
}

// openURL loads an address, as a reader pasting it into the address bar.
func (s *Scenario) openURL(ctx context.Context, u string) error {
	ctx, cancel := s.step(ctx)
	defer cancel()
	return s.open(ctx, u)
}
