package docsparse

import (
	"bytes"
	"strings"
)

// frontMatter finds a YAML front-matter block ("---" on the first line up to the next "---" or
// "..." line), as Hugo and Jekyll docs start with. It returns the block's end offset (0 when
// there is none) and its title field with the title's offset, because static-site generators
// render that title as the page's heading.
func frontMatter(src []byte) (end int, title string, titleOff int) {
	first, rest, ok := cutLine(src, 0)
	if !ok || strings.TrimRight(first, " \t\r") != "---" {
		return 0, "", 0
	}
	titleOff = -1
	for off := rest; off < len(src); {
		line, next, _ := cutLine(src, off)
		trimmed := strings.TrimRight(line, " \t\r")
		if trimmed == "---" || trimmed == "..." {
			return next, title, titleOff
		}
		if v, ok := strings.CutPrefix(line, "title:"); ok && titleOff < 0 {
			title = strings.Trim(strings.TrimSpace(v), `"'`)
			titleOff = off
		}
		off = next
	}
	return 0, "", 0 // never closed: not front matter, just a thematic break
}

// cutLine returns the line starting at off (without its newline) and the offset of the next one.
func cutLine(src []byte, off int) (line string, next int, ok bool) {
	if off >= len(src) {
		return "", len(src), false
	}
	nl := bytes.IndexByte(src[off:], '\n')
	if nl < 0 {
		return string(src[off:]), len(src), true
	}
	return string(src[off : off+nl]), off + nl + 1, true
}

// blankOut replaces src[start:end] with spaces, keeping newlines, so that goldmark ignores the
// bytes while every offset after them stays what it was in the original source.
func blankOut(src []byte, start, end int) {
	for i := start; i < end; i++ {
		if src[i] != '\n' && src[i] != '\r' {
			src[i] = ' '
		}
	}
}
