package config

import (
	"bytes"
	"strconv"
	"strings"
	"unicode/utf8"

	"github.com/BurntSushi/toml"
)

// The TOML decoder knows where every key is but does not say (v1.6.0 keeps it private), and
// it stops at the first value of the wrong type. So Load decodes into plain maps, checks them
// itself, and finds the place to report with this scanner. It only ever runs on text the
// decoder has accepted, so it can be lenient; a key it misses is reported at its table.

// position is a 1-based line and column; the column counts bytes, as go/token and the TOML
// decoder's own errors do.
type position struct{ Line, Col int }

// place is where a key and its value start.
type place struct{ key, value position }

// childAt names a key inside a table the way the decoder's toml.Key does, quoting what is not
// a bare key, so the scanner and the checks agree on names.
func childAt(table, name string) string {
	k := toml.Key{name}.String()
	if table == "" {
		return k
	}
	return table + "." + k
}

// elemAt names an element of an array or array of tables.
func elemAt(array string, i int) string { return array + "[" + strconv.Itoa(i) + "]" }

// scanPlaces returns the place of every key, table and array element in src, indexed by the
// names childAt and elemAt build: run.step_timeout, precondition[1].given; and where each
// empty key (quotes with nothing between) starts, which parse refuses (see emptyKeys).
func scanPlaces(src []byte) (places map[string]place, empty []position) {
	s := &scanner{src: src, line: 1, places: map[string]place{}, tables: map[string]int{}}
	s.document()
	return s.places, s.empty
}

type scanner struct {
	src       []byte
	off       int
	line      int
	lineStart int
	places    map[string]place
	tables    map[string]int // arrays of tables: how many elements each has so far
	empty     []position     // where each empty key part starts
}

func (s *scanner) pos() position { return position{s.line, s.off - s.lineStart + 1} }

func (s *scanner) peek(n int) byte {
	if s.off+n < len(s.src) {
		return s.src[s.off+n]
	}
	return 0
}

func (s *scanner) done() bool { return s.off >= len(s.src) }

func (s *scanner) advance() {
	if s.done() {
		return
	}
	if s.src[s.off] == '\n' {
		s.line++
		s.lineStart = s.off + 1
	}
	s.off++
}

func (s *scanner) hasPrefix(p string) bool { return bytes.HasPrefix(s.src[s.off:], []byte(p)) }

// skip passes blanks and comments, and line ends too when lines is set.
func (s *scanner) skip(lines bool) {
	for !s.done() {
		switch c := s.src[s.off]; {
		case c == ' ' || c == '\t' || c == '\r':
			s.advance()
		case c == '\n' && lines:
			s.advance()
		case c == '#':
			for !s.done() && s.src[s.off] != '\n' {
				s.advance()
			}
		default:
			return
		}
	}
}

func (s *scanner) document() {
	table := ""
	for {
		s.skip(true)
		if s.done() {
			return
		}
		start := s.off
		if s.src[s.off] == '[' {
			table = s.header()
		} else {
			s.keyValue(table)
		}
		if s.off == start { // never on text the decoder accepted; a guard against looping
			s.advance()
		}
		s.skip(false)
	}
}

// header reads [a.b] or [[a.b]] and returns the name of the table it opens.
func (s *scanner) header() string {
	s.advance()
	array := s.peek(0) == '['
	if array {
		s.advance()
	}
	s.skip(false)
	at := ""
	parts := s.keyParts()
	for i, part := range parts {
		at = childAt(at, part.name)
		s.note(at, place{part.pos, part.pos})
		switch n := s.tables[at]; {
		case i == len(parts)-1 && array:
			s.tables[at] = n + 1
			at = elemAt(at, n)
			s.note(at, place{part.pos, part.pos})
		case n > 0: // [a.b] after [[a]] is inside a's latest element
			at = elemAt(at, n-1)
		}
	}
	for !s.done() && s.src[s.off] == ']' {
		s.advance()
	}
	return at
}

// keyValue reads key = value (keys may be dotted) inside table.
func (s *scanner) keyValue(table string) {
	at := table
	var keyPos position
	for _, part := range s.keyParts() {
		at = childAt(at, part.name)
		keyPos = part.pos
		s.note(at, place{part.pos, part.pos})
	}
	s.skip(false)
	if s.peek(0) != '=' {
		return
	}
	s.advance()
	s.skip(false)
	s.places[at] = place{keyPos, s.pos()}
	s.value(at)
}

type keyPart struct {
	name string
	pos  position
}

// keyParts reads a dotted key.
func (s *scanner) keyParts() []keyPart {
	var parts []keyPart
	for {
		s.skip(false)
		p := s.pos()
		name, ok := s.keyPart()
		if !ok {
			break
		}
		parts = append(parts, keyPart{name, p})
		if name == "" {
			s.empty = append(s.empty, p)
		}
		s.skip(false)
		if s.peek(0) != '.' {
			break
		}
		s.advance()
	}
	return parts
}

// keyPart reads one bare or quoted part of a key.
func (s *scanner) keyPart() (string, bool) {
	switch s.peek(0) {
	case '"':
		raw := s.quoted('"')
		return unescape(raw), true
	case '\'':
		return s.quoted('\''), true
	}
	start := s.off
	for !s.done() && !strings.ContainsRune(" \t\r\n.=[]\"'#,{}", rune(s.src[s.off])) {
		s.advance()
	}
	return string(s.src[start:s.off]), s.off > start
}

// note records the first place a table or key is named; later mentions extend it.
func (s *scanner) note(at string, p place) {
	if _, ok := s.places[at]; !ok {
		s.places[at] = p
	}
}

// value passes one value, noting the places of array elements and inline tables' keys.
func (s *scanner) value(at string) {
	switch {
	case s.hasPrefix(`"""`), s.hasPrefix(`'''`):
		s.multiline(s.peek(0))
	case s.peek(0) == '"' || s.peek(0) == '\'':
		s.quoted(s.peek(0))
	case s.peek(0) == '[':
		s.array(at)
	case s.peek(0) == '{':
		s.inlineTable(at)
	default: // a number, boolean or date, which may hold a space: 1979-05-27 07:32:00Z
		for !s.done() && !strings.ContainsRune(",]}#\r\n", rune(s.src[s.off])) {
			s.advance()
		}
	}
}

func (s *scanner) array(at string) {
	s.advance()
	for i := 0; ; i++ {
		s.skip(true)
		if s.done() || s.peek(0) == ']' {
			s.advance()
			return
		}
		start := s.off
		p := s.pos()
		s.places[elemAt(at, i)] = place{p, p}
		s.value(elemAt(at, i))
		s.skip(true)
		if s.peek(0) == ',' {
			s.advance()
		} else if s.off == start {
			s.advance()
		}
	}
}

func (s *scanner) inlineTable(at string) {
	s.advance()
	for {
		s.skip(true) // TOML 1.1 lets inline tables span lines
		if s.done() || s.peek(0) == '}' {
			s.advance()
			return
		}
		start := s.off
		s.keyValue(at)
		s.skip(true)
		if s.peek(0) == ',' {
			s.advance()
		} else if s.off == start {
			s.advance()
		}
	}
}

// quoted passes a one-line string and returns what is between its quotes, escapes as written.
func (s *scanner) quoted(q byte) string {
	s.advance()
	start := s.off
	for !s.done() && s.src[s.off] != q && s.src[s.off] != '\n' {
		if q == '"' && s.src[s.off] == '\\' {
			s.advance()
		}
		s.advance()
	}
	end := min(s.off, len(s.src))
	s.advance()
	return string(s.src[start:end])
}

// multiline passes a string opened with three quotes of either kind, whose closing quotes may
// be followed by up to two more quotes that belong to the string.
func (s *scanner) multiline(q byte) {
	delim := strings.Repeat(string(q), 3)
	s.off += 3
	for !s.done() && !s.hasPrefix(delim) {
		if q == '"' && s.src[s.off] == '\\' {
			s.advance()
		}
		s.advance()
	}
	for i := 0; i < 5 && s.peek(0) == q; i++ {
		s.advance()
	}
}

var (
	simpleEscapes = map[byte]string{'b': "\b", 't': "\t", 'n': "\n", 'f': "\f", 'r': "\r", 'e': "\x1b", '"': `"`, '\\': `\`}
	hexEscapes    = map[byte]int{'x': 2, 'u': 4, 'U': 8} // how many hex digits follow
)

// unescape decodes a basic string's escapes as TOML 1.1 defines them; what it cannot decode
// stays as written (the key is then reported at its table).
func unescape(raw string) string {
	if !strings.Contains(raw, `\`) {
		return raw
	}
	var b strings.Builder
	for i := 0; i < len(raw); i++ {
		if raw[i] != '\\' || i+1 == len(raw) {
			b.WriteByte(raw[i])
			continue
		}
		i++
		if r, ok := simpleEscapes[raw[i]]; ok {
			b.WriteString(r)
			continue
		}
		digits := hexEscapes[raw[i]]
		if digits == 0 || i+digits >= len(raw) {
			b.WriteByte('\\')
			b.WriteByte(raw[i])
			continue
		}
		n, err := strconv.ParseUint(raw[i+1:i+1+digits], 16, 32)
		if err != nil || !utf8.ValidRune(rune(n)) {
			b.WriteByte('\\')
			b.WriteByte(raw[i])
			continue
		}
		b.WriteRune(rune(n))
		i += digits
	}
	return b.String()
}
