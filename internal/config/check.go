package config

import (
	"fmt"
	"maps"
	"math"
	"net/url"
	"os"
	"path/filepath"
	"regexp"
	"slices"
	"strings"
	"time"

	"github.com/docdrift/docdrift/internal/editdist"
)

// checker turns the decoded document into a File, collecting every problem on the way.
type checker struct {
	path   string
	places map[string]place
	checks Checks
	errs   ErrorList
}

// key is a place in the document: name is how messages show it (run.step_timeout), at how
// places index it, with array elements (precondition[1].given).
type key struct {
	name, at string
	parent   *key
}

func (k *key) child(name string) *key {
	return &key{name: childAt(k.name, name), at: childAt(k.at, name), parent: k}
}

func (k *key) elem(i int) *key { return &key{name: k.name, at: elemAt(k.at, i), parent: k} }

// fields maps a table's known keys to what checks and stores their values.
type fields map[string]func(k *key, v any)

func (c *checker) file(doc map[string]any) *File {
	f := &File{Path: c.path}
	c.table(&key{}, doc, fields{
		"target": func(k *key, v any) {
			c.table(k, v, fields{
				"base_url":         func(k *key, v any) { f.Target.BaseURL = c.baseURL(k, v) },
				"era":              func(k *key, v any) { f.Target.Era = c.era(k, v) },
				"username_env":     func(k *key, v any) { f.Target.UsernameEnv = c.envName(k, v, "username") },
				"password_env":     func(k *key, v any) { f.Target.PasswordEnv = c.envName(k, v, "password") },
				"credentials_file": func(k *key, v any) { f.Target.CredentialsFile = c.filePath(k, v) },
				"session_file":     func(k *key, v any) { f.Target.SessionFile = c.filePath(k, v) },
			})
		},
		"run": func(k *key, v any) {
			c.table(k, v, fields{
				"step_timeout":   func(k *key, v any) { f.Run.StepTimeout = c.duration(k, v) },
				"concurrency":    func(k *key, v any) { f.Run.Concurrency = c.integer(k, v) },
				"retries":        func(k *key, v any) { f.Run.Retries = c.integer(k, v) },
				"include_struck": func(k *key, v any) { f.Run.IncludeStruck = c.boolean(k, v) },
			})
		},
		"vocabulary": func(k *key, v any) {
			c.table(k, v, fields{
				"minimal_scope": func(k *key, v any) { f.Vocabulary.MinimalScope = c.label(k, v) },
				"icons":         func(k *key, v any) { f.Vocabulary.Icons = c.icons(k, v) },
				"aliases":       func(k *key, v any) { f.Vocabulary.Aliases = c.aliases(k, v) },
			})
		},
		"precondition": func(k *key, v any) { f.Precondition = c.preconditions(k, v) },
		"product":      func(k *key, v any) { f.Product = c.products(k, v) },
		"includes":     func(k *key, v any) { c.includes(k, v, f) },
		"snippets":     func(k *key, v any) { c.snippets(k, v, f) },
	})
	return f
}

// table checks that v is a table and hands each key to its field, reporting unknown keys with
// the nearest known one.
func (c *checker) table(k *key, v any, known fields) {
	m, ok := v.(map[string]any)
	if !ok {
		c.valueErr(k, "%s must be a table, not %s", k.name, typeName(v))
		return
	}
	for _, name := range slices.Sorted(maps.Keys(m)) {
		sub := k.child(name)
		if check, ok := known[name]; ok {
			check(sub, m[name])
			continue
		}
		msg := fmt.Sprintf("unknown key %q", sub.name)
		if near, ok := editdist.Nearest(name, slices.Sorted(maps.Keys(known))); ok {
			msg += fmt.Sprintf(" (did you mean %q?)", k.child(near).name)
		}
		c.keyErr(sub, "%s", msg)
	}
}

func (c *checker) str(k *key, v any) (string, bool) {
	s, ok := v.(string)
	if !ok {
		c.valueErr(k, "%s must be a string, not %s", k.name, typeName(v))
	}
	return s, ok
}

// label is a non-empty string.
func (c *checker) label(k *key, v any) *string {
	s, ok := c.str(k, v)
	if !ok {
		return nil
	}
	if strings.TrimSpace(s) == "" {
		c.valueErr(k, "%s is empty", k.name)
		return nil
	}
	return &s
}

func (c *checker) baseURL(k *key, v any) *string {
	s, ok := c.str(k, v)
	if !ok {
		return nil
	}
	u, err := url.Parse(s)
	switch {
	case err != nil || (u.Scheme != "http" && u.Scheme != "https") || u.Host == "":
		shown := s
		if err == nil {
			shown = u.Redacted()
		}
		c.valueErr(k, "%s %q is not an absolute http(s) URL such as \"https://store-abc.mybigcommerce.com/manage\"", k.name, shown)
		return nil
	case u.User != nil: // a password here would end up in every log that prints the URL
		c.valueErr(k, "%s must not hold credentials; name their environment variables in username_env and password_env", k.name)
		return nil
	}
	return &s
}

// era accepts "2017" as the schema writes it and 2017 as people will type it, when the
// simulator's check does.
func (c *checker) era(k *key, v any) *string {
	var s string
	switch v := v.(type) {
	case string:
		s = v
	case int64:
		s = fmt.Sprint(v)
	default:
		c.valueErr(k, "%s must be a string such as \"2017\", not %s", k.name, typeName(v))
		return nil
	}
	if c.checks.Era != nil {
		if err := c.checks.Era(s); err != nil {
			c.valueErr(k, "%s: %v", k.name, err)
			return nil
		}
	}
	return &s
}

var envNameRx = regexp.MustCompile(`^[A-Za-z_][A-Za-z0-9_]*$`)

// envName is the name of an environment variable. The message never repeats a bad value: it
// may be the secret itself, written where its variable's name belongs.
func (c *checker) envName(k *key, v any, what string) *string {
	s, ok := c.str(k, v)
	if !ok {
		return nil
	}
	if !envNameRx.MatchString(s) {
		c.valueErr(k, "%s must name the environment variable that holds the %s (letters, digits and _, e.g. DOCDRIFT_%s), not hold the %s itself",
			k.name, what, strings.ToUpper(what), what)
		return nil
	}
	return &s
}

// filePath resolves ~/ against the home directory and a relative path against the config
// file's directory, so the file means the same wherever docdrift is started.
func (c *checker) filePath(k *key, v any) *string {
	s, ok := c.str(k, v)
	if !ok {
		return nil
	}
	switch {
	case s == "":
		c.valueErr(k, "%s is empty", k.name)
		return nil
	case s == "~" || strings.HasPrefix(s, "~/"):
		home, err := os.UserHomeDir()
		if err != nil {
			c.valueErr(k, "%s: cannot expand ~: %v", k.name, err)
			return nil
		}
		s = filepath.Join(home, strings.TrimPrefix(s[1:], "/"))
	case strings.HasPrefix(s, "~"):
		c.valueErr(k, "%s: only ~/ is expanded; write %q as a full path", k.name, s)
		return nil
	case !filepath.IsAbs(s):
		s = filepath.Join(filepath.Dir(c.path), s)
	}
	return &s
}

// duration is a duration string within the key's bounds (limits.go).
func (c *checker) duration(k *key, v any) *time.Duration {
	s, ok := v.(string)
	if !ok {
		c.valueErr(k, "%s must be a duration string such as \"10s\", not %s", k.name, typeName(v))
		return nil
	}
	d, err := time.ParseDuration(s)
	if err != nil {
		c.valueErr(k, "%s %q is not a duration such as \"10s\" or \"1m30s\"", k.name, s)
		return nil
	}
	if err := checkKey(k.name, d); err != nil {
		c.valueErr(k, "%s %v, not %q", k.name, err, s)
		return nil
	}
	return &d
}

// integer is a whole number within the key's bounds (limits.go).
func (c *checker) integer(k *key, v any) *int {
	n, ok := v.(int64)
	switch {
	case !ok:
		c.valueErr(k, "%s must be an integer, not %s", k.name, typeName(v))
		return nil
	case n < math.MinInt32 || n > math.MaxInt32: // beyond every bound, and beyond int on 32 bits
		c.valueErr(k, "%s %d is too large", k.name, n)
		return nil
	}
	i := int(n)
	if err := checkKey(k.name, i); err != nil {
		c.valueErr(k, "%s %v, not %d", k.name, err, n)
		return nil
	}
	return &i
}

func (c *checker) boolean(k *key, v any) *bool {
	b, ok := v.(bool)
	if !ok {
		c.valueErr(k, "%s must be true or false, not %s", k.name, typeName(v))
		return nil
	}
	return &b
}

func (c *checker) icons(k *key, v any) map[string][]string {
	m, ok := v.(map[string]any)
	if !ok {
		c.valueErr(k, "%s must be a table of icon words, not %s", k.name, typeName(v))
		return nil
	}
	out := map[string][]string{}
	for _, word := range slices.Sorted(maps.Keys(m)) {
		wk := k.child(word)
		if strings.TrimSpace(word) == "" {
			c.keyErr(wk, "%s: an icon word is empty", k.name)
			continue
		}
		list, ok := m[word].([]any)
		if !ok {
			c.valueErr(wk, "%s must be an array of accessible names such as [\"Delete\"], not %s", wk.name, typeName(m[word]))
			continue
		}
		if len(list) == 0 {
			c.valueErr(wk, "%s lists no accessible names", wk.name)
			continue
		}
		var names []string
		for i, n := range list {
			switch s, ok := n.(string); {
			case !ok:
				c.valueErr(wk.elem(i), "%s must list strings, not %s", wk.name, typeName(n))
			case strings.TrimSpace(s) == "":
				c.valueErr(wk.elem(i), "%s lists an empty name", wk.name)
			default:
				names = append(names, s)
			}
		}
		out[word] = names
	}
	return out
}

func (c *checker) aliases(k *key, v any) map[string]string {
	return c.stringTable(k, v, stringTable{shape: `"doc label" = "UI label"`, emptyKey: "an alias has an empty doc label", emptyValue: "the alias has an empty UI label"})
}

// stringTable says how a table of non-empty strings under non-empty keys is described.
type stringTable struct{ shape, emptyKey, emptyValue string }

// stringTable checks a table of "key" = "value", neither empty.
func (c *checker) stringTable(k *key, v any, t stringTable) map[string]string {
	m, ok := v.(map[string]any)
	if !ok {
		c.valueErr(k, "%s must be a table of %s, not %s", k.name, t.shape, typeName(v))
		return nil
	}
	out := map[string]string{}
	for _, label := range slices.Sorted(maps.Keys(m)) {
		lk := k.child(label)
		if strings.TrimSpace(label) == "" {
			c.keyErr(lk, "%s: %s", k.name, t.emptyKey)
			continue
		}
		switch s, ok := m[label].(string); {
		case !ok:
			c.valueErr(lk, "%s must be a string, not %s", lk.name, typeName(m[label]))
		case strings.TrimSpace(s) == "":
			c.valueErr(lk, "%s: %s", lk.name, t.emptyValue)
		default:
			out[label] = s
		}
	}
	return out
}

// tableArray reads an array of tables, [[name]] or inline; anything else is reported.
func (c *checker) tableArray(k *key, v any, name string) []any {
	switch v := v.(type) {
	case []map[string]any:
		tables := make([]any, 0, len(v))
		for _, t := range v {
			tables = append(tables, t)
		}
		return tables
	case []any:
		return v
	}
	c.valueErr(k, "%s must be [[%s]] tables, not %s", k.name, name, typeName(v))
	return nil
}

// preconditions reads [[precondition]] tables, or an array of inline tables.
func (c *checker) preconditions(k *key, v any) []Precondition {
	var out []Precondition
	for i, t := range c.tableArray(k, v, "precondition") {
		ek := k.elem(i)
		var procedure, given *string
		c.table(ek, t, fields{
			"procedure": func(k *key, v any) { procedure = c.label(k, v) },
			"given":     func(k *key, v any) { given = c.label(k, v) },
		})
		m, isTable := t.(map[string]any)
		if _, ok := m["procedure"]; isTable && !ok {
			c.valueErr(ek, "[[precondition]] has no procedure: name the procedure's heading text or anchor id")
		}
		if _, ok := m["given"]; isTable && !ok {
			c.valueErr(ek, "[[precondition]] has no given: write the precondition as a given directive would")
		}
		if procedure == nil || given == nil {
			continue
		}
		if c.checks.Given != nil && !c.checks.Given(*given) {
			// A given no step can make true would fail every run of its procedure.
			c.valueErr(ek, "precondition for %q: no step knows how to make %q true", *procedure, *given)
			continue
		}
		pos := c.place(ek).value
		out = append(out, Precondition{Procedure: *procedure, Given: *given, Line: pos.Line, Col: pos.Col})
	}
	return out
}

func (c *checker) keyErr(k *key, format string, args ...any) {
	c.add(c.place(k).key, format, args...)
}

func (c *checker) valueErr(k *key, format string, args ...any) {
	c.add(c.place(k).value, format, args...)
}

func (c *checker) add(p position, format string, args ...any) {
	c.errs = append(c.errs, &Error{Path: c.path, Line: p.Line, Col: p.Col, Msg: fmt.Sprintf(format, args...)})
}

// place finds where a key sits, falling back to its table's place should the scanner have
// missed it, and to the top of the file.
func (c *checker) place(k *key) place {
	for ; k != nil; k = k.parent {
		if p, ok := c.places[k.at]; ok {
			return p
		}
	}
	return place{position{1, 1}, position{1, 1}}
}

// typeName names a decoded value's TOML type, with its article, for messages.
func typeName(v any) string {
	switch v.(type) {
	case string:
		return "a string"
	case int64:
		return "an integer"
	case float64:
		return "a float"
	case bool:
		return "a boolean"
	case time.Time:
		return "a date-time"
	case []any, []map[string]any:
		return "an array"
	case map[string]any:
		return "a table"
	}
	return fmt.Sprintf("a %T", v)
}
