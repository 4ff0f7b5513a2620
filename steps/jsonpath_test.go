package steps

import (
	"slices"
	"testing"
)

func TestJSONAt(t *testing.T) {
	answer, ok := decodeJSON(`{"data": {"id": 7, "name": "a", "ok": true, "none": null, "list": [{"id": "x"}, {"id": "y"}]}, "n": 1.50}`)
	if !ok {
		t.Fatal("the test's answer is not JSON")
	}
	for _, tt := range []struct {
		path string
		want string // the text at path; "-" for no scalar there, "!" for nothing there
	}{
		{"data.id", "7"},
		{"data.name", "a"},
		{"data.ok", "true"},
		{"n", "1.50"}, // as written: an id is compared and sent as the product wrote it
		{"data.list.1.id", "y"},
		{"data", "-"},
		{".", "-"},
		{"", "-"},
		{"data.none", "-"},
		{"data.missing", "!"},
		{"data.id.deeper", "!"},
		{"data.list.2", "!"},
		{"data.list.-1", "!"},
		{"data.list.id", "!"},
		{"id", "!"},
	} {
		v, ok := jsonAt(answer, tt.path)
		got := "!"
		if ok {
			got = "-"
			if s, ok := jsonText(v); ok {
				got = s
			}
		}
		if got != tt.want {
			t.Errorf("jsonAt(%q) = %q, want %q", tt.path, got, tt.want)
		}
	}
	if whole, _ := jsonAt(answer, "."); whole == nil {
		t.Error(`"." did not give the answer itself`)
	}
}

func TestDecodeJSON(t *testing.T) {
	for _, tt := range []struct {
		body string
		ok   bool
	}{
		{`[]`, true},
		{"{\"a\":1}\n", true},
		{`{"a":1} {"b":2}`, false},
		{`<html>error</html>`, false},
		{``, false},
	} {
		if _, ok := decodeJSON(tt.body); ok != tt.ok {
			t.Errorf("decodeJSON(%q) ok = %v, want %v", tt.body, ok, tt.ok)
		}
	}
}

func TestJSONStrings(t *testing.T) {
	v, _ := decodeJSON(`{"key": "k1", "salt": ["s1", 2], "none": null, "on": true}`)
	got := jsonStrings(v)
	slices.Sort(got)
	if want := []string{"2", "k1", "s1", "true"}; !slices.Equal(got, want) {
		t.Errorf("jsonStrings = %q, want %q", got, want)
	}
}
