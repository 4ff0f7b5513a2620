package config

import (
	"os"
	"path/filepath"
	"strings"
)

// Includes is the [includes] table and the [snippets] table: where the text of the includes
// docs use lives ({% data reusables.x.y %}, {% include x.md %}, <>{shared['x'].text}</>), so
// docdrift reads those steps as the published page shows them.
type Includes struct {
	// Paths are folders, resolved against the config file's folder, searched for an include's
	// file: the reference as a path, with ".md" added, or with its dots as folders
	// ("reusables.user-settings.access_settings" → reusables/user-settings/access_settings.md).
	Paths []string
	// Snippets give the text of references that are not files: keys of a site's shared
	// fragments, variables. Markdown.
	Snippets map[string]string
}

// Include returns the Markdown an include names, from the snippets or a file under one of the
// paths; a reference that would leave those folders is never read.
func (f *File) Include(ref string) (string, bool) {
	if text, ok := f.Includes.Snippets[ref]; ok {
		return text, true
	}
	ref = strings.TrimSpace(ref)
	if ref == "" {
		return "", false
	}
	candidates := []string{ref, ref + ".md", strings.ReplaceAll(ref, ".", "/") + ".md"}
	for _, root := range f.Includes.Paths {
		for _, c := range candidates {
			p := filepath.Join(root, filepath.FromSlash(c))
			if rel, err := filepath.Rel(root, p); err != nil || strings.HasPrefix(rel, "..") {
				continue
			}
			if fi, err := os.Stat(p); err != nil || !fi.Mode().IsRegular() || fi.Size() > 1<<20 {
				continue
			}
			if data, err := os.ReadFile(p); err == nil {
				return string(data), true
			}
		}
	}
	return "", false
}

func (c *checker) includes(k *key, v any, f *File) {
	c.table(k, v, fields{
		"paths": func(k *key, v any) {
			for i, p := range c.labels(k, v) {
				if abs := c.dirPath(k.elem(i), p); abs != "" {
					f.Includes.Paths = append(f.Includes.Paths, abs)
				}
			}
		},
	})
}

func (c *checker) snippets(k *key, v any, f *File) {
	m, ok := v.(map[string]any)
	if !ok {
		c.valueErr(k, "%s must be a table of reference = \"Markdown\", not %s", k.name, typeName(v))
		return
	}
	f.Includes.Snippets = map[string]string{}
	for name, val := range m {
		if s := c.label(k.child(name), val); s != nil {
			f.Includes.Snippets[name] = *s
		}
	}
}

// dirPath resolves a folder against the config file's folder. A folder that does not exist is
// no error here: its includes stay unresolved, and each step that needs one says so.
func (c *checker) dirPath(_ *key, p string) string {
	if !filepath.IsAbs(p) {
		p = filepath.Join(filepath.Dir(c.path), filepath.FromSlash(p))
	}
	return p
}
