package config

import (
	"path"
	"path/filepath"
	"strings"

	"github.com/docdrift/docdrift/internal/profile"
)

// Product is one [[product]] table: a product the docs are about, the names they use for it,
// which docs are about it, and — its profile — where it runs and how docdrift drives it. A
// run routes each doc to the target of its product; a product with no target here is
// reported "not checked here" rather than run against another one.
type Product struct {
	Name     string   // how reports name it: "Strapi admin panel"
	Surfaces []string // names the docs use for it: "admin panel", "Strapi"
	// Docs are slash-separated globs, relative to the config file's folder, of the docs about
	// it ("docs/cms/**", "*__npm__*"); "**" matches any run of folders.
	Docs []string
	// Login holds the product's credentials settings, as [target] holds the run's; its
	// BaseURL is the product's address (nil: no target of this run answers for it).
	Login Target
	// Start, SignIn, API, Subjects, Secrets and Close are the profile's (see package profile).
	Start     string
	SignIn    profile.SignIn
	API       profile.API
	Subjects  []profile.Subject
	Secrets   profile.Secrets
	Close     []string // [product.interstitials] close
	Line, Col int
}

// Profile is the product as the run drives it.
func (p *Product) Profile() profile.Profile {
	return profile.Profile{Name: p.Name, Surfaces: p.Surfaces, BaseURL: deref(p.Login.BaseURL), Start: p.Start,
		SignIn: p.SignIn, Subjects: p.Subjects, API: p.API, Secrets: p.Secrets, Close: p.Close}
}

// About returns the product a doc is about by the file's [[product]] docs globs: the first
// whose glob matches the doc's path (resolved against the config file's folder), or nil.
func (f *File) About(doc string) *Product {
	abs, err := filepath.Abs(doc)
	if err != nil {
		return nil
	}
	base, err := filepath.Abs(filepath.Dir(f.Path))
	if err != nil {
		return nil
	}
	rel, err := filepath.Rel(base, abs)
	if err != nil || strings.HasPrefix(rel, "..") {
		return nil
	}
	rel = filepath.ToSlash(rel)
	for i := range f.Product {
		for _, g := range f.Product[i].Docs {
			if globMatch(g, rel) {
				return &f.Product[i]
			}
		}
	}
	return nil
}

// globMatch is path.Match with "**" for any run of folders, matched against the whole path
// or, for a glob without a slash, its last element.
func globMatch(glob, name string) bool {
	if !strings.Contains(glob, "/") {
		ok, _ := path.Match(glob, path.Base(name))
		return ok
	}
	return matchParts(strings.Split(glob, "/"), strings.Split(name, "/"))
}

func matchParts(glob, name []string) bool {
	for len(glob) > 0 {
		if glob[0] == "**" {
			for i := 0; i <= len(name); i++ {
				if matchParts(glob[1:], name[i:]) {
					return true
				}
			}
			return false
		}
		if len(name) == 0 {
			return false
		}
		if ok, _ := path.Match(glob[0], name[0]); !ok {
			return false
		}
		glob, name = glob[1:], name[1:]
	}
	return len(name) == 0
}

func (c *checker) products(k *key, v any) []Product {
	var out []Product
	seen := map[string]bool{}
	for i, t := range c.tableArray(k, v, "product") {
		ek := k.elem(i)
		var p Product
		c.table(ek, t, fields{
			"name":             func(k *key, v any) { p.Name = deref(c.label(k, v)) },
			"surfaces":         func(k *key, v any) { p.Surfaces = c.labels(k, v) },
			"docs":             func(k *key, v any) { p.Docs = c.globs(k, v) },
			"base_url":         func(k *key, v any) { p.Login.BaseURL = c.baseURL(k, v) },
			"base_url_env":     func(k *key, v any) { p.Login.BaseURLEnv = c.envName(k, v, "base_url") },
			"username_env":     func(k *key, v any) { p.Login.UsernameEnv = c.envName(k, v, "username") },
			"password_env":     func(k *key, v any) { p.Login.PasswordEnv = c.envName(k, v, "password") },
			"credentials_file": func(k *key, v any) { p.Login.CredentialsFile = c.filePath(k, v) },
			"session_file":     func(k *key, v any) { p.Login.SessionFile = c.filePath(k, v) },
			"start":            func(k *key, v any) { p.Start = c.address(k, v) },
			"sign_in":          func(k *key, v any) { p.SignIn = c.signIn(k, v) },
			"api":              func(k *key, v any) { p.API = c.api(k, v) },
			"subject":          func(k *key, v any) { p.Subjects = c.subjects(k, v) },
			"secrets":          func(k *key, v any) { p.Secrets = c.secrets(k, v) },
			"interstitials": func(k *key, v any) {
				c.table(k, v, fields{"close": func(k *key, v any) { p.Close = c.labels(k, v) }})
			},
		})
		if m, ok := t.(map[string]any); ok && m["name"] == nil {
			c.valueErr(ek, "[[product]] has no name: say how reports should name the product")
		}
		if key := strings.ToLower(p.Name); p.Name != "" && seen[key] {
			// Routing and login --product name a product by its name.
			c.valueErr(ek.child("name"), "another [[product]] is named %q already", p.Name)
		} else {
			seen[key] = true
		}
		pos := c.place(ek).value
		p.Line, p.Col = pos.Line, pos.Col
		out = append(out, p)
	}
	return out
}

func deref(s *string) string {
	if s == nil {
		return ""
	}
	return *s
}

// labels checks a list of non-empty strings.
func (c *checker) labels(k *key, v any) []string {
	list, ok := v.([]any)
	if !ok {
		c.valueErr(k, "%s must be a list of strings, not %s", k.name, typeName(v))
		return nil
	}
	var out []string
	for i, item := range list {
		if s := c.label(k.elem(i), item); s != nil {
			out = append(out, *s)
		}
	}
	return out
}

// globs checks a list of doc globs.
func (c *checker) globs(k *key, v any) []string {
	out := c.labels(k, v)
	for i, g := range out {
		if _, err := path.Match(strings.ReplaceAll(g, "**", "x"), "x"); err != nil {
			c.valueErr(k.elem(i), "%s: %q is not a glob: %v", k.name, g, err)
		}
	}
	return out
}
