package config

import (
	"bytes"
	"errors"
	"testing"

	"github.com/BurntSushi/toml"
)

// FuzzLoad feeds any bytes through the decoder and the checks: nothing may panic, every
// problem must point inside the file, an empty key is refused at the key itself, and in a
// file without one the scanner must place every key the decoder found (a key it missed would
// be reported at its table instead).
func FuzzLoad(f *testing.F) {
	f.Add([]byte("[target]\nera = \"2017\"\nbase_url = \"https://x.example/manage\"\n[run]\nstep_timeout = \"10s\"\n"))
	f.Add([]byte("[[precondition]]\nprocedure = \"A\"\ngiven = \"b\"\n[[precondition]]\ngivn = 1\n"))
	f.Add([]byte("[vocabulary.icons]\ngears = [\"More actions\", \"\"]\n[vocabulary.aliases]\n\"\\u00e9\" = \"\"\"x\ny\"\"\"\n"))
	f.Add([]byte("precondition = [{ procedure = 'a',\n given = 1 }]\nrun = { concurrency = 0 }\n[target\n"))
	f.Add([]byte("\uFEFFa.b.'c' = 1979-05-27 07:32:00Z # [x]\r\n[[a.b]]\n[a.b.c]\n"))
	f.Add([]byte("\xff\xfe0=\"\"")) // a UTF-16 byte-order mark before UTF-8 text: the decoder drops it
	f.Add([]byte("[[a]]\n[[a.b]]\nx = 1\n[[a.b]]\n[a.c]\n[[a]]\n[[a.b]]\ny = [[{ p.q = 1 }], '''x''''']\n"))
	f.Add([]byte("\"k\\x41\\\"\" = \"\"\"a\\\"\"\"\"\"\n'b' = { \"c.d\" = { e = 1 },\n}\n"))
	f.Add([]byte("[[0]]\n''=[[{0=0}]]")) // an empty key: the decoder drops a level of its array
	f.Fuzz(func(t *testing.T, src []byte) {
		file, err := parse("docdrift.toml", src, checks)
		var list ErrorList
		if err == nil {
			file.Preconditions("A", "a")
		} else {
			if !errors.As(err, &list) || len(list) == 0 {
				t.Fatalf("want a non-empty ErrorList, got %#v", err)
			}
			lines := bytes.Count(src, []byte("\n")) + 1
			for _, e := range list {
				if e.Line < 1 || e.Line > lines || e.Col < 1 {
					t.Errorf("%v: outside the file's %d lines", e, lines)
				}
			}
		}

		src = trimBOM(src)
		var doc map[string]any
		if _, err := toml.Decode(string(src), &doc); err != nil {
			return
		}
		places, empty := scanPlaces(src)
		if len(empty) > 0 {
			// The decoder's values around an empty key are not the file's, so only the
			// refusal is checked: one error at each empty key, nothing else.
			if len(list) != len(empty) {
				t.Fatalf("%d empty keys, errors: %v", len(empty), err)
			}
			for i, e := range list {
				if e.Msg != emptyKeyMsg || (position{e.Line, e.Col}) != empty[i] {
					t.Errorf("%v: want the empty key at %d:%d", e, empty[i].Line, empty[i].Col)
				}
			}
			return
		}
		for _, at := range keysAt("", doc) {
			if _, ok := places[at]; !ok {
				t.Errorf("the scanner did not place %s", at)
			}
		}
	})
}

// keysAt names every key and array element in a decoded value, as scanPlaces does.
func keysAt(at string, v any) []string {
	var out []string
	switch v := v.(type) {
	case map[string]any:
		for k, x := range v {
			out = append(out, childAt(at, k))
			out = append(out, keysAt(childAt(at, k), x)...)
		}
	case []map[string]any:
		for i, x := range v {
			out = append(out, elemAt(at, i))
			out = append(out, keysAt(elemAt(at, i), x)...)
		}
	case []any:
		for i, x := range v {
			out = append(out, elemAt(at, i))
			out = append(out, keysAt(elemAt(at, i), x)...)
		}
	}
	return out
}
