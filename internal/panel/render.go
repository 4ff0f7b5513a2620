package panel

import (
	"bytes"
	"embed"
	"html/template"
	"io/fs"
	"net/http"
	"path"
	"strings"
)

//go:embed web/templates/*.html
var templateFS embed.FS

//go:embed web/static
var staticFS embed.FS

// pages holds one template set per page, each the layout plus the page's "content".
var pages = func() map[string]*template.Template {
	layout := template.Must(template.ParseFS(templateFS, "web/templates/layout.html"))
	files, err := fs.Glob(templateFS, "web/templates/*.html")
	if err != nil {
		panic(err)
	}
	m := map[string]*template.Template{}
	for _, f := range files {
		name := strings.TrimSuffix(path.Base(f), ".html")
		if name == "layout" {
			continue
		}
		m[name] = template.Must(template.Must(layout.Clone()).ParseFS(templateFS, f))
	}
	return m
}()

// view is what every page template receives.
type view struct {
	Title       string
	L           *Labels
	Era         Era
	User        *User
	CSRF        string
	Flash       string
	Nav         []navItem // main navigation
	Section     []navItem // settings sidebar, when on a settings page
	Current     string    // slug of the current sidebar item
	Stencil     bool      // the 2019 create dropdown
	HasLegacy   bool      // the era still lists legacy accounts
	SaveTopLeft bool
	ActionGear  bool
	TableDelay  int  // milliseconds
	WhatsNew    bool // show the "What's new" dialog over this page
	Data        any
}

// newView fills the parts every page shares; sess may be nil (log in and error pages).
func (s *Server) newView(sess *session, title string, data any) *view {
	v := &view{Title: title, L: &s.labels, Era: s.opts.Era, Data: data,
		Stencil: s.opts.Era.hasStencil(), HasLegacy: s.opts.Era.hasLegacy(),
		SaveTopLeft: s.opts.Drift.SaveTopLeft,
		ActionGear:  s.opts.Drift.LegacyAction == ActionGear,
		TableDelay:  int(s.opts.Faults.TableDelay.Milliseconds())}
	if sess == nil {
		return v
	}
	s.mu.Lock()
	v.User, v.CSRF = sess.user, sess.csrf
	v.Flash, sess.flash = sess.flash, ""
	v.WhatsNew = s.opts.Faults.WhatsNew && !sess.announced
	sess.announced = true
	s.mu.Unlock()
	v.Nav = []navItem{
		{Label: s.labels.Dashboard, Href: pathDashboard, Slug: "dashboard"},
		{Label: s.labels.Section, Href: pathSection, Slug: "section"},
	}
	return v
}

// inSection adds the settings sidebar with current highlighted.
func (s *Server) inSection(v *view, current string) *view {
	for _, label := range sectionItems(s.opts.Era) {
		slug := itemSlug(label)
		v.Section = append(v.Section, navItem{Label: s.sidebarLabel(label), Href: slugHref(slug), Slug: slug})
	}
	v.Current = current
	return v
}

// sidebarLabel routes the API entries through Labels so renames and eras stay consistent.
func (s *Server) sidebarLabel(label string) string {
	switch itemSlug(label) {
	case slugStoreAccounts:
		return s.labels.StoreAccountsNav
	case slugAccountAccounts:
		return s.labels.AccountAccounts
	case slugLegacyAccounts:
		return s.labels.LegacyNav
	}
	return renamed(s.opts.Drift.Rename, label)
}

// render executes a page into a buffer first so a template error never sends half a page.
func (s *Server) render(w http.ResponseWriter, status int, page string, v *view) {
	var buf bytes.Buffer
	if err := pages[page].ExecuteTemplate(&buf, "layout", v); err != nil {
		http.Error(w, "internal error rendering "+page, http.StatusInternalServerError)
		return
	}
	h := w.Header()
	h.Set("Content-Type", "text/html; charset=utf-8")
	h.Set("Cache-Control", "no-store")
	h.Set("X-Content-Type-Options", "nosniff")
	h.Set("Content-Security-Policy", "default-src 'self'; style-src 'self'; script-src 'self'; frame-ancestors 'none'")
	w.WriteHeader(status)
	buf.WriteTo(w)
}

// problem is the body of an error page.
type problem struct {
	Status  int
	Message string
	Back    string // link target out of the error
}

// fail renders a clear error page: every refusal and bad input ends here, never in a panic.
func (s *Server) fail(w http.ResponseWriter, sess *session, status int, msg string) {
	back := pathDashboard
	if sess == nil {
		back = pathLogin
	}
	s.render(w, status, "error", s.newView(sess, http.StatusText(status), problem{status, msg, back}))
}

func (s *Server) static(w http.ResponseWriter, r *http.Request) {
	sub, _ := fs.Sub(staticFS, "web/static")
	w.Header().Set("Cache-Control", "public, max-age=3600")
	http.StripPrefix("/static/", http.FileServerFS(sub)).ServeHTTP(w, r)
}
