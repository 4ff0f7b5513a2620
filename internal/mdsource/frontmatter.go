package mdsource

import (
	"bytes"
	"strings"
)

// FrontMatter is a YAML front-matter block ("---" on the first line up to the next "---" or
// "..." line), as Hugo and Jekyll docs start with.
type FrontMatter struct {
	End      int    // the offset just after the block; 0 when the doc has none
	Title    string // its title field: static-site generators render it as the page heading
	TitleOff int    // the title line's offset, -1 without one
}

// frontMatter finds the front matter of text starting at offset from (after a BOM).
func frontMatter(text []byte, from int) FrontMatter {
	none := FrontMatter{TitleOff: -1}
	first, rest, ok := cutLine(text, from)
	if !ok || strings.TrimRight(first, " \t\r") != "---" {
		return none
	}
	fm := none
	for off := rest; off < len(text); {
		line, next, _ := cutLine(text, off)
		trimmed := strings.TrimRight(line, " \t\r")
		if trimmed == "---" || trimmed == "..." {
			fm.End = next
			return fm
		}
		if v, ok := strings.CutPrefix(line, "title:"); ok && fm.TitleOff < 0 {
			fm.Title = strings.Trim(strings.TrimSpace(v), `"'`)
			fm.TitleOff = off
		}
		off = next
	}
	return none // never closed: not front matter, just a thematic break
}

// cutLine returns the line starting at off (without its LF) and the offset of the next one.
func cutLine(text []byte, off int) (line string, next int, ok bool) {
	if off >= len(text) {
		return "", len(text), false
	}
	nl := bytes.IndexByte(text[off:], '\n')
	if nl < 0 {
		return string(text[off:]), len(text), true
	}
	return string(text[off : off+nl]), off + nl + 1, true
}
