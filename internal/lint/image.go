package lint

import (
	"errors"
	"fmt"
	"io/fs"
	"net/url"
	"os"
	"path"
	"path/filepath"
	"strings"

	"github.com/docdrift/docdrift/docsparse"
	"github.com/docdrift/docdrift/internal/docfiles"
)

// checkImages reports local images (Markdown ![](…) or <img src>) that do not exist relative to
// the doc, or that lead outside the docs' root (docfiles.Root), where no doc may send docdrift. Remote (http:, https:, data: and other schemes) and site-absolute ("/img/x.png")
// targets are not checked: nothing on disk says where the site root is.
func checkImages(in *Input) []docsparse.Finding {
	var out []docsparse.Finding
	paths, root := in.Paths, "" // resolved at the first local image: a doc without one asks nothing of the disk
	for _, l := range in.Doc.Links {
		if !l.Image {
			continue
		}
		target := strings.TrimSpace(l.Target)
		if target == "" {
			out = append(out, finding(l.Pos, docsparse.Error, "image has no source"))
			continue
		}
		rel, ok := localPath(target)
		if !ok {
			continue
		}
		file := filepath.Join(in.Dir, filepath.FromSlash(rel))
		if paths == nil {
			paths = docfiles.NewResolver()
		}
		if root == "" {
			root = paths.Root(in.Dir)
		}
		if inside, err := paths.Inside(root, file); err == nil && !inside {
			out = append(out, finding(l.Pos, docsparse.Error, "image %q is outside the docs' root %s (symbolic links resolved); docdrift run neither compares nor updates it",
				target, filepath.ToSlash(root)))
			continue
		}
		_, err := os.Stat(file)
		switch {
		case err == nil:
			continue
		case errors.Is(err, fs.ErrNotExist):
			msg := fmt.Sprintf("image %q not found (looked for %s)", target, filepath.ToSlash(file))
			if other, ok := otherCase(file); ok {
				msg += fmt.Sprintf("; %q exists, but names are case-sensitive on most servers", other)
			}
			out = append(out, finding(l.Pos, docsparse.Error, "%s", msg))
		default:
			out = append(out, finding(l.Pos, docsparse.Error, "image %q: %v", target, err))
		}
	}
	return out
}

// localPath is the file a relative image target names, with any query or fragment removed and
// %-escapes decoded; ok is false for targets not on this disk.
func localPath(target string) (string, bool) {
	if strings.HasPrefix(target, "/") || strings.Contains(target, "{{") {
		return "", false // site-absolute, or a template the site generator fills in
	}
	u, err := url.Parse(target)
	if err != nil {
		return target, true // not a URL at all: treat it as the file name it looks like
	}
	if u.Scheme != "" || u.Host != "" {
		return "", false
	}
	return path.Clean(u.Path), u.Path != ""
}

// otherCase finds a file in the same directory whose name differs from file's only in case.
func otherCase(file string) (string, bool) {
	entries, err := os.ReadDir(filepath.Dir(file))
	if err != nil {
		return "", false
	}
	base := filepath.Base(file)
	for _, e := range entries {
		if strings.EqualFold(e.Name(), base) {
			return e.Name(), true
		}
	}
	return "", false
}
